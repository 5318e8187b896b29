// The rule importer's pure core and emitters, on the rule scenario (test/support/rule-scenario.ts):
// which class and which action() each rule gets and why, how actions bind to connectors (by
// reference, preconfigured, by id), what is skipped with its reason, rule-level versus per-action
// frequency, the report, and deterministic output. The end-to-end proof (a Kibana double, the CLI,
// real cdktf and Terraform) is importer-rules.flavoured.e2e.test.ts.
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './support/cli';
import { scratchDir } from './support/synth';
import { CONNECTOR_TYPES } from '../src/connectors/registry';
import { findCdktfMarker } from '../src/importer/cdktf-markers';
import { emitHcl } from '../src/importer/emit-hcl';
import { emitTypeScript } from '../src/importer/emit-ts';
import { ImportPlan, planImport, PlanOptions, SpaceConnectors } from '../src/importer/plan';
import { PlannedRule, RuleDataError, SpaceRules } from '../src/importer/plan-rules';
import { buildReport, formatReport } from '../src/importer/report';
import { RULE_LIBRARY } from '../src/importer/rule-library';
import { KibanaTarget } from '../src/kibana-version';
import { PRECONFIGURED_ALERT_HISTORY } from './support/kibana-double';
import { DELETED_CONNECTOR, HOSTILE_MESSAGE, HOSTILE_RULE_NAME, IMPORTED_RULES, RULES, ruleSpaces } from './support/rule-scenario';

function spacesOf(): { connectors: SpaceConnectors[]; rules: SpaceRules[] } {
  const spaces = ruleSpaces();
  return {
    connectors: spaces.map((s) => ({ spaceId: s.id, connectors: [PRECONFIGURED_ALERT_HISTORY, ...s.connectors] })),
    rules: spaces.map((s) => ({ spaceId: s.id, rules: s.rules ?? [] })),
  };
}

function plan(options: Partial<PlanOptions> = {}, version?: string): ImportPlan {
  const { connectors, rules } = spacesOf();
  return planImport(connectors, {
    registry: CONNECTOR_TYPES,
    tokenMarkers: findCdktfMarker,
    rules: { spaces: rules, library: RULE_LIBRARY, target: new KibanaTarget(version) },
    ...options,
  });
}

/** Plan options with these rule spaces, checked against the newest Kibana. */
function withRules(spaces: SpaceRules[]): PlanOptions {
  return { registry: CONNECTOR_TYPES, tokenMarkers: findCdktfMarker, rules: { spaces, library: RULE_LIBRARY, target: new KibanaTarget(undefined) } };
}

function rule(p: ImportPlan, id: string): PlannedRule {
  const found = p.rules.find((r) => r.ruleId === id);
  if (!found) throw new Error(`rule ${id} not planned`);
  return found;
}

