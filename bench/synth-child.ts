// One synth measurement in a fresh process: builds N Slack connectors, synthesizes, prints a JSON line.
// Usage: ts-node bench/synth-child.ts <mode> <connectors> <spaces> <stacks> <outdir>
// The library is loaded from BENCH_LIB (the compiled lib/, as users run it) or else from src/.
import { performance } from 'perf_hooks';
import { App, Fn, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';

// ts-node maps every stack trace through source maps, which users running compiled JS never pay
// for and which makes cdktf's token creation (it records a stack per token) several times slower.
(Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require(process.env.BENCH_LIB ?? '../src') as typeof import('../src');

/**
 * The same Slack connector (webhook URL from a sensitive variable) in four spellings:
 * - raw: the L1 resource with cdktf's own `Fn.jsonencode`;
 * - floor: the L1 resource given the very config and secrets strings our constructs write, already
 *   rendered: no encoding, no validation, no wrapper construct. The lowest cost of this output;
 * - generic: `KibanaConnector`;
 * - typed: `SlackConnector`.
 */
export const MODES = ['raw', 'floor', 'generic', 'typed'] as const;
type Mode = (typeof MODES)[number];

const VARIABLE = 'slack_webhook_url';

function addConnector(mode: Mode, scope: Construct, i: number, spaceId: string, secret: string): void {
  const name = `Slack ${i}`;
  const id = `c${i}`;
  switch (mode) {
    case 'raw':
      new lib.kibanaActionConnector.KibanaActionConnector(scope, id, {
        name,
        connectorTypeId: '.slack',
        spaceId,
        config: Fn.jsonencode({}),
        secrets: Fn.jsonencode({ webhookUrl: secret }),
      });
      return;
    case 'floor':
      new lib.kibanaActionConnector.KibanaActionConnector(scope, id, {
        name,
        connectorTypeId: '.slack',
        spaceId,
        config: '${jsonencode({})}',
        secrets: `\${jsonencode({"webhookUrl" = var.${VARIABLE}})}`,
      });
      return;
    case 'generic':
      new lib.KibanaConnector(scope, id, { name, connectorTypeId: '.slack', spaceId, secrets: { webhookUrl: secret } });
      return;
    case 'typed':
      new lib.SlackConnector(scope, id, { name, spaceId, secrets: { webhookUrl: secret } });
      return;
  }
}

function main(): void {
  const [mode, countArg, spacesArg, stacksArg, outdir] = process.argv.slice(2);
  if (!MODES.includes(mode as Mode)) throw new Error(`mode must be one of ${MODES.join(', ')}`);
  const count = Number(countArg);
  const spaces = Number(spacesArg);
  const stackCount = Number(stacksArg);

  const loadedAt = performance.now();
  const cpuAtLoad = process.cpuUsage();
  const app = new App({ outdir, stackTraces: false });
  const stacks: TerraformStack[] = [];
  const secrets: string[] = [];
  for (let s = 0; s < stackCount; s++) {
    const stack = new TerraformStack(app, `stack${s}`);
    new lib.provider.ElasticstackProvider(stack, 'elasticstack', {});
    secrets.push(new TerraformVariable(stack, VARIABLE, { type: 'string', sensitive: true }).stringValue);
    stacks.push(stack);
  }
  for (let i = 0; i < count; i++) addConnector(mode as Mode, stacks[i % stackCount], i, `space-${i % spaces}`, secrets[i % stackCount]);
  const builtAt = performance.now();
  app.synth();
  const doneAt = performance.now();
  const cpu = process.cpuUsage(cpuAtLoad);

  console.log(JSON.stringify({
    mode,
    count,
    spaces,
    stacks: stackCount,
    buildMs: builtAt - loadedAt,
    synthMs: doneAt - builtAt,
    totalMs: doneAt - loadedAt,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }));
}

if (require.main === module) main();
