// A Kibana with alerting rules for the importer: two spaces (the same connector id in both), typed
// rules (index threshold, ES query, custom threshold, SLO burn rate with Kibana's stored nulls),
// params the typed class refuses, a rule type the library has no
// class for, rule-level notify-when, per-action frequency, alert filters, preconfigured and deleted
// connectors, and the rules the provider cannot hold (a security rule, a system action, query
// filters). Hostile rule data (HOSTILE_RULE_NAME, ...) must come out exactly.
import { DoubleRule, DoubleSpace, KibanaDoubleOptions, PRECONFIGURED_ALERT_HISTORY } from './kibana-double';

export const HOSTILE_RULE_NAME = 'CPU "high" ${jndi:ldap://x} %{if true}x%{endif} \\ {{context.value}} ü';
export const HOSTILE_TAG = 'team-${var.x}';
export const HOSTILE_MESSAGE = 'Value {{context.value}} on ${host} %{x} "quoted" \\ end';
/** A rule whose name holds a cdktf token marker: left out of the TypeScript output, exact in HCL. */
export const TOKEN_RULE_NAME = 'Marker ${TfToken[TOKEN.1]}';

const SLACK_ID = 'c0ffee00-0000-4000-8000-000000000001';
const PAGERDUTY_ID = 'c0ffee00-0000-4000-8000-000000000002';
const INDEX_ID = 'c0ffee00-0000-4000-8000-000000000003';
const SLACK_API_ID = 'c0ffee00-0000-4000-8000-000000000004';
/** A connector id no connector has any more (deleted): actions keep it. */
export const DELETED_CONNECTOR = 'c0ffee00-0000-4000-8000-0000000000ff';

const threshold = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  index: ['metrics-*'],
  timeField: '@timestamp',
  aggType: 'avg',
  aggField: 'system.cpu.total.pct',
  groupBy: 'top',
  termField: 'host.name',
  termSize: 10,
  timeWindowSize: 5,
  timeWindowUnit: 'm',
  thresholdComparator: '>',
  threshold: [0.9],
  ...extra,
});

/** Rule ids of the scenario, by what they show. */
export const RULES = {
  cpu: 'r-cpu',
  errors: 'r-errors',
  refusedParams: 'r-refused',
  legacy: 'r-legacy',
  metrics: 'r-metrics',
  siem: 'r-siem',
  system: 'r-system',
  filters: 'r-filters',
  opsLatency: 'r-ops',
  marker: 'r-marker',
  brokenTemplate: 'r-broken',
  unknownGroup: 'r-group',
  sloBurnRate: 'r-slo',
  customThreshold: 'r-custom',
  adHocDataView: 'r-adhoc',
} as const;

/** Custom threshold params as Kibana's rule form stores them (a data view id, a count and an average). */
const customThreshold = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  criteria: [{
    comparator: '>',
    threshold: [5],
    timeSize: 5,
    timeUnit: 'm',
    aggType: 'custom',
    metrics: [{ name: 'A', aggType: 'count', filter: 'http.response.status_code >= 500' }, { name: 'B', aggType: 'avg', field: 'event.duration' }],
    equation: 'A / B',
    label: 'Errors per ${latency}',
  }],
  alertOnNoData: false,
  alertOnGroupDisappear: false,
  groupBy: ['service.name'],
  searchConfiguration: { index: 'logs-data-view', query: { query: 'service.name: "web"', language: 'kuery' } },
  ...extra,
});