describe('planning rules', () => {
  const p = plan();

  test('typed classes where the params pass their checks, AlertingRule with the reason where not or where there is no class', () => {
    expect(p.rules).toHaveLength(IMPORTED_RULES);
    expect(rule(p, RULES.cpu).className).toBe('IndexThresholdRule');
    expect(rule(p, RULES.errors).className).toBe('EsQueryRule');
    const refused = rule(p, RULES.refusedParams);
    expect(refused.className).toBeUndefined();
    expect(refused.fallbackReason).toBe('IndexThresholdRule refuses this rule: params.aggField is required when params.aggType is not "count"');
    const metrics = rule(p, RULES.metrics);
    expect(metrics.className).toBeUndefined();
    expect(metrics.fallbackReason).toBeUndefined();
  });

  test('custom threshold and SLO burn rate rules get their classes, decided by the classes\' own check (consumer and params)', () => {
    expect(rule(p, RULES.customThreshold).className).toBe('CustomThresholdRule');
    const adHoc = rule(p, RULES.adHocDataView);
    expect(adHoc.className).toBeUndefined();
    expect(adHoc.fallbackReason).toBe('CustomThresholdRule refuses this rule: params.searchConfiguration.index is an object; expected a string');
    const slo = rule(p, RULES.sloBurnRate);
    expect(slo.className).toBe('SloBurnRateRule');
    expect(slo.actions[0]).toMatchObject({ connectorResource: 'ops_team_slack', typed: true, group: 'slo.burnRate.alert' });
    // A consumer the class does not authorize: the same decision as the class's check at synth.
    const { connectors, rules } = spacesOf();
    const siem = rules.map((sp) => ({ ...sp, rules: sp.rules.map((r) => (r.id === RULES.customThreshold ? { ...r, consumer: 'siem' } : r)) }));
    const refused = rule(planImport(connectors, withRules(siem)), RULES.customThreshold);
    expect(refused.className).toBeUndefined();
    expect(refused.fallbackReason).toBe('CustomThresholdRule refuses this rule: consumer is "siem", which Kibana does not authorize for rule type '
      + 'observability.rules.custom_threshold; its consumers: alerts, infrastructure, logs, observability, stackAlerts');
  });

  test('a params key the class does not know: the reason names a field of the rule type, not of a connector type', () => {
    const { connectors, rules } = spacesOf();
    const extra = rules.map((sp) => ({
      ...sp,
      rules: sp.rules.map((r) => (r.id === RULES.cpu ? { ...r, params: { ...(r.params as object), timefield: '@timestamp' } } : r)),
    }));
    const refused = rule(planImport(connectors, withRules(extra)), RULES.cpu);
    expect(refused.className).toBeUndefined();
    expect(refused.fallbackReason).toMatch(/^IndexThresholdRule refuses this rule: params\.timefield is not a field of this rule type \(Kibana rejects unknown fields\); known: /);
  });

  test('Kibana\'s stored maxBurnRateThreshold: null stays in the params (HCL) and is left out of the typed params (TypeScript)', () => {
    const slo = rule(p, RULES.sloBurnRate);
    const windows = (slo.params.windows as Record<string, unknown>[]);
    expect(windows.map((w) => w.maxBurnRateThreshold)).toEqual([null, 168]);
    const typed = slo.typedParams!.windows as Record<string, unknown>[];
    expect(typed[0]).not.toHaveProperty('maxBurnRateThreshold');
    expect(typed[0]).toEqual({ id: 'fast', burnRateThreshold: 14.4, longWindow: { value: 1, unit: 'h' }, shortWindow: { value: 5, unit: 'm' }, actionGroup: 'slo.burnRate.alert' });
    expect(typed[1].maxBurnRateThreshold).toBe(168);
    expect(rule(p, RULES.cpu).typedParams).toEqual(rule(p, RULES.cpu).params);
  });

  test('actions of imported typed connectors are typed; refused params make an untyped action with the reason', () => {
    const cpu = rule(p, RULES.cpu);
    expect(cpu.actions.map((a) => [a.connectorResource, a.typed, a.group])).toEqual([
      ['ops_slack', true, 'threshold met'],
      ['on_call', true, 'threshold met'],
      ['on_call', true, 'recovered'],
    ]);
    const metrics = rule(p, RULES.metrics).actions[0];
    expect(metrics.typed).toBe(false);
    expect(metrics.untypedReason).toMatch(/^SlackConnector\.action\(\) refuses these params: params\.channel is not a field/);
    expect(rule(p, RULES.metrics).notes).toContain(`actions[0] written with RuleAction.ofConnector: ${metrics.untypedReason}`);
  });

  test('an action binds to the connector of its own space; preconfigured and deleted connectors by id', () => {
    const ops = rule(p, RULES.opsLatency);
    expect(ops.spaceId).toBe('ops');
    expect(ops.actions[0].connectorResource).toBe('ops_team_slack');
    expect(ops.actions[1]).toMatchObject({ connectorId: DELETED_CONNECTOR, preconfigured: false, typed: false });
    expect(ops.actions[1].connectorResource).toBeUndefined();
    const legacy = rule(p, RULES.legacy).actions[0];
    expect(legacy).toMatchObject({ connectorId: PRECONFIGURED_ALERT_HISTORY.id, preconfigured: true, typed: false });
  });

  test('the provider cannot hold security rules, system actions or query filters: skipped with the reason', () => {
    const reasons = Object.fromEntries(p.skippedRules.map((s) => [s.ruleId, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual([RULES.filters, RULES.siem, RULES.system].sort());
    expect(reasons[RULES.siem]).toMatch(/security detection rule.*elasticstack_kibana_security_detection_rule/);
    expect(reasons[RULES.system]).toMatch(/system actions \(\.cases\)/);
    expect(reasons[RULES.filters]).toMatch(/^actions\[0\]\.alerts_filter\.query\.filters is not empty/);
  });

  test('rules the construct would refuse, or that hold a cdktf marker, are kept with the reason the TypeScript cannot hold them', () => {
    expect(rule(p, RULES.marker).typeScriptRefusal).toBe('name holds a cdktf token marker, which cdktf would replace at synth');
    expect(rule(p, RULES.brokenTemplate).typeScriptRefusal).toMatch(/^the rule construct refuses it: actions\[0\]\.params\.message is not a template mustache can parse/);
    expect(rule(p, RULES.unknownGroup).typeScriptRefusal).toMatch(/actions\[0\]\.group is "threshold warned", which rule type \.index-threshold does not have/);
    expect(rule(p, RULES.cpu).typeScriptRefusal).toBeUndefined();
  });

  test('frequency, alert filters, rule-level notify-when, alert delay, flapping and tags come across; read-only fields do not', () => {
    const errors = rule(p, RULES.errors);
    expect(errors.enabled).toBe(false);
    expect(errors.actions[0].frequency).toEqual({ summary: true, notifyWhen: 'onThrottleInterval', throttle: '10m' });
    expect(errors.actions[0].alertsFilter).toEqual({
      kql: 'host.name: web-*',
      timeframe: { days: [1, 2, 3, 4, 5], timezone: 'Europe/Paris', hoursStart: '08:00', hoursEnd: '18:00' },
    });
    const legacy = rule(p, RULES.legacy);
    expect([legacy.notifyWhen, legacy.throttle, legacy.actions[0].frequency]).toEqual(['onThrottleInterval', '1h', undefined]);
    const cpu = rule(p, RULES.cpu);
    expect(cpu).toMatchObject({ alertDelay: 2, flapping: { lookBackWindow: 20, statusChangeThreshold: 4 }, tags: ['cpu', 'team-${var.x}'], displayName: HOSTILE_RULE_NAME });
    expect(JSON.stringify(p.rules)).not.toMatch(/execution_status|api_key_owner|revision|scheduled_task_id|"uuid"/);
  });

  test('a rule-level notify-when beside per-action frequency is left out with a note (Kibana refuses both)', () => {
    const { connectors, rules } = spacesOf();
    const mixed = rules.map((s) => ({ ...s, rules: s.rules.map((r) => (r.id === RULES.cpu ? { ...r, notify_when: 'onActiveAlert' } : r)) }));
    const q = planImport(connectors, withRules(mixed));
    const cpu = rule(q, RULES.cpu);
    expect(cpu.notifyWhen).toBeUndefined();
    expect(cpu.notes).toContain('rule-level notify_when "onActiveAlert" and throttle null left out: its actions set frequency, and Kibana refuses both at once');
  });

  test('--only rules: no connector is written and every action references its connector by id', () => {
    const q = plan({ only: 'rules' });
    expect(q.connectors).toEqual([]);
    expect(q.skipped).toEqual([]);
    expect(q.rules.flatMap((r) => r.actions).every((a) => a.connectorResource === undefined && !a.typed)).toBe(true);
    expect(emitTypeScript(q, { packageName: 'pkg' })).toContain('RuleAction.ofConnector(connectorsById[');
  });

  test('--only connectors plans no rule', () => {
    const q = plan({ only: 'connectors' });
    expect(q.rules).toEqual([]);
    expect(q.connectors.length).toBeGreaterThan(0);
  });

  test('a number out of JavaScript range in rule params is an error naming the rule and the field', () => {
    const { connectors } = spacesOf();
    const bad: SpaceRules[] = [{ spaceId: 'default', rules: [{ id: 'big', name: 'Big', rule_type_id: '.index-threshold', consumer: 'alerts', schedule: { interval: '1m' }, params: { threshold: [-Infinity] } }] }];
    expect(() => planImport(connectors, withRules(bad)))
      .toThrow(RuleDataError);
    expect(() => planImport(connectors, withRules(bad)))
      .toThrow('rule default/big ("Big"): params.threshold[0] is -Infinity');
  });

  test('the same records in another order give the same plan and the same files', () => {
    const { connectors, rules } = spacesOf();
    const shuffled = rules.map((s) => ({ ...s, rules: [...s.rules].reverse() })).reverse();
    const q = planImport([...connectors].reverse(), withRules(shuffled));
    expect(emitTypeScript(q)).toBe(emitTypeScript(p));
    expect(emitHcl(q)).toBe(emitHcl(p));
  });
});

describe('emitting rules', () => {
  const p = plan();

  test('TypeScript: typed classes, connector action() by reference, casts to the typed params, importFrom per rule', () => {
    const text = emitTypeScript(p, { packageName: 'pkg' });
    expect(text).toContain('export function addImportedRules(scope: Construct, connectors: ImportedConnectors): ImportedRules {');
    expect(text).toContain('    this.rules = addImportedRules(this, this.connectors);');
    expect(text).toMatch(/new IndexThresholdRule\(scope, "cpu_high_[a-z_]+", \{\n {6}name: "CPU \\"high\\" \$\{jndi:ldap:\/\/x\} %\{if true\}x%\{endif\} \\\\ \{\{context\.value\}\} ü",/);
    expect(text).toContain(`message: ${JSON.stringify(HOSTILE_MESSAGE)},\n          } as ActionParamsOf<typeof connectors.ops_slack>,`);
    expect(text).toContain('connectors.on_call.action({\n          group: "recovered",');
    expect(text).toContain('} as ParamsOf<typeof IndexThresholdRule>,');
    expect(text).toContain('RuleAction.ofPreconfigured("preconfigured-alert-history-es-index", {');
    expect(text).toContain(`KibanaConnector.fromConnectorId(existing, "0", "ops", "${DELETED_CONNECTOR}"),`);
    expect(text).toContain('RuleAction.ofConnector(connectors.ops_slack, {');
    expect(text).toContain('frequency: { summary: true, notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL, throttle: "10m" },');
    expect(text).toContain('notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL,\n      throttle: "1h",');
    expect(text).toContain(`rules.latency.importFrom("${RULES.opsLatency}");`);
    // The SLO rule: its class, no null where TypeScript's optional number takes none (the class writes it back).
    expect(text).toContain('    checkout_burn_rate: new SloBurnRateRule(scope, "checkout_burn_rate", {');
    expect(text).toContain('} as ParamsOf<typeof SloBurnRateRule>,');
    expect(text).not.toContain('maxBurnRateThreshold: null');
    expect(text).toContain('maxBurnRateThreshold: 168,');
    expect(text).toContain('    web_errors: new CustomThresholdRule(scope, "web_errors", {');
    // Rules the TypeScript cannot hold are listed, never written.
    expect(text).toContain('// Rules left out (`--format hcl` writes them exactly):');
    expect(text).not.toMatch(/new \w+\(scope, "(marker|broken_template|unknown_group)"/);
  });

  test('without rules the TypeScript is what it was (no rules function, no rules member)', () => {
    const text = emitTypeScript(plan({ only: 'connectors' }), { packageName: 'pkg' });
    expect(text).not.toMatch(/ImportedRules|addImportedRules|rule\(s\)/);
  });

  test('HCL: import blocks per rule, actions of imported connectors by connector_id, others by id, every string quoted', () => {
    const text = emitHcl(p);
    const imports = [...text.matchAll(/^ {2}to = elasticstack_kibana_alerting_rule\.(\w+)\n {2}id = "([^"]+)"$/gm)].map((m) => m[2]);
    expect(imports).toHaveLength(IMPORTED_RULES);
    expect(imports).toContain(`ops/${RULES.opsLatency}`);
    expect(imports).toContain(`default/${RULES.marker}`);
    expect(text).toContain('    id    = elasticstack_kibana_action_connector.ops_team_slack.connector_id\n');
    expect(text).toContain(`    id    = "${DELETED_CONNECTOR}"\n`);
    expect(text).toContain('  name         = "CPU \\"high\\" $${jndi:ldap://x} %%{if true}x%%{endif} \\\\ {{context.value}} ü"\n');
    expect(text).toContain('  tags         = ["cpu", "team-$${var.x}"]\n');
    expect(text).toContain('  name         = "Marker $${TfToken[TOKEN.1]}"\n');
    // HCL keeps Kibana's params exactly, the stored null included.
    expect(text).toMatch(/"maxBurnRateThreshold" *= null\n/);
  });

  test('the report lists every rule: imported with its construct and action bindings, skipped and left out with the reason', () => {
    const report = buildReport(p, { format: 'ts' });
    expect(report.summary.rules).toEqual({ imported: 9, skipped: 6, typed: 6, fallback: 3 });
    const cpu = report.rules!.find((r) => r.id === RULES.cpu)!;
    expect(cpu.actions).toEqual([
      'elasticstack_kibana_action_connector.ops_slack (threshold met): typed action()',
      'elasticstack_kibana_action_connector.on_call (threshold met): typed action()',
      'elasticstack_kibana_action_connector.on_call (recovered): typed action()',
    ]);
    expect(report.rules!.find((r) => r.id === RULES.legacy)!.actions).toEqual([`preconfigured ${PRECONFIGURED_ALERT_HISTORY.id} (threshold met): untyped`]);
    expect(report.rules!.find((r) => r.id === RULES.marker)).toMatchObject({ status: 'skipped', skip_reason: expect.stringMatching(/^left out of the TypeScript output/) });
    expect(buildReport(p, { format: 'hcl' }).summary.rules).toEqual({ imported: 12, skipped: 3, typed: 9, fallback: 3 });
    const text = formatReport(report);
    expect(text).toMatch(/^imported 9 rule\(s\) \(6 typed, 3 AlertingRule\), skipped 6$/m);
    expect(text).toContain('  skipped  rule default/r-siem siem.queryRule "Detection": a security detection rule');
  });
});

describe('import --rules-from-file and --only', () => {
  const dir = scratchDir('kc-rules-cli-');
  const [defaultSpace, opsSpace] = ruleSpaces();
  fs.writeFileSync(path.join(dir, 'connectors.json'), JSON.stringify({ default: [PRECONFIGURED_ALERT_HISTORY, ...defaultSpace.connectors], ops: [PRECONFIGURED_ALERT_HISTORY, ...opsSpace.connectors] }));
  // A _find answer for one space, a bare array for the other.
  fs.writeFileSync(path.join(dir, 'default-rules.json'), JSON.stringify({ page: 1, per_page: 100, total: defaultSpace.rules!.length, data: defaultSpace.rules }));
  fs.writeFileSync(path.join(dir, 'ops-rules.json'), JSON.stringify(opsSpace.rules));

  test('saved answers give the same HCL as the live Kibana would: every rule bound to its imported connector', async () => {
    const r = await runCli(['import', '--from-file', 'connectors.json', '--rules-from-file', 'default=default-rules.json', '--rules-from-file', 'ops=ops-rules.json', '--format', 'hcl'], { cwd: dir });
    expect(r.stderr).toMatch(/^imported 12 rule\(s\) \(9 typed, 3 AlertingRule\), skipped 3$/m);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(emitHcl(plan(), { source: 'saved answers (connectors.json, default-rules.json, ops-rules.json)', kibanaVersion: { source: 'newest' } }));
  });

  test('without --rules-from-file, saved connector answers import no rule and the summary says nothing of rules', async () => {
    const r = await runCli(['import', '--from-file', 'connectors.json', '--format', 'hcl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('elasticstack_kibana_alerting_rule');
    expect(r.stderr).not.toMatch(/rule\(s\) \(/);
  });

  test('a saved rule without its required fields is an error naming the file and the element', async () => {
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify([{ id: 'x', name: 'No type', consumer: 'alerts' }]));
    const r = await runCli(['import', '--rules-from-file', 'bad.json', '--format', 'hcl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kibana-connectors: bad.json: element 0 is not a rule (needs string id, name, rule_type_id and consumer)\n');
    expect(r.stdout).toBe('');
  });

  test('bad --only values and contradictions are usage errors', async () => {
    const bogus = await runCli(['import', '--only', 'alerts', '--from-file', 'connectors.json'], { cwd: dir });
    expect([bogus.code, bogus.stderr]).toEqual([2, expect.stringContaining('--only must be connectors or rules')]);
    const both = await runCli(['import', '--only', 'connectors', '--rules-from-file', 'ops-rules.json'], { cwd: dir });
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('--rules-from-file reads rules, which --only connectors leaves out')]);
  });
});
