// One rule synth measurement in a fresh process: N IndexThresholdRules over 20 spaces, each with two
// typed actions (a Slack message and a PagerDuty trigger), synthesized; prints a JSON line.
// Usage: ts-node bench/rule-child.ts <mode> <rules> <outdir>
// The library is loaded from BENCH_LIB (the compiled lib/, as users run it) or else from src/.
import { performance } from 'perf_hooks';
import { App, TerraformStack, TerraformVariable } from 'cdktf';

(Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require(process.env.BENCH_LIB ?? '../src') as typeof import('../src');

/**
 * - typed: `IndexThresholdRule` with `slack.action(...)` and `pager.action(...)`;
 * - floor: the L1 `elasticstack_kibana_alerting_rule` given the very params and action strings the
 *   typed rule writes, already rendered (each connector's id read once): no encoding, no checks, no
 *   wrapper construct.
 * Both use the same typed connectors (two per space), so only the rules differ.
 */
export const RULE_MODES = ['typed', 'floor'] as const;
type Mode = (typeof RULE_MODES)[number];
const SPACES = 20;

const PARAMS = '${jsonencode({"index" = ["logs-*"], "timeField" = "@timestamp", "timeWindowSize" = 5, "timeWindowUnit" = "m", '
  + '"thresholdComparator" = ">", "threshold" = [100], "aggType" = "count", "groupBy" = "all"})}';
const SLACK_PARAMS = '${jsonencode({"message" = "{{context.message}}"})}';
const PAGER_PARAMS = '${jsonencode({"eventAction" = "trigger", "dedupKey" = "{{rule.id}}-{{alert.id}}", "summary" = "{{context.message}}"})}';

function main(): void {
  const [mode, countArg, outdir] = process.argv.slice(2);
  if (!RULE_MODES.includes(mode as Mode)) throw new Error(`mode must be one of ${RULE_MODES.join(', ')}`);
  const count = Number(countArg);
  const loadedAt = performance.now();
  const cpuAtLoad = process.cpuUsage();
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'rules');
  new lib.provider.ElasticstackProvider(stack, 'elasticstack', {});
  const hook = new TerraformVariable(stack, 'hook', { type: 'string', sensitive: true }).stringValue;
  const key = new TerraformVariable(stack, 'key', { type: 'string', sensitive: true }).stringValue;
  const connectors = Array.from({ length: SPACES }, (_, s) => ({
    space: `space-${s}`,
    slack: new lib.SlackConnector(stack, `slack${s}`, { name: `Slack ${s}`, spaceId: `space-${s}`, secrets: { webhookUrl: hook } }),
    pager: new lib.PagerDutyConnector(stack, `pager${s}`, { name: `Pager ${s}`, spaceId: `space-${s}`, secrets: { routingKey: key } }),
  }));
  // The floor's connector ids, read once per connector: pre-rendered strings, as a hand-written app would keep them.
  const ids = connectors.map((c) => ({ slack: c.slack.connectorId, pager: c.pager.connectorId }));
  const frequency = { notifyWhen: lib.NotifyWhen.ON_ACTIVE_ALERT };
  for (let i = 0; i < count; i++) {
    const c = connectors[i % SPACES];
    if (mode === 'typed') {
      new lib.IndexThresholdRule(stack, `r${i}`, {
        name: `Rule ${i}`,
        spaceId: c.space,
        params: {
          index: ['logs-*'],
          timeField: '@timestamp',
          timeWindowSize: 5,
          timeWindowUnit: lib.TimeWindowUnit.MINUTES,
          thresholdComparator: lib.ThresholdComparator.GREATER_THAN,
          threshold: [100],
        },
        actions: [
          c.slack.action({ params: { message: '{{context.message}}' }, frequency }),
          c.pager.action({ params: { eventAction: lib.PagerDutyEventAction.TRIGGER, dedupKey: '{{rule.id}}-{{alert.id}}', summary: '{{context.message}}' }, frequency }),
        ],
      });
    } else {
      const action = (id: string, params: string) => ({ id, group: 'threshold met', params, frequency: { summary: false, notifyWhen: 'onActiveAlert' } });
      new lib.kibanaAlertingRule.KibanaAlertingRule(stack, `r${i}`, {
        name: `Rule ${i}`,
        ruleTypeId: '.index-threshold',
        consumer: 'stackAlerts',
        spaceId: c.space,
        interval: '1m',
        enabled: true,
        params: PARAMS,
        actions: [action(ids[i % SPACES].slack, SLACK_PARAMS), action(ids[i % SPACES].pager, PAGER_PARAMS)],
      });
    }
  }
  const builtAt = performance.now();
  app.synth();
  const doneAt = performance.now();
  const cpu = process.cpuUsage(cpuAtLoad);
  console.log(JSON.stringify({
    mode,
    count,
    totalMs: doneAt - loadedAt,
    synthMs: doneAt - builtAt,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }));
}

if (require.main === module) main();
