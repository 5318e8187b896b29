// CLI start timing for npm run bench: wall time of `node lib/cli/main.js --version`, `--help`,
// `guard` on a plan without connector changes, and `import` of two saved connectors as HCL (which
// loads no cdktf) and as TypeScript (which does), with the compiled CLI (what the package's bin
// runs), against a bare `node -e 0`; the median of many fresh processes each, interleaved. Prints
// one JSON line.
// Usage: ts-node bench/cli-start-child.ts <scratch dir>
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';

const ROOT = path.join(__dirname, '..');
const MAIN = path.join(process.env.BENCH_LIB ?? path.join(ROOT, 'lib'), 'cli', 'main.js');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 21);

// Two saved connectors, one of them a webhook whose secrets the probe finds.
const SAVED = path.join(process.argv[2], 'cli-start-connectors.json');
fs.writeFileSync(SAVED, JSON.stringify([
  { id: 'c1', name: 'Log', connector_type_id: '.server-log', config: {} },
  { id: 'c2', name: 'Hook', connector_type_id: '.webhook', config: { url: 'https://hooks.example.com/a', hasAuth: true } },
]));

const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['node -e 0 (bare Node)', ['-e', '0']],
  ['kibana-connectors --version', [MAIN, '--version']],
  ['kibana-connectors --help', [MAIN, '--help']],
  ['kibana-connectors guard --plan (no connector change)', [MAIN, 'guard', '--plan', path.join(ROOT, 'test', 'fixtures', 'plans', 'create-only.json')]],
  ['kibana-connectors import --from-file (2 connectors) --format hcl', [MAIN, 'import', '--from-file', SAVED, '--format', 'hcl', '--quiet']],
  ['kibana-connectors import --from-file (2 connectors) --format ts', [MAIN, 'import', '--from-file', SAVED, '--quiet']],
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const times = new Map<string, number[]>(CASES.map(([name]) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of CASES) {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH } });
    const ms = performance.now() - started;
    if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status}): ${r.stderr.slice(-1500)}`);
    times.get(name)!.push(ms);
  }
}
const bare = median(times.get(CASES[0][0])!);
console.log(JSON.stringify({
  title: `CLI start: wall time of a fresh process, median of ${RUNS} (compiled lib/cli/main.js in plain Node)`,
  columns: ['command', 'median', 'min', '× bare node'],
  rows: CASES.map(([name]) => {
    const t = times.get(name)!;
    return [name, `${median(t).toFixed(0)} ms`, `${Math.min(...t).toFixed(0)} ms`, (median(t) / bare).toFixed(2)];
  }),
}));
