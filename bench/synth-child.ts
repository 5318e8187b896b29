// One synth measurement in a fresh process: builds N connectors, synthesizes, prints a JSON line.
// Usage: ts-node bench/synth-child.ts <mode raw|generic|typed> <connectors> <spaces> <stacks> <outdir>
import { performance } from 'perf_hooks';
import { App, Fn, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import * as lib from '../src';

// ts-node maps every stack trace through source maps, which users running compiled JS never pay
// for and which makes cdktf's token creation (it records a stack per token) several times slower.
(Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;

type Mode = 'raw' | 'generic' | 'typed';
const [mode, countArg, spacesArg, stacksArg, outdir] = process.argv.slice(2) as [Mode, string, string, string, string];
const count = Number(countArg);
const spaces = Number(spacesArg);
const stackCount = Number(stacksArg);

// The same connector in three spellings: the raw L1 with cdktf's own Fn.jsonencode, the generic
// KibanaConnector, and the typed WebhookConnector (when the generated constructs exist).
function addConnector(scope: Construct, i: number, secret: string): void {
  const spaceId = `space-${i % spaces}`;
  const name = `Webhook ${i}`;
  const url = `https://hooks.example.com/${i}`;
  if (mode === 'raw') {
    new lib.kibanaActionConnector.KibanaActionConnector(scope, `c${i}`, {
      name,
      connectorTypeId: '.webhook',
      spaceId,
      config: Fn.jsonencode({ url, method: 'post', hasAuth: true, authType: 'webhook-authentication-basic', headers: { 'X-Id': String(i) } }),
      secrets: Fn.jsonencode({ user: 'svc', password: secret }),
    });
  } else if (mode === 'generic') {
    new lib.KibanaConnector(scope, `c${i}`, {
      name,
      connectorTypeId: '.webhook',
      spaceId,
      config: { url, method: 'post', hasAuth: true, authType: 'webhook-authentication-basic', headers: { 'X-Id': String(i) } },
      secrets: { user: 'svc', password: secret },
    });
  } else {
    const typed = (lib as any).WebhookConnector;
    if (!typed) throw new Error('typed mode needs the generated WebhookConnector');
    new typed(scope, `c${i}`, {
      name,
      spaceId,
      config: { url, headers: { 'X-Id': String(i) } },
      secrets: { user: 'svc', password: secret },
    });
  }
}

const loadedAt = performance.now();
const app = new App({ outdir, stackTraces: false });
const stacks: TerraformStack[] = [];
const secrets: string[] = [];
for (let s = 0; s < stackCount; s++) {
  const stack = new TerraformStack(app, `stack${s}`);
  new lib.provider.ElasticstackProvider(stack, 'elasticstack', {});
  secrets.push(new TerraformVariable(stack, 'webhook_password', { type: 'string', sensitive: true }).stringValue);
  stacks.push(stack);
}
for (let i = 0; i < count; i++) addConnector(stacks[i % stackCount], i, secrets[i % stackCount]);
const builtAt = performance.now();
app.synth();
const doneAt = performance.now();

console.log(JSON.stringify({
  mode,
  count,
  spaces,
  stacks: stackCount,
  buildMs: builtAt - loadedAt,
  synthMs: doneAt - builtAt,
  totalMs: doneAt - loadedAt,
  processMs: doneAt,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
