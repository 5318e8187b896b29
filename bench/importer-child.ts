// Importer timing for npm run bench: plans and emits every connector of a Kibana double served
// from another process over loopback, at 1,000 and 10,000 connectors in 100 spaces.
// Usage: ts-node bench/importer-child.ts <scratch dir>
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';

const scratch = process.argv[2];
const tsNode = ['-r', 'ts-node/register/transpile-only'];

async function startDouble(spaces: number, perSpace: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [...tsNode, path.join(__dirname, 'double-server.ts'), String(spaces), String(perSpace)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`double exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

function importOnce(url: string, format: string, concurrency: number): { ms: number; maxRssMb: number; bytes: number } {
  const out = path.join(scratch, `import.${format}`);
  const r = spawnSync(process.execPath, [...tsNode, path.join(__dirname, 'import-once.ts'), url, out, format, String(concurrency)], { encoding: 'utf8' });
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
        rows.push([total.toLocaleString('en'), '100', format, String(concurrency), `${(r.ms / 1000).toFixed(2)} s`,
          `${Math.round((r.ms * 1000) / total)} µs`, `${Math.round(r.maxRssMb)} MB`, `${(r.bytes / 1e6).toFixed(1)} MB`]);
      }
    } finally {
      double.stop();
    }
  }
  console.log(JSON.stringify({
    title: 'Importer: kibana-connectors import --all-spaces from a loopback Kibana double (fresh process each)',
    columns: ['connectors', 'spaces', 'format', 'concurrency', 'wall (fetch, plan, emit, write)', 'per connector', 'peak RSS', 'output'],
    rows,
  }));
}

void main();
