// The two packages as users get them: `npx projen package:js` writes
// dist/js/cdktf-kibana-connectors@<version>.jsii.tgz and dist/js/cdktn-kibana-connectors@<version>.jsii.tgz
// (jsii-pacmak's naming, the names the README installs). End-to-end tests that install a package call
// packedTarballs(): it packs once (a lock folder keeps parallel jest workers from packing twice) and
// again only when a build is newer than its tarball. Tests calling it require LIB and CDKTN_LIB
// (./requirements): packing does not rebuild a stale lib/. Imports Node only.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
export const DIST_JS = path.join(ROOT, 'dist', 'js');

/** The version both packages carry (the root package.json's). */
export function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

/** dist/js/<name>@<version>.jsii.tgz: the one pattern of both tarballs. */
export function tarballName(name: 'cdktf-kibana-connectors' | 'cdktn-kibana-connectors'): string {
  return `${name}@${packageVersion()}.jsii.tgz`;
}

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Both tarballs, packed by `npx projen package:js` unless each is newer than its build (.jsii). */
export function packedTarballs(): { cdktf: string; cdktn: string } {
  const cdktf = path.join(DIST_JS, tarballName('cdktf-kibana-connectors'));
  const cdktn = path.join(DIST_JS, tarballName('cdktn-kibana-connectors'));
  const fresh = () => mtime(cdktf) >= mtime(path.join(ROOT, '.jsii')) && mtime(cdktn) >= mtime(path.join(ROOT, 'flavours', 'cdktn', '.jsii'));
  const lock = path.join(ROOT, 'dist', '.pack-lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (const started = Date.now(); ;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Another worker packs; a lock left by a killed run is stale after 10 minutes.
      if (Date.now() - mtime(lock) > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 900_000) throw new Error(`waited 15 minutes for ${lock}`);
      sleep(500);
    }
  }
  try {
    if (!fresh()) {
      const r = spawnSync('npx', ['projen', 'package:js'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npx projen package:js failed (exit ${r.status}):\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
      if (!fresh()) throw new Error(`npx projen package:js did not write ${cdktf} and ${cdktn}`);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  return { cdktf, cdktn };
}
