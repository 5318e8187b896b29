// npm run bench: measures synth, generator and importer cost in one run and prints tables.
// Each synth figure is the median of several runs in fresh processes, interleaved across modes
// so that a noisy machine affects typed and raw alike and the ratios hold.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const SPACES = 100;
const LIB = path.join(ROOT, 'lib');
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
  cpuMs: number;
  maxRssMb: number;
}

function runChild(script: string, args: string[]): any {
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', TS_NODE_PROJECT: path.join(__dirname, 'tsconfig.json'), BENCH_LIB: LIB },
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`${script} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  return JSON.parse(last);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median time and peak RSS of each mode, REPEAT fresh processes each, the modes interleaved. */
function synth(modes: readonly string[], count: number, spaces: number, stacks: number): Map<string, SynthResult> {
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
    return [m, { ...summary, totalMs: mid((x) => x.totalMs), cpuMs: mid((x) => x.cpuMs), maxRssMb: mid((x) => x.maxRssMb) }];
  }));
}

/** The floor must write what the constructs write, or the comparison means nothing: check the bytes. */
function checkSameOutput(modes: readonly string[]): void {
  const resources = (mode: string) => {
    const out = path.join(scratch, `same-${mode}`);
    runChild('synth-child.ts', [mode, '20', '3', '1', out]);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'stack0', 'cdk.tf.json'), 'utf8'));
    const blocks = json.resource.elasticstack_kibana_action_connector;
    for (const block of Object.values(blocks) as Array<Record<string, unknown>>) delete block['//'];
    return JSON.stringify(blocks);
  };
  const floor = resources('floor');
  for (const mode of modes.filter((m) => m !== 'floor' && m !== 'raw')) {
    if (resources(mode) !== floor) throw new Error(`the ${mode} mode writes other resources than the floor: fix bench/synth-child.ts`);
  }
}

/** Rules: typed IndexThresholdRules with two typed actions each against the L1 rule given the same strings. */
function rules(): void {
  const resources = (mode: string) => {
    const out = path.join(scratch, `same-rule-${mode}`);
    runChild('rule-child.ts', [mode, '40', out]);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'rules', 'cdk.tf.json'), 'utf8'));
    const blocks = json.resource.elasticstack_kibana_alerting_rule;
    for (const block of Object.values(blocks) as Array<Record<string, unknown>>) delete block['//'];
    return JSON.stringify(blocks);
  };
  if (resources('typed') !== resources('floor')) throw new Error('the typed rules write other resources than the floor: fix bench/rule-child.ts');
  console.log('\n## Synth: IndexThresholdRules over 20 spaces, two typed actions each (Slack, PagerDuty), 40 typed connectors');
  console.log('floor: the L1 alerting rule given the params and action strings the typed rule writes, pre-rendered, each connector\'s id read once (same output bytes, checked)');
  console.log(row(['rules', 'typed time', 'floor time', 'typed/floor', 'typed/floor CPU', 'typed peak', 'floor peak', 'typed/floor peak']));
  console.log(row(Array(8).fill('---')));
  for (const count of [2000]) {
    const runs = new Map<string, SynthResult[]>([['typed', []], ['floor', []]]);
    for (let i = 0; i < REPEAT; i++) {
      for (const mode of ['typed', 'floor']) {
        const out = path.join(scratch, `rule-${mode}-${i}`);
        runs.get(mode)!.push(runChild('rule-child.ts', [mode, String(count), out]));
        fs.rmSync(out, { recursive: true, force: true });
      }
    }
    const m = (mode: string, pick: (x: SynthResult) => number) => median(runs.get(mode)!.map(pick));
    console.log(row([
      count, fmtS(m('typed', (x) => x.totalMs)), fmtS(m('floor', (x) => x.totalMs)),
      (m('typed', (x) => x.totalMs) / m('floor', (x) => x.totalMs)).toFixed(3), (m('typed', (x) => x.cpuMs) / m('floor', (x) => x.cpuMs)).toFixed(3),
      fmtMb(m('typed', (x) => x.maxRssMb)), fmtMb(m('floor', (x) => x.maxRssMb)), (m('typed', (x) => x.maxRssMb) / m('floor', (x) => x.maxRssMb)).toFixed(3),
    ]));
  }
}

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMb = (mb: number) => `${Math.round(mb)} MB`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function main(): void {
  // Measure what users run: the library compiled by jsii into lib/.
  const compile = spawnSync('npx', ['projen', 'compile'], { cwd: ROOT, encoding: 'utf8' });
  if (compile.status !== 0) throw new Error(`npx projen compile failed:\n${compile.stdout.slice(-2000)}${compile.stderr.slice(-2000)}`);
  const modes = ['typed', 'generic', 'floor', 'raw'];
  checkSameOutput(modes);

  const cpu = os.cpus();
  console.log(`# cdktf-kibana-connectors benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${REPEAT} fresh processes per figure, modes interleaved`);
  console.log('library: compiled lib/; times exclude module loading; memory is the process\'s peak RSS; stack traces are not source-mapped, as in compiled JS\n');

  console.log(`## Synth: Slack connectors over ${SPACES} spaces in one stack, webhook URL from one sensitive variable`);
  console.log('floor: the L1 resource given the config and secrets strings the constructs write, pre-rendered (same output bytes as typed and generic, checked)');
  console.log('typed/floor CPU: the same ratio in CPU time (user + system), which other load on the machine disturbs less');
  console.log(row(['connectors', ...modes.map((m) => `${m} time`), 'typed/floor', 'generic/floor', 'typed/floor CPU', ...modes.map((m) => `${m} peak`), 'typed/floor peak']));
  console.log(row(Array(modes.length * 2 + 5).fill('---')));
  for (const count of [1000, 5000, 10000]) {
    const r = synth(modes, count, SPACES, 1);
    const t = (m: string) => r.get(m)!.totalMs;
    const mem = (m: string) => r.get(m)!.maxRssMb;
    console.log(row([
      count, ...modes.map((m) => fmtS(t(m))),
      (t('typed') / t('floor')).toFixed(3), (t('generic') / t('floor')).toFixed(3),
      (r.get('typed')!.cpuMs / r.get('floor')!.cpuMs).toFixed(3),
      ...modes.map((m) => fmtMb(mem(m))), (mem('typed') / mem('floor')).toFixed(3),
    ]));
  }

  rules();

  for (const section of ['cli-start-child.ts', 'generator-child.ts', 'importer-child.ts']) {
    if (!fs.existsSync(path.join(__dirname, section))) continue;
    const result = runChild(section, [scratch]);
    console.log(`\n## ${result.title}`);
    console.log(row(result.columns));
    console.log(row(result.columns.map(() => '---')));
    for (const r of result.rows) console.log(row(r));
  }
}

main();
