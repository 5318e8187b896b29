// The rule generator (generator/rules/): the committed src/rules/ output is a fresh run's (drift),
// re-runs are byte-identical, the registry says what Kibana's rule types answer says, the generated
// params specs mean to the rule engine what Kibana checks, and malformed inputs are refused with
// the file and the JSON path.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GENERATED_MARKER } from '../generator/rules/emit';
import { DEFAULT_CATALOG_DIR, DEFAULT_OUT_DIR, DEFAULT_TYPES_FILE, generate } from '../generator/rules/generate';
import { groupConstantName } from '../generator/rules/model';
import { InputError } from '../generator/rules/parse';
import { checkParams, CheckOptions } from '../src/engine/check';
import { ConnectorSpec } from '../src/engine/spec';
import { KibanaTarget } from '../src/kibana-version';
import { ruleParamsObjectSpec, withNestedDefaults } from '../src/rules/params-spec';
import { RULE_TYPES } from '../src/rules/registry';
import { CUSTOM_THRESHOLD_RULE_SPEC } from '../src/rules/types/specs/custom-threshold';
import { ES_QUERY_RULE_SPEC } from '../src/rules/types/specs/es-query';
import { INDEX_THRESHOLD_RULE_SPEC } from '../src/rules/types/specs/index-threshold';
import { SLO_BURN_RATE_RULE_SPEC } from '../src/rules/types/specs/slo-burn-rate';

const result = generate();

describe('rule generator output', () => {
  test('the committed src/rules/ is what a fresh run writes (run npx projen generate:rules)', () => {
    for (const [name, text] of result.files) {
      const file = path.join(DEFAULT_OUT_DIR, ...name.split('/'));
      expect(`${name}: ${fs.existsSync(file) ? fs.readFileSync(file, 'utf8') === text : 'missing'}`).toBe(`${name}: true`);
    }
    // No generated file of an earlier run is left behind.
    const walk = (dir: string, prefix: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]));
    const stale = walk(DEFAULT_OUT_DIR, '')
      .filter((n) => !result.files.has(n) && fs.readFileSync(path.join(DEFAULT_OUT_DIR, n), 'utf8').startsWith(GENERATED_MARKER));
    expect(stale).toEqual([]);
  });

  test('re-runs are byte-identical', () => {
    expect(generate().files).toEqual(result.files);
  });

  test('every file is marked generated and says how to regenerate', () => {
    expect([...result.files.keys()]).toEqual([
      'features.ts', 'registry.ts', 'types/custom-threshold.ts', 'types/enums.ts', 'types/es-query.ts', 'types/index-threshold.ts', 'types/index.ts',
      'types/slo-burn-rate.ts', 'types/specs/custom-threshold.ts', 'types/specs/es-query.ts', 'types/specs/index-threshold.ts',
      'types/specs/index.ts', 'types/specs/slo-burn-rate.ts',
    ]);
    for (const text of result.files.values()) {
      expect(text.startsWith(`${GENERATED_MARKER}\n`)).toBe(true);
      expect(text).toContain('// Regenerate with: npx projen generate');
    }
  });
});

