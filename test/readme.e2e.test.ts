// The README's TypeScript examples are code: each ```ts block is type-checked and run against the
// library (as `cdktf-kibana-connectors`), its app synthesized, and every warning it draws reported.
//
// A block may use what it declares: `declare const stack: TerraformStack;` becomes a stack of a fresh
// app (with an elasticstack provider) and `declare const x: TerraformVariable;` a sensitive variable in it. A block preceded by
// `<!-- readme-test: skip <reason> -->` is not run (the reason says why).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { testWithImportBlocks } from './support/terraform';

const ROOT = path.join(__dirname, '..');

interface Block { readonly line: number; readonly code: string; readonly skip?: string }

function readmeBlocks(): Block[] {
  const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts') continue;
    const end = lines.indexOf('```', i + 1);
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const skip = /^<!-- readme-test: skip (.+) -->$/.exec(lines[before] ?? '')?.[1];
    blocks.push({ line: i + 1, code: lines.slice(i + 1, end).join('\n'), skip });
    i = end;
  }
  return blocks;
}

/** A module exporting `run()`, which runs the block and synthesizes the harness app. */
function moduleFor(block: Block, srcPath: string): string {
  const imports: string[] = [];
  const body = block.code
    .replace(/^import [\s\S]*?from '([^']+)';$/gm, (statement, from: string) => {
      imports.push(from === 'cdktf-kibana-connectors' ? statement.replace(`'${from}'`, `'${srcPath}'`) : statement);
      return '';
    })
    .replace(/^declare const (\w+): TerraformStack;$/gm, 'const $1 = readmeStack;')
    .replace(/^declare const (\w+): TerraformVariable;$/gm, "const $1 = new ReadmeVariable(readmeStack, '$1', { type: 'string', sensitive: true });");
  return [
    "import { App as ReadmeApp, TerraformStack as ReadmeStack, TerraformVariable as ReadmeVariable } from 'cdktf';",
    `import { provider as ReadmeProvider } from '${srcPath}';`,
    ...imports,
    '',
    'export function run(): void {',
    "  const readmeApp = new ReadmeApp({ outdir: 'harness.out' });",
    "  const readmeStack = new ReadmeStack(readmeApp, 'readme');",
    "  new ReadmeProvider.ElasticstackProvider(readmeStack, 'elasticstack', {});",
    '  void ReadmeVariable;',
    body,
    '  readmeApp.synth();',
    '}',
    '',
  ].join('\n');
}

const RUNNER = `
import * as fs from 'fs';
import * as path from 'path';
const results: Record<string, unknown> = {};
for (const file of process.argv.slice(2)) {
  const dir = path.join(path.dirname(file), path.basename(file, '.ts') + '.cwd');
  fs.mkdirSync(dir);
  process.chdir(dir);
  try {
    require(file).run();
    const warnings: string[] = [];
    const walk = (d: string): void => {
      for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (entry.name === 'manifest.json') {
          for (const stack of Object.values(JSON.parse(fs.readFileSync(p, 'utf8')).stacks) as any[]) {
            for (const a of stack.annotations) warnings.push(a.level + ' ' + a.constructPath + ': ' + a.message);
          }
        }
      }
    };
    walk(dir);
    results[file] = { warnings };
  } catch (e) {
    results[file] = { error: String((e as Error).message ?? e).slice(0, 2000) };
  }
}
console.log(JSON.stringify(results));
`;

describe('README examples', () => {
  const blocks = readmeBlocks();

  test('the README has TypeScript examples, and every skipped one says why', () => {
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks.filter((x) => x.skip !== undefined)) expect(b.skip!.length).toBeGreaterThan(10);
  });

  // The examples use importFrom, whose synth asks the terraform binary for its version.
  testWithImportBlocks('every example type-checks, runs, synthesizes, and draws no warning', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'test', '.readme-'));
    try {
      const srcPath = path.relative(dir, path.join(ROOT, 'src')).split(path.sep).join('/');
      const files = blocks.filter((b) => b.skip === undefined).map((b) => {
        const file = path.join(dir, `line-${b.line}.ts`);
        fs.writeFileSync(file, moduleFor(b, srcPath));
        return file;
      });
      fs.writeFileSync(path.join(dir, 'runner.ts'), RUNNER);
      const run = spawnSync(process.execPath, ['-r', 'ts-node/register', path.join(dir, 'runner.ts'), ...files], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json'),
          // Examples show values they do not use further (`const params = ...`).
          TS_NODE_COMPILER_OPTIONS: JSON.stringify({ noUnusedLocals: false, isolatedModules: false }),
        },
        maxBuffer: 16 * 1024 * 1024,
      });
      expect(run.stderr).toBe('');
      const results = JSON.parse(run.stdout.trim().split('\n').pop()!);
      const byLine = Object.fromEntries(Object.entries(results).map(([f, r]) => [`README.md line ${/line-(\d+)/.exec(f)![1]}`, r]));
      expect(byLine).toEqual(Object.fromEntries(Object.keys(byLine).map((k) => [k, { warnings: [] }])));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
