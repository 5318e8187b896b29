// What `npm pack` puts in the tarball users install: the compiled library, its jsii assembly, the
// docs and the CLI; never the repository's CI, benchmarks, generator, examples or their cdktf.out.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

function packedFiles(): string[] {
  // --ignore-scripts: list what would be packed without building (prepack compiles a fresh clone).
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout)[0].files as { path: string }[]).map((f) => f.path).sort();
}

describe('npm pack', () => {
  test('ships lib/, .jsii, README, the API reference (API.md, docs/api/), LICENSE and package.json, nothing else', () => {
    const files = packedFiles();
    const allowed = (f: string) => ['package.json', 'README.md', 'LICENSE', 'API.md', '.jsii'].includes(f)
      || /^lib\/.+\.(js|d\.ts)$/.test(f) || /^docs\/api\/[a-z0-9-]+\.md$/.test(f);
    expect(files.filter((f) => !allowed(f))).toEqual([]);
    for (const dir of ['.ci/', 'bench/', 'generator/', 'examples/', 'src/', 'test/', 'cdktf.out/']) {
      expect(files.filter((f) => f.startsWith(dir) || f.includes('/cdktf.out/'))).toEqual([]);
    }
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'API.md']));
  });

  test('once compiled, the tarball holds the library entry point, the CLI named in "bin" and the jsii assembly', () => {
    if (!fs.existsSync(path.join(ROOT, 'lib', 'index.js'))) {
      // A fresh clone before `npx projen compile`: `npm pack` itself compiles first (prepack).
      console.warn('skipped: lib/ is not built (run `npx projen compile`)');
      return;
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const files = packedFiles();
    expect(files).toEqual(expect.arrayContaining(['.jsii', 'lib/index.js', 'lib/index.d.ts', pkg.bin['kibana-connectors']]));
    expect(pkg.main).toBe('lib/index.js');
  });

  test('a fresh clone (no lib/, no .jsii) packs a built package: prepack compiles first', () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'kibana-connectors-pack-'));
    try {
      const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
      for (const f of tracked) {
        if (!fs.existsSync(path.join(ROOT, f))) continue;
        fs.mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
        fs.copyFileSync(path.join(ROOT, f), path.join(clone, f));
      }
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
      const run = spawnSync('npm', ['pack', '--json'], { cwd: clone, encoding: 'utf8' });
      expect(run.status).toBe(0);
      const files = (JSON.parse(run.stdout)[0].files as { path: string }[]).map((f) => f.path);
      expect(files).toEqual(expect.arrayContaining(['.jsii', 'lib/index.js', 'lib/cli/main.js']));
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
  });
});