describe('the registry (RULE_TYPES)', () => {
  test('.index-threshold: groups, default and recovery group, alerts as data, class, consumers', () => {
    expect(RULE_TYPES['.index-threshold']).toEqual({
      ruleTypeId: '.index-threshold',
      className: 'IndexThresholdRule',
      actionGroups: ['threshold met', 'recovered'],
      defaultActionGroup: 'threshold met',
      recoveryActionGroup: 'recovered',
      alertsAsData: true,
      contextVariables: ['message', 'title', 'group', 'date', 'value', 'conditions'],
      producer: 'stackAlerts',
      consumers: ['stackAlerts', 'alerts'],
      versions: [{ since: '7.x' }],
    });
  });

  test('every type of rule-types.json, with its real groups; typed ones name their class', () => {
    expect(Object.keys(RULE_TYPES)).toEqual([
      '.es-query', '.index-threshold', 'apm.anomaly', 'apm.error_rate', 'apm.transaction_duration', 'apm.transaction_error_rate',
      'logs.alert.document.count', 'metrics.alert.threshold', 'monitoring_alert_cpu_usage', 'observability.rules.custom_threshold', 'slo.rules.burnRate',
      'xpack.synthetics.alerts.monitorStatus',
    ]);
    expect(RULE_TYPES['.es-query'].actionGroups).toEqual(['query matched', 'recovered']);
    expect(RULE_TYPES['.es-query'].contextVariables).toContain('hits');
    expect(RULE_TYPES['metrics.alert.threshold'].actionGroups)
      .toEqual(['metrics.threshold.fired', 'metrics.threshold.warning', 'metrics.threshold.nodata', 'recovered']);
    expect(RULE_TYPES['observability.rules.custom_threshold'].defaultActionGroup).toBe('custom_threshold.fired');
    expect(RULE_TYPES['slo.rules.burnRate'].actionGroups).toContain('slo.burnRate.high');
    expect(RULE_TYPES['apm.error_rate'].defaultActionGroup).toBe('threshold_met');
    expect(RULE_TYPES['xpack.synthetics.alerts.monitorStatus'].defaultActionGroup).toBe('xpack.synthetics.alerts.actionGroups.monitorStatus');
    for (const info of Object.values(RULE_TYPES)) {
      expect(info.actionGroups).toContain(info.defaultActionGroup);
      expect(info.actionGroups).toContain(info.recoveryActionGroup);
      // Only stack monitoring's rule has the provider's default group "default" (its BaseRule declares it).
      expect(info.actionGroups.includes('default')).toBe(info.ruleTypeId === 'monitoring_alert_cpu_usage');
      expect(info.alertsAsData).toBe(info.ruleTypeId !== 'monitoring_alert_cpu_usage');
      expect(info.className === undefined).toBe(!['.es-query', '.index-threshold', 'observability.rules.custom_threshold', 'slo.rules.burnRate'].includes(info.ruleTypeId));
    }
  });
});

