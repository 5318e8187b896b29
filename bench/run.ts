// npm run bench: measures synth, generator and importer cost in one run and prints tables.
// Each synth figure is the median of several runs in fresh processes, interleaved across modes
// so that a noisy machine affects typed and raw alike and the ratios hold.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

interface SynthResult {
  mode: string;
  count: number;
  spaces: number;
  stacks: number;
  buildMs: number;
  synthMs: number;
  totalMs: number;
  maxRssMb: number;
}

function runChild(script: string, args: string[]): any {
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', TS_NODE_PROJECT: path.join(__dirname, 'tsconfig.json') },
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`${script} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  return JSON.parse(last);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function synth(modes: string[], count: number, spaces: number, stacks: number): Map<string, SynthResult> {
  const runs = new Map<string, SynthResult[]>(modes.map((m) => [m, []]));
  for (let i = 0; i < REPEAT; i++) {
    for (const mode of modes) {
      const out = path.join(scratch, `${mode}-${count}-${i}`);
      runs.get(mode)!.push(runChild('synth-child.ts', [mode, String(count), String(spaces), String(stacks), out]));
      fs.rmSync(out, { recursive: true, force: true });
    }
  }
  return new Map(modes.map((m) => {
    const r = runs.get(m)!;
    const mid = (pick: (x: SynthResult) => number) => median(r.map(pick));
    const summary = { ...r[0], buildMs: mid((x) => x.buildMs), synthMs: mid((x) => x.synthMs) };
    return [m, { ...summary, totalMs: mid((x) => x.totalMs), maxRssMb: mid((x) => x.maxRssMb) }];
  }));
}

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMb = (mb: number) => `${Math.round(mb)} MB`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function typedAvailable(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return Boolean(require(path.join(ROOT, 'src')).WebhookConnector);
}

function main(): void {
  const typed = typedAvailable() ? 'typed' : 'generic';
  const cpu = os.cpus();
  console.log(`# cdktf-kibana-connectors benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${REPEAT} fresh processes per figure`);
  console.log('times exclude module loading; memory is the process\'s peak RSS (ts-node included); stack traces are not source-mapped, as in compiled JS\n');

  console.log('## Synth: one stack, one space');
  console.log(row(['connectors', 'raw L1 + Fn.jsonencode', `${typed} construct`, 'KibanaConnector', `${typed}/raw time`, 'raw peak', `${typed} peak`]));
  console.log(row(['---', '---', '---', '---', '---', '---', '---']));
  const growth: Array<[number, SynthResult]> = [];
  for (const count of [1000, 5000]) {
    const modes = typed === 'typed' ? ['raw', 'typed', 'generic'] : ['raw', 'generic'];
    const r = synth(modes, count, 1, 1);
    const raw = r.get('raw')!;
    const t = r.get(typed)!;
    console.log(row([count, fmtS(raw.totalMs), fmtS(t.totalMs), fmtS(r.get('generic')!.totalMs), (t.totalMs / raw.totalMs).toFixed(3), fmtMb(raw.maxRssMb), fmtMb(t.maxRssMb)]));
    growth.push([count, t]);
  }

  console.log('\n## Synth: 5,000 connectors over 100 spaces and 10 stacks');
  const spread = synth(['raw', typed], 5000, 100, 10);
  console.log(row(['mode', 'build', 'synth', 'total', 'peak RSS']));
  console.log(row(['---', '---', '---', '---', '---']));
  for (const [mode, r] of spread) console.log(row([mode, fmtS(r.buildMs), fmtS(r.synthMs), fmtS(r.totalMs), fmtMb(r.maxRssMb)]));

  console.log('\n## Growth of the typed synth cost (should be linear)');
  const big = synth([typed], 10000, 1, 1).get(typed)!;
  growth.push([10000, big]);
  console.log(row(['connectors', 'total', 'per connector', 'peak RSS']));
  console.log(row(['---', '---', '---', '---']));
  for (const [count, r] of growth) console.log(row([count, fmtS(r.totalMs), `${((r.totalMs * 1000) / count).toFixed(0)} µs`, fmtMb(r.maxRssMb)]));

  for (const section of ['generator-child.ts', 'importer-child.ts']) {
    if (!fs.existsSync(path.join(__dirname, section))) continue;
    const result = runChild(section, [scratch]);
    console.log(`\n## ${result.title}`);
    console.log(row(result.columns));
    console.log(row(result.columns.map(() => '---')));
    for (const r of result.rows) console.log(row(r));
  }
}

main();