export function ruleSpaces(): DoubleSpace[] {
  const defaultRules: DoubleRule[] = [
    {
      id: RULES.cpu,
      name: HOSTILE_RULE_NAME,
      rule_type_id: '.index-threshold',
      consumer: 'alerts',
      tags: ['cpu', HOSTILE_TAG],
      schedule: { interval: '1m' },
      params: threshold(),
      alert_delay: { active: 2 },
      flapping: { look_back_window: 20, status_change_threshold: 4 },
      actions: [
        {
          id: SLACK_ID,
          connector_type_id: '.slack',
          group: 'threshold met',
          uuid: 'a1',
          params: { message: HOSTILE_MESSAGE },
          frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null },
        },
        {
          id: PAGERDUTY_ID,
          connector_type_id: '.pagerduty',
          group: 'threshold met',
          uuid: 'a2',
          params: { eventAction: 'trigger', summary: 'CPU {{context.value}}', dedupKey: '{{rule.id}}-{{context.group}}', severity: 'critical' },
          frequency: { summary: false, notify_when: 'onActionGroupChange', throttle: null },
        },
        {
          id: PAGERDUTY_ID,
          connector_type_id: '.pagerduty',
          group: 'recovered',
          uuid: 'a3',
          params: { eventAction: 'resolve', dedupKey: '{{rule.id}}-{{context.group}}' },
          frequency: { summary: false, notify_when: 'onActionGroupChange', throttle: null },
        },
      ],
    },
    {
      id: RULES.errors,
      name: 'Errors in logs',
      rule_type_id: '.es-query',
      consumer: 'stackAlerts',
      schedule: { interval: '5m' },
      enabled: false,
      params: {
        searchType: 'esQuery',
        index: ['logs-*'],
        timeField: '@timestamp',
        esQuery: '{"query":{"match":{"level":"error"}}}',
        size: 100,
        timeWindowSize: 5,
        timeWindowUnit: 'm',
        thresholdComparator: '>',
        threshold: [0],
        aggType: 'count',
        groupBy: 'all',
        excludeHitsFromPreviousRun: true,
      },
      actions: [
        {
          id: INDEX_ID,
          connector_type_id: '.index',
          group: 'query matched',
          params: { documents: [{ rule: '{{rule.name}}', hits: '{{context.hits}}' }] },
          frequency: { summary: true, notify_when: 'onThrottleInterval', throttle: '10m' },
          alerts_filter: { query: { kql: 'host.name: web-*', filters: [] }, timeframe: { days: [1, 2, 3, 4, 5], hours: { start: '08:00', end: '18:00' }, timezone: 'Europe/Paris' } },
        },
        {
          id: SLACK_API_ID,
          connector_type_id: '.slack_api',
          group: 'query matched',
          params: { subAction: 'postMessage', subActionParams: { channels: ['#ops'], text: 'Errors: {{context.value}}' } },
          frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null },
        },
      ],
    },
    {
      // aggType avg without aggField: Kibana's validator refuses it, so the typed class would.
      id: RULES.refusedParams,
      name: 'Old threshold',
      rule_type_id: '.index-threshold',
      consumer: 'stackAlerts',
      schedule: { interval: '1m' },
      params: threshold({ aggField: undefined }),
      actions: [],
    },
    {
      id: RULES.legacy,
      name: 'Legacy notify',
      rule_type_id: '.index-threshold',
      consumer: 'stackAlerts',
      schedule: { interval: '1m' },
      notify_when: 'onThrottleInterval',
      throttle: '1h',
      params: threshold(),
      actions: [
        { id: PRECONFIGURED_ALERT_HISTORY.id, connector_type_id: '.index', group: 'threshold met', params: { documents: [{ a: 1 }] } },
      ],
    },
    {
      id: RULES.metrics,
      name: 'Metric threshold',
      rule_type_id: 'metrics.alert.threshold',
      consumer: 'infrastructure',
      schedule: { interval: '1m' },
      params: { criteria: [{ metric: 'system.load.1', comparator: '>', threshold: [4], timeSize: 1, timeUnit: 'm', aggType: 'avg' }], sourceId: 'default' },
      actions: [
        // An unknown key: SlackConnector.action() refuses it, so the action is written untyped.
        {
          id: SLACK_ID,
          connector_type_id: '.slack',
          group: 'metrics.threshold.fired',
          params: { message: 'load', channel: '#x' },
          frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null },
        },
      ],
    },
    { id: RULES.siem, name: 'Detection', rule_type_id: 'siem.queryRule', consumer: 'siem', schedule: { interval: '5m' }, params: { query: 'x' }, actions: [] },
    {
      id: RULES.system,
      name: 'With a case',
      rule_type_id: '.index-threshold',
      consumer: 'stackAlerts',
      schedule: { interval: '1m' },
      params: threshold(),
      actions: [{ id: 'system-connector-.cases', connector_type_id: '.cases', params: { subAction: 'run', subActionParams: {} } }],
    },
    {
      id: RULES.filters,
      name: 'Filtered',
      rule_type_id: '.index-threshold',
      consumer: 'stackAlerts',
      schedule: { interval: '1m' },
      params: threshold(),
      actions: [
        {
          id: SLACK_ID,
          connector_type_id: '.slack',
          group: 'threshold met',
          params: { message: 'x' },
          frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null },
          alerts_filter: { query: { kql: '', filters: [{ meta: {}, query: { match_all: {} } }] } },
        },
      ],
    },
    {
      // Kibana renders an error text in place of this message: the construct refuses it.
      id: RULES.brokenTemplate,
      name: 'Broken template',
      rule_type_id: '.index-threshold',
      consumer: 'stackAlerts',
      schedule: { interval: '1m' },
      params: threshold(),
      actions: [
        { id: SLACK_ID, connector_type_id: '.slack', group: 'threshold met', params: { message: '{{#context.value}}open' }, frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null } },
      ],
    },
    {
      // A group the library's .index-threshold does not have (a newer Kibana might).
      id: RULES.unknownGroup,
      name: 'Unknown group',
      rule_type_id: '.index-threshold',
      consumer: 'stackAlerts',
      schedule: { interval: '1m' },
      params: threshold(),
      actions: [
        { id: SLACK_ID, connector_type_id: '.slack', group: 'threshold warned', params: { message: 'x' }, frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null } },
      ],
    },
    {
      id: RULES.marker,
      name: TOKEN_RULE_NAME,
      rule_type_id: '.index-threshold',
      consumer: 'stackAlerts',
      schedule: { interval: '1m' },
      params: threshold(),
      actions: [],
    },
  ];
  return [
    {
      id: 'default',
      connectors: [
        { id: SLACK_ID, name: 'Ops Slack', connector_type_id: '.slack', config: {}, referenced_by_count: 3 },
        { id: PAGERDUTY_ID, name: 'On call', connector_type_id: '.pagerduty', config: { apiUrl: null } },
        { id: INDEX_ID, name: 'Alert index', connector_type_id: '.index', config: { index: 'alerts', refresh: false, executionTimeField: null } },
        { id: SLACK_API_ID, name: 'Slack bot', connector_type_id: '.slack_api', config: { allowedChannels: [{ id: 'C1', name: '#ops' }] } },
      ],
      rules: defaultRules,
    },
    {
      id: 'ops',
      // The same connector id as in the default space: the rule binds to its own space's.
      connectors: [{ id: SLACK_ID, name: 'Ops team Slack', connector_type_id: '.slack', config: {} }],
      rules: [
        {
          id: RULES.opsLatency,
          name: 'Latency',
          rule_type_id: '.index-threshold',
          consumer: 'stackAlerts',
          schedule: { interval: '2m' },
          params: threshold({ aggField: 'transaction.duration.us', threshold: [500000] }),
          actions: [
            { id: SLACK_ID, connector_type_id: '.slack', group: 'threshold met', params: { message: 'slow' }, frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null } },
            { id: DELETED_CONNECTOR, connector_type_id: '.slack', group: 'threshold met', params: { message: 'gone' }, frequency: { summary: false, notify_when: 'onActiveAlert', throttle: null } },
          ],
        },
        {
          // Kibana stores maxBurnRateThreshold: null for a window that sets none (TPE #1738/#1757): the
          // TypeScript leaves the null out (SloBurnRateRule writes it back), the HCL keeps it.
          id: RULES.sloBurnRate,
          name: 'Checkout burn rate',
          rule_type_id: 'slo.rules.burnRate',
          consumer: 'slo',
          schedule: { interval: '1m' },
          params: {
            sloId: 'checkout-availability',
            windows: [
              { id: 'fast', burnRateThreshold: 14.4, maxBurnRateThreshold: null, longWindow: { value: 1, unit: 'h' }, shortWindow: { value: 5, unit: 'm' }, actionGroup: 'slo.burnRate.alert' },
              { id: 'slow', burnRateThreshold: 6, maxBurnRateThreshold: 168, longWindow: { value: 6, unit: 'h' }, shortWindow: { value: 30, unit: 'm' }, actionGroup: 'slo.burnRate.high' },
            ],
          },
          actions: [
            {
              id: SLACK_ID,
              connector_type_id: '.slack',
              group: 'slo.burnRate.alert',
              params: { message: '{{context.reason}}' },
              frequency: { summary: false, notify_when: 'onActionGroupChange', throttle: null },
            },
          ],
        },
        { id: RULES.customThreshold, name: 'Web errors', rule_type_id: 'observability.rules.custom_threshold', consumer: 'logs', schedule: { interval: '1m' }, params: customThreshold(), actions: [] },
        {
          // An ad hoc data view object: Kibana accepts it, CustomThresholdRule does not type it.
          id: RULES.adHocDataView,
          name: 'Ad hoc data view',
          rule_type_id: 'observability.rules.custom_threshold',
          consumer: 'logs',
          schedule: { interval: '1m' },
          params: customThreshold({ searchConfiguration: { index: { title: 'logs-*', timeFieldName: '@timestamp' }, query: { query: '', language: 'kuery' } } }),
          actions: [],
        },
      ],
    },
  ];
}

/** The rules the importer adopts (all but the security rule, the system action and the query filters). */
export const IMPORTED_RULES = 12;
/** Of those, the rules the TypeScript leaves out: a token marker, a broken template, an unknown group. */
export const RULES_LEFT_OUT_OF_TS = [RULES.marker, RULES.brokenTemplate, RULES.unknownGroup];

export function ruleScenarioOptions(extra: Partial<KibanaDoubleOptions> = {}): KibanaDoubleOptions {
  return { spaces: ruleSpaces(), preconfigured: [PRECONFIGURED_ALERT_HISTORY], version: '9.2.0', ...extra };
}