describe('the typed classes (generated text)', () => {
  const indexThreshold = result.files.get('types/index-threshold.ts')!;
  const esQuery = result.files.get('types/es-query.ts')!;

  test('constants: rule type, one per action group, consumer, context variables, alerts as data', () => {
    expect(indexThreshold).toContain("public static readonly RULE_TYPE_ID: string = '.index-threshold';");
    expect(indexThreshold).toContain("public static readonly THRESHOLD_MET: string = 'threshold met';");
    expect(indexThreshold).toContain("public static readonly RECOVERED: string = 'recovered';");
    expect(indexThreshold).toContain("public static readonly DEFAULT_CONSUMER: string = 'stackAlerts';");
    expect(indexThreshold).toContain('public static readonly WRITES_ALERTS_AS_DATA: boolean = true;');
    expect(indexThreshold).toMatch(/public static readonly CONTEXT_VARIABLES: string\[\] = \[\s*'message',/);
    expect(esQuery).toContain("public static readonly QUERY_MATCHED: string = 'query matched';");
  });

  test('the constructor passes the type, the default consumer and the params with Kibana\'s defaults', () => {
    expect(indexThreshold).toContain('export class IndexThresholdRule extends AlertingRule {');
    expect(indexThreshold).toContain('export interface IndexThresholdRuleProps extends AlertingRuleOptions {');
    expect(indexThreshold).toContain('consumer: props.consumer ?? IndexThresholdRule.DEFAULT_CONSUMER,');
    expect(indexThreshold).toContain('attachParamsSpec(this, INDEX_THRESHOLD_RULE_SPEC);');
    // The provider injects these two when they are missing: written always, no drift.
    expect(indexThreshold).toContain('if (out.aggType === undefined) out.aggType = AggType.COUNT;');
    expect(indexThreshold).toContain('if (out.groupBy === undefined) out.groupBy = GroupBy.ALL;');
    expect(esQuery).toContain('if (out.searchType === undefined) out.searchType = SearchType.ES_QUERY;');
  });

  test('enums are declared once, in types/enums.ts, and never clash with the connectors\' exports', () => {
    const enums = result.files.get('types/enums.ts')!;
    const names = [...enums.matchAll(/^export enum (\w+)/gm)].map((m) => m[1]);
    expect(names).toEqual(['AggType', 'CustomThresholdAggType', 'CustomThresholdCriterionAggType', 'GroupBy', 'SearchType', 'ThresholdComparator', 'TimeWindowUnit']);
    const connectors = fs.readdirSync(path.join(__dirname, '..', 'src', 'connectors')).filter((n) => n.endsWith('.ts'))
      .map((n) => fs.readFileSync(path.join(__dirname, '..', 'src', 'connectors', n), 'utf8')).join('\n');
    const exported = new Set([...connectors.matchAll(/^export (?:enum|class|interface|const|function) (\w+)/gm)].map((m) => m[1]));
    const ours = [...result.files.values()].flatMap((t) => [...t.matchAll(/^export (?:enum|class|interface|const|function) (\w+)/gm)].map((m) => m[1]));
    expect(ours.filter((n) => exported.has(n))).toEqual([]);
  });

  test('jsii: no union types or generics in the exported API, no get/set property names', () => {
    for (const name of ['types/index-threshold.ts', 'types/es-query.ts', 'types/custom-threshold.ts', 'types/slo-burn-rate.ts']) {
      const text = result.files.get(name)!;
      const members = [...text.matchAll(/^ {2}readonly (\w+)\??: ([^;]+);/gm)];
      expect(members.length).toBeGreaterThan(0);
      for (const [, prop, type] of members) {
        expect(`${prop}: ${type}`).not.toMatch(/\||<|^(get|set)[A-Z]/);
      }
    }
  });

  test('action group constant names', () => {
    expect(groupConstantName('threshold met')).toBe('THRESHOLD_MET');
    expect(groupConstantName('custom_threshold.fired')).toBe('FIRED');
    expect(groupConstantName('slo.burnRate.alert')).toBe('ALERT');
    expect(groupConstantName('xpack.synthetics.alerts.actionGroups.monitorStatus')).toBe('MONITOR_STATUS');
  });
});

describe('the params specs, read by the rule engine', () => {
  const options: CheckOptions = { target: new KibanaTarget(undefined), naming: 'key', isUnresolved: () => false };
  const asSpec = (s: typeof INDEX_THRESHOLD_RULE_SPEC): ConnectorSpec => ({
    typeId: s.ruleTypeId,
    subject: 'rule',
    catalog: { checkedThrough: s.checkedThrough },
    versions: [],
    strict: true,
    config: [],
    secrets: [],
    params: s.params,
    rules: s.rules,
  });
  /** The params as the class writes them: the given keys, then the defaults it sends. */
  const built = (s: typeof INDEX_THRESHOLD_RULE_SPEC, p: Record<string, unknown>) => {
    const out: Record<string, unknown> = { ...p };
    for (const f of s.params) if (f.send && out[f.key] === undefined) out[f.key] = f.defaults![0].value;
    return out;
  };
  const check = (s: typeof INDEX_THRESHOLD_RULE_SPEC, p: Record<string, unknown>) =>
    checkParams(asSpec(s), built(s, p), options).map((x) => x.message);
  const example = (file: string) => JSON.parse(fs.readFileSync(path.join(DEFAULT_CATALOG_DIR, file), 'utf8')).example.params;

  test('each catalog example passes', () => {
    expect(check(INDEX_THRESHOLD_RULE_SPEC, example('index-threshold.json'))).toEqual([]);
    expect(check(ES_QUERY_RULE_SPEC, example('es-query.json'))).toEqual([]);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, example('custom-threshold.json'))).toEqual([]);
    expect(checkRule(SLO_BURN_RATE_RULE_SPEC, example('slo-burn-rate.json'))).toEqual([]);
  });

  /** The params checked as the class checks them (the spec's own strictness, nested defaults written). */
  const checkRule = (s: typeof INDEX_THRESHOLD_RULE_SPEC, p: Record<string, unknown>) =>
    checkParams(ruleParamsObjectSpec(s), withNestedDefaults(s.params, p), options).map((x) => x.message);

  test('observability.rules.custom_threshold: nested conditions, metrics, search configuration; unknown top-level keys accepted', () => {
    const ok = example('custom-threshold.json');
    const criterion = ok.criteria[0];
    const withMetric = (m: Record<string, unknown>) => ({ ...ok, criteria: [{ ...criterion, metrics: [m] }] });
    // Kibana's params schema lets unknown top-level keys through (unknowns: 'allow'), not nested ones.
    expect(CUSTOM_THRESHOLD_RULE_SPEC.acceptsUnknownParams).toBe(true);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, { ...ok, somethingNew: 1 })).toEqual([]);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, { ...ok, criteria: [{ ...criterion, metric: 'A' }] }))
      .toEqual([expect.stringMatching(/^params\.criteria\[0\]\.metric is not a field of params\.criteria\[0\]/)]);
    // The two shapes of a metric (Kibana's oneOf): an aggregation of a field, or a count with a filter.
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, withMetric({ name: 'A', aggType: 'count', filter: 'status:500' }))).toEqual([]);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, withMetric({ name: 'A', aggType: 'avg' })))
      .toEqual(['params.criteria[0].metrics[0].field is required when params.criteria[0].metrics[0].aggType is not "count"']);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, withMetric({ name: 'A', aggType: 'max', field: 'x', filter: 'y' })))
      .toEqual(['params.criteria[0].metrics[0].filter must not be set when params.criteria[0].metrics[0].aggType is not "count"']);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, withMetric({ name: 'A', aggType: 'count', field: 'x' })))
      .toEqual(['params.criteria[0].metrics[0].field must not be set when params.criteria[0].metrics[0].aggType is "count"']);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, withMetric({ name: 'A', aggType: 'median', field: 'x' })))
      .toEqual([expect.stringMatching(/^params\.criteria\[0\]\.metrics\[0\]\.aggType is "median"; expected one of "count"/)]);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, { ...ok, criteria: [{ ...criterion, comparator: 'outside' }] }))
      .toEqual([expect.stringMatching(/^params\.criteria\[0\]\.comparator is "outside"; expected one of ">"/)]);
    const { searchConfiguration: _s, ...noSearch } = ok;
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, noSearch)).toEqual(['params.searchConfiguration is required']);
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, { ...ok, searchConfiguration: { index: 'dv', query: { query: '' } } }))
      .toEqual(['params.searchConfiguration.query.language is required']);
    // An ad hoc data view object (Kibana accepts it) is not typed: the class refuses it, the importer falls back.
    expect(checkRule(CUSTOM_THRESHOLD_RULE_SPEC, { ...ok, searchConfiguration: { ...ok.searchConfiguration, index: { title: 'logs-*' } } }))
      .toEqual(['params.searchConfiguration.index is an object; expected a string']);
  });

  test('slo.rules.burnRate: windows, durations and dependencies are strict; maxBurnRateThreshold is written as null', () => {
    const ok = example('slo-burn-rate.json');
    const window = ok.windows[0];
    expect(withNestedDefaults(SLO_BURN_RATE_RULE_SPEC.params, ok)).toEqual({ ...ok, windows: [{ ...window, maxBurnRateThreshold: null }] });
    expect(withNestedDefaults(SLO_BURN_RATE_RULE_SPEC.params, { ...ok, windows: [{ ...window, maxBurnRateThreshold: 168 }] }))
      .toEqual({ ...ok, windows: [{ ...window, maxBurnRateThreshold: 168 }] });
    expect(SLO_BURN_RATE_RULE_SPEC.acceptsUnknownParams).toBeUndefined();
    expect(checkRule(SLO_BURN_RATE_RULE_SPEC, { ...ok, sloID: 'x' })).toEqual([expect.stringMatching(/^params\.sloID is not a field/)]);
    const { longWindow: _l, ...noLong } = window;
    expect(checkRule(SLO_BURN_RATE_RULE_SPEC, { ...ok, windows: [noLong] })).toEqual(['params.windows[0].longWindow is required']);
    expect(checkRule(SLO_BURN_RATE_RULE_SPEC, { ...ok, windows: [{ ...window, shortWindow: { value: 5, unit: 'm', size: 1 } }] }))
      .toEqual([expect.stringMatching(/^params\.windows\[0\]\.shortWindow\.size is not a field of params\.windows\[0\]\.shortWindow/)]);
    expect(checkRule(SLO_BURN_RATE_RULE_SPEC, { ...ok, dependencies: [{ ruleId: 'r' }] })).toEqual(['params.dependencies[0].actionGroupsToSuppressOn is required']);
    expect(checkRule(SLO_BURN_RATE_RULE_SPEC, { ...ok, windows: [{ ...window, burnRateThreshold: '14' }] }))
      .toEqual(['params.windows[0].burnRateThreshold is a string; expected a number']);
  });

  test('.index-threshold: what Kibana refuses at rule create', () => {
    const ok = example('index-threshold.json');
    expect(check(INDEX_THRESHOLD_RULE_SPEC, { ...ok, timefield: '@timestamp' }))
      .toEqual([expect.stringMatching(/^params\.timefield is not a field of this rule type \(Kibana rejects unknown fields\); known: index, /)]);
    expect(check(INDEX_THRESHOLD_RULE_SPEC, { ...ok, aggType: 'avg' })).toEqual(['params.aggField is required when params.aggType is not "count"']);
    expect(check(INDEX_THRESHOLD_RULE_SPEC, { ...ok, groupBy: 'top' }))
      .toEqual(['params.termField is required when params.groupBy is "top"', 'params.termSize is required when params.groupBy is "top"']);
    expect(check(INDEX_THRESHOLD_RULE_SPEC, { ...ok, groupBy: 'top', termField: 'host.name', termSize: 1001 })).toEqual(['params.termSize is 1001; expected 1 to 1000']);
    expect(check(INDEX_THRESHOLD_RULE_SPEC, { ...ok, thresholdComparator: 'gt' })).toEqual([expect.stringMatching(/^params\.thresholdComparator is "gt"; expected one of ">"/)]);
    expect(check(INDEX_THRESHOLD_RULE_SPEC, { ...ok, threshold: ['100'] })).toEqual(['params.threshold[0] is a string; expected a number']);
    expect(check(INDEX_THRESHOLD_RULE_SPEC, { ...ok, threshold: [1, 2, 3] })).toEqual(['params.threshold has 3 items; Kibana accepts at most 2']);
    const { timeField: _t, ...noTimeField } = ok;
    expect(check(INDEX_THRESHOLD_RULE_SPEC, noTimeField)).toEqual(['params.timeField is required']);
  });

  test('.es-query: each search type requires its own keys and forbids the others\'', () => {
    const ok = example('es-query.json');
    const { index: _i, esQuery: _q, ...common } = ok;
    expect(check(ES_QUERY_RULE_SPEC, { ...ok, esQuery: undefined })).toEqual(['params.esQuery is required when params.searchType is "esQuery"']);
    expect(check(ES_QUERY_RULE_SPEC, { ...ok, esQuery: '[1]' })).toEqual([expect.stringMatching(/^params\.esQuery is JSON text of an array/)]);
    // The example comes from the rule catalog (es-query.json), not a connector's.
    expect(check(ES_QUERY_RULE_SPEC, { ...ok, esQuery: 'match_all' }))
      .toEqual(['params.esQuery is not JSON text; Kibana expects the JSON text of a non-empty object, such as \'{"query":{"match_all":{}}}\'']);
    expect(check(ES_QUERY_RULE_SPEC, { ...common, searchType: 'searchSource', searchConfiguration: { index: 'dv' } })).toEqual([]);
    expect(check(ES_QUERY_RULE_SPEC, { ...ok, searchType: 'searchSource', searchConfiguration: { index: 'dv' } })).toEqual([
      'params.index must not be set when params.searchType is "searchSource"',
      'params.esQuery must not be set when params.searchType is "searchSource"',
    ]);
    expect(check(ES_QUERY_RULE_SPEC, { ...common, searchType: 'esqlQuery' })).toEqual(['params.esqlQuery is required when params.searchType is "esqlQuery"']);
    expect(check(ES_QUERY_RULE_SPEC, { ...common, searchType: 'esqlQuery', esqlQuery: { esql: 'FROM logs-*' }, groupBy: 'row' })).toEqual([]);
    expect(check(ES_QUERY_RULE_SPEC, { ...ok, groupBy: 'row' }))
      .toEqual(['params.groupBy must not be set when params.groupBy is "row" and params.searchType is not "esqlQuery"']);
    expect(check(ES_QUERY_RULE_SPEC, { ...ok, size: 10001 })).toEqual(['params.size is 10001; expected 0 to 10000']);
  });
});

