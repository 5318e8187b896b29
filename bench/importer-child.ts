// Importer timing for npm run bench: plans and emits every connector (and rule) of a Kibana double
// served from another process over loopback: 1,000 and 10,000 connectors in 100 spaces, then 10,000
// rules (two actions each, bound to the imported connectors) with 1,000 connectors in 100 spaces.
// Usage: ts-node bench/importer-child.ts <scratch dir>
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';

const scratch = process.argv[2];
const tsNode = ['-r', 'ts-node/register/transpile-only'];

/** import-once.ts for the compiled CLI, as plain JavaScript (argv: main.js, url, out, format, concurrency, more...). */
const IMPORT_ONCE_JS = `
const { performance } = require('perf_hooks');
const [main, url, out, format, concurrency, ...more] = process.argv.slice(1);
const { run } = require(main);
const started = performance.now();
run(['import', '--all-spaces', '--format', format, '--out', out, '--concurrency', concurrency, '--quiet', ...more], {
  env: { KIBANA_ENDPOINT: url }, stdout: () => undefined, stderr: (t) => process.stderr.write(t),
}).then((code) => {
  console.log(JSON.stringify({ code, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exitCode = code;
});
`;

async function startDouble(spaces: number, perSpace: number, rulesPerSpace = 0): Promise<{ url: string; stop: () => void }> {
  const args = [path.join(__dirname, 'double-server.ts'), String(spaces), String(perSpace), String(rulesPerSpace)];
  const child = spawn(process.execPath, [...tsNode, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`double exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

function importOnce(url: string, format: string, concurrency: number, more: string[] = []): { ms: number; maxRssMb: number; bytes: number } {
  const out = path.join(scratch, `import.${format}`);
  const args = [url, out, format, String(concurrency), ...more];
  // What users run: the compiled CLI (bench/run.ts compiles lib/ first) in plain Node, no ts-node.
  const lib = process.env.BENCH_LIB;
  const r = lib
    ? spawnSync(process.execPath, ['-e', IMPORT_ONCE_JS, path.join(lib, 'cli', 'main.js'), ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [...tsNode, path.join(__dirname, 'import-once.ts'), ...args], { encoding: 'utf8' });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`import failed (exit ${r.status}): ${r.stderr.slice(-1500)}`);
  const result = JSON.parse(last);
  const bytes = fs.statSync(out).size;
  fs.rmSync(out);
  return { ...result, bytes };
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  for (const total of [1000, 10000]) {
    const double = await startDouble(100, total / 100);
    try {
      for (const [format, concurrency] of [['ts', 4], ['hcl', 4], ['ts', 1], ['ts', 16]] as const) {
        if (total === 1000 && concurrency !== 4) continue;
        const r = importOnce(double.url, format, concurrency);
        rows.push([total.toLocaleString('en'), '0', '100', format, String(concurrency), `${(r.ms / 1000).toFixed(2)} s`,
          `${Math.round((r.ms * 1000) / total)} µs`, `${Math.round(r.maxRssMb)} MB`, `${(r.bytes / 1e6).toFixed(1)} MB`]);
      }
    } finally {
      double.stop();
    }
  }
  // Rules: 100 a space, each bound to two of its space's 10 connectors; the default page size (100).
  const rules = 10000;
  const double = await startDouble(100, 10, rules / 100);
  try {
    for (const format of ['ts', 'hcl']) {
      const r = importOnce(double.url, format, 4);
      rows.push(['1,000', rules.toLocaleString('en'), '100', format, '4', `${(r.ms / 1000).toFixed(2)} s`,
        `${Math.round((r.ms * 1000) / rules)} µs a rule`, `${Math.round(r.maxRssMb)} MB`, `${(r.bytes / 1e6).toFixed(1)} MB`]);
    }
  } finally {
    double.stop();
  }
  console.log(JSON.stringify({
    title: 'Importer: kibana-connectors import --all-spaces from a loopback Kibana double (fresh process each)',
    columns: ['connectors', 'rules', 'spaces', 'format', 'concurrency', 'wall (fetch, plan, emit, write)', 'per connector (or rule)', 'peak RSS', 'output'],
    rows,
  }));
}

void main();