describe('malformed inputs name the file and the JSON path', () => {
  /** A copy of the real inputs, changed by `change`, generated. */
  function generateWith(change: (dir: string) => void): () => unknown {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-rules-'));
    fs.cpSync(DEFAULT_CATALOG_DIR, path.join(dir, 'rule-catalog'), { recursive: true });
    fs.copyFileSync(DEFAULT_TYPES_FILE, path.join(dir, 'rule-types.json'));
    change(dir);
    return () => generate({ typesFile: path.join(dir, 'rule-types.json'), catalogDir: path.join(dir, 'rule-catalog') });
  }
  function edit(dir: string, file: string, f: (data: any) => void): void {
    const p = path.join(dir, file);
    const data = JSON.parse(fs.readFileSync(p, 'utf8'));
    f(data);
    fs.writeFileSync(p, JSON.stringify(data, null, 2));
  }
  const fails = (run: () => unknown, message: RegExp) => {
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  };

  test('class docs state the versions as the catalog does: unsettled with the reason, or the range with its evidence', () => {
    for (const file of ['index-threshold', 'es-query', 'custom-threshold', 'slo-burn-rate']) {
      const text = result.files.get(`types/${file}.ts`)!.replace(/\n \* /g, ' ');
      expect(text).toMatch(/Versions: first Kibana release unsettled \(.+\); the catalog assumes Kibana [78]\.x and later\./);
      expect(text).not.toMatch(/Versions: Kibana/);
    }
    const settled = generateWith((d) => edit(d, 'rule-catalog/index-threshold.json', (o) => {
      o.versions = { ranges: [{ since: '7.10.0' }], evidence: [{ pr: 1234, labels: ['v7.10.0'], title: 'Index threshold' }] };
    }))() as { files: Map<string, string> };
    expect(settled.files.get('types/index-threshold.ts')!.replace(/\n \* /g, ' '))
      .toContain('Versions: Kibana 7.10.0 and later (evidence: elastic/kibana#1234 v7.10.0).');
  });

  test('a field type the schema does not know', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/index-threshold.json', (o) => { o.params.index.type = 'text'; })),
      /rule-catalog\/index-threshold\.json: params\.index\.type must be one of string, number, .* \(got "text"\) \(rule-catalog\/schema\/rule\.schema\.json\)/);
  });

  test('a key the format does not know, and a missing required key', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { o.params.size.mandatory = true; })),
      /rule-catalog\/es-query\.json: params\.size\.mandatory is not a known key here/);
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { delete o.example; })),
      /rule-catalog\/es-query\.json: example is required/);
  });

  test('a rule that names a field the type does not have', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { o.rules[0].require[1] = 'params.timefield'; })),
      /rule-catalog\/es-query\.json: rules\[0\]\.require\[1\] "params\.timefield" is not a params field of this rule type/);
  });

  test('a condition the field cannot hold', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { o.rules[1].when['params.searchType'] = 'kql'; })),
      /rule-catalog\/es-query\.json: rules\[1\]\.when\["params\.searchType"\] compares params\.searchType with "kql"/);
  });

  test('an enum declared twice, a rule type the answer does not list, a class in the wrong file', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { o.enums.AggType = { description: 'again', members: { COUNT: 'count' } }; })),
      /rule-catalog\/(es-query|index-threshold)\.json: enums\.AggType is also declared in/);
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { o.ruleTypeId = '.es-queries'; })),
      /rule-catalog\/es-query\.json: ruleTypeId is "\.es-queries", which .*rule-types\.json does not list/);
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { o.className = 'ElasticsearchQueryRule'; })),
      /rule-catalog\/es-query\.json: className is ElasticsearchQueryRule, whose catalog file is named elasticsearch-query\.json/);
  });

  test('a description that states a version by hand, a default outside the allowed values', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/es-query.json', (o) => { o.params.size.description = 'Since 8.10.'; })),
      /rule-catalog\/es-query\.json: params\.size\.description states a version by hand \("8\.10"\)/);
    fails(generateWith((d) => edit(d, 'rule-catalog/index-threshold.json', (o) => { o.params.groupBy.default = 'row'; })),
      /rule-catalog\/index-threshold\.json: params\.groupBy\.default "row" is not a valid default for a field of type enum \(values: all, top\)/);
  });

  test('a null default without nullable, nullable without a null default, a struct rule on a field the struct lacks', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/slo-burn-rate.json', (o) => { delete o.structs.SloBurnRateWindow.fields.maxBurnRateThreshold.nullable; })),
      /rule-catalog\/slo-burn-rate\.json: structs\.SloBurnRateWindow\.fields\.maxBurnRateThreshold\.default null is not a valid default .*"nullable": true/);
    fails(generateWith((d) => edit(d, 'rule-catalog/slo-burn-rate.json', (o) => { delete o.structs.SloBurnRateWindow.fields.maxBurnRateThreshold.default; })),
      /rule-catalog\/slo-burn-rate\.json: structs\.SloBurnRateWindow\.fields\.maxBurnRateThreshold\.nullable needs "default": null/);
    fails(generateWith((d) => edit(d, 'rule-catalog/custom-threshold.json', (o) => { o.structs.CustomThresholdMetric.rules[0].require = ['params.fields']; })),
      /rule-catalog\/custom-threshold\.json: structs\.CustomThresholdMetric\.rules\[0\]\.require\[0\] "params\.fields" is not a params field/);
  });

  test('a default consumer the rule type does not authorize', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/custom-threshold.json', (o) => { o.defaultConsumer = 'siem'; })),
      /rule-catalog\/custom-threshold\.json: defaultConsumer the class's default consumer "siem" is not one of the consumers .*rule-types\.json lists for observability\.rules\.custom_threshold/);
  });

  test('rule-features.json: a version no evidence names, a version stated by hand, an unknown key, a provider gate later than Kibana\'s, a second range', () => {
    fails(generateWith((d) => edit(d, 'rule-catalog/rule-features.json', (o) => { o.features.alertDelay.versions.ranges[0].since = '8.12.0'; })),
      /rule-catalog\/rule-features\.json: features\.alertDelay\.versions\.ranges\[0\]\.since is 8\.12\.0, which no evidence names: give the pull request labelled v8\.12\.0/);
    fails(generateWith((d) => edit(d, 'rule-catalog/rule-features.json', (o) => { o.features.flapping.description = 'Flapping, new in 8.16.'; })),
      /rule-catalog\/rule-features\.json: features\.flapping\.description states a version by hand \("8\.16"\)/);
    fails(generateWith((d) => edit(d, 'rule-catalog/rule-features.json', (o) => { o.features.frequency.since = '8.6.0'; })),
      /rule-catalog\/rule-features\.json: features\.frequency/);
    fails(generateWith((d) => edit(d, 'rule-catalog/rule-features.json', (o) => { o.features.alertDelay.provider.since = '8.14.0'; })),
      /rule-catalog\/rule-features\.json: features\.alertDelay\.provider\.since is 8\.14\.0, later than versions\.ranges\[0\]\.since 8\.13\.0/);
    fails(generateWith((d) => edit(d, 'rule-catalog/rule-features.json', (o) => { o.features.frequency.versions.ranges.push({ since: '9.0.0' }); })),
      /rule-catalog\/rule-features\.json: features\.frequency\.versions\.ranges must be one range with since and no until/);
  });

  test('rule-features.json is not read as a rule catalog entry, and the table says which gates are unsettled', () => {
    expect(result.model.typed.map((t) => t.catalogFile)).not.toContain(expect.stringContaining('rule-features'));
    const table = result.files.get('features.ts')!;
    expect(table).toContain("frequency: { field: 'actions[].frequency', what: 'per-action frequency', ranges: [{ since: '8.6.0' }], settled: true },");
    expect(table).toContain("alertsFilter: { field: 'actions[].alertsFilter', what: 'an alerts filter', ranges: [{ since: '8.9.0' }], settled: false },");
    expect(table).toContain('elastic/kibana#144130 (labelled v8.6.0, v8.7.0)');
  });

  test('a rule_types answer whose default group it does not list, or that is not an array', () => {
    fails(generateWith((d) => edit(d, 'rule-types.json', (o) => { o[1].default_action_group_id = 'default'; })),
      /rule-types\.json: \[1\]\.default_action_group_id is "default", which action_groups does not list/);
    fails(generateWith((d) => fs.writeFileSync(path.join(d, 'rule-types.json'), '{}')), /rule-types\.json: must be an array, not object/);
  });
});
