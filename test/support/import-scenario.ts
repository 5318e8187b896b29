// A Kibana with the awkward cases the importer must handle: several spaces, preconfigured and
// system connectors, a non-UUID id, the same id in two spaces, names that collide or hold odd
// characters, null config values, an unknown type and an unknown config key. And a hostile one
// (hostileSpaces): strings that Terraform or cdktf would read as code.
import { DoubleConnector, DoubleSpace, KibanaDoubleOptions, PRECONFIGURED_ALERT_HISTORY, SAMPLE_CONNECTOR_TYPES, SYSTEM_CASES } from './kibana-double';

export const ODD_NAME = 'Webhook "prod" ${env} %{x} \\ ünïcode ✓';

export function scenarioSpaces(): DoubleSpace[] {
  return [
    {
      id: 'default',
      name: 'Default',
      connectors: [
        { id: 'ops-slack', name: 'Ops Slack', connector_type_id: '.slack', config: {}, referenced_by_count: 3 },
        { id: '1b4e28ba-2fa1-4d2a-8c3e-000000000001', name: 'Ops Slack', connector_type_id: '.slack', config: {}, referenced_by_count: 0 },
        { id: '1b4e28ba-2fa1-4d2a-8c3e-000000000002', name: 'ops_slack', connector_type_id: '.index', config: { index: 'alerts', refresh: false, executionTimeField: null } },
        {
          id: '1b4e28ba-2fa1-4d2a-8c3e-000000000003',
          name: ODD_NAME,
          connector_type_id: '.webhook',
          referenced_by_count: 1,
          config: { url: 'https://hooks.example.com/in', method: 'post', hasAuth: true, authType: 'webhook-authentication-basic', headers: { 'X-Team': 'a"b${c}' }, verificationMode: 'full', certType: null, ca: null },
        },
        { id: '1b4e28ba-2fa1-4d2a-8c3e-000000000004', name: '123 numeric start', connector_type_id: '.pagerduty', config: { apiUrl: null } },
        {
          id: '1b4e28ba-2fa1-4d2a-8c3e-000000000005',
          name: 'Custom thing',
          connector_type_id: '.my-custom-type',
          config: { a: 1, nested: { 'b': [1, { c: null }], 'odd key': 'x\ny' }, list: ['p', 'q'], empty: {}, none: [] },
        },
        { id: '1b4e28ba-2fa1-4d2a-8c3e-000000000006', name: 'Jira with extra', connector_type_id: '.jira', config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS', futureField: 'x' } },
        {
          id: '1b4e28ba-2fa1-4d2a-8c3e-000000000007',
          name: 'Email',
          connector_type_id: '.email',
          is_missing_secrets: true,
          config: { from: 'alerts@example.com', service: 'other', host: 'smtp.example.com', port: 587, secure: false, hasAuth: true, tenantId: null, clientId: null, oauthTokenUrl: null },
        },
        { id: '1b4e28ba-2fa1-4d2a-8c3e-000000000008', name: 'Default', connector_type_id: '.server-log', config: {} },
        { id: '1b4e28ba-2fa1-4d2a-8c3e-000000000009', name: 'class', connector_type_id: '.server-log', config: {} },
        {
          id: '1b4e28ba-2fa1-4d2a-8c3e-000000000010',
          name: 'OpenAI',
          connector_type_id: '.gen-ai',
          config: { apiProvider: 'OpenAI', apiUrl: 'https://api.openai.com/v1/chat/completions', defaultModel: 'gpt-4.1' },
        },
      ],
    },
    {
      id: 'marketing',
      name: 'Marketing',
      connectors: [
        { id: 'ops-slack', name: 'Ops Slack', connector_type_id: '.slack', config: {}, referenced_by_count: 2 },
        { id: '1b4e28ba-2fa1-4d2a-8c3e-000000000001', name: 'Team Teams', connector_type_id: '.teams', config: {} },
      ],
    },
    { id: 'empty', name: 'Empty', connectors: [] },
  ];
}

export const SCENARIO_IMPORTABLE = 13;

export function scenarioOptions(extra: Partial<KibanaDoubleOptions> = {}): KibanaDoubleOptions {
  return {
    spaces: scenarioSpaces(),
    preconfigured: [PRECONFIGURED_ALERT_HISTORY],
    systemActions: [SYSTEM_CASES],
    connectorTypes: SAMPLE_CONNECTOR_TYPES,
    ...extra,
  };
}

/** The value given to the victim's secret variable when hostile output is evaluated. */
export const VICTIM_SECRET = 'victim-webhook-secret';
/** The variable that holds the victim connector's secret. */
export const VICTIM_VARIABLE = 'victim__webhook_url';
const REF = '${var.' + VICTIM_VARIABLE + '}';
const DIRECTIVE = '%{ if true }x%{ endif }';
/** A connector whose id, name and type id hold terminal control and bidi characters. */
export const CONTROL = { id: 'ctl-\u001b]0;title\u0007', name: 'red \u001b[31m alert \u202egnp.exe\u009b2J', type: '.my-\u001b[2J-type' };
/** cdktf's own token marker syntax, as any connector creator can type it. */
export const TOKEN_MARKER = '${TfToken[TOKEN.1]}';
/** A number cdktf reads as an encoded number token (index 1), as JSON can carry it. */
export const NUMBER_TOKEN = -8.10956221259138e+298;

/**
 * A Kibana whose connectors were made by someone hostile: names, ids and config holding
 * Terraform templates, cdktf token markers, `__proto__` keys, JavaScript member names and
 * terminal control characters. Every string must come out exactly as data.
 */
export function hostileSpaces(): DoubleSpace[] {
  // JSON.parse, so that `__proto__` keys are own properties, as in Kibana's answer.
  const j = JSON.stringify;
  const generic = JSON.parse(`{"__proto__": {"polluted": "yes"}, "s": ${j(REF)}, "d": ${j(DIRECTIVE)}, `
    + `"both": ${j('a ' + REF + ' b ' + DIRECTIVE + ' c $${d} %%{e} $ % {} ${ %{')}, ${j(REF)}: "a key holding a reference", `
    + `"nested": {"list": ${j([REF, DIRECTIVE, 1, null, true])}, "deep": {"__proto__": "nested proto", "k": ${j('$' + REF)}}}}`);
  const headers = JSON.parse(`{"__proto__": "proto header", "X-Ref": ${JSON.stringify(REF)}, "X-Directive": ${JSON.stringify(DIRECTIVE)}}`);
  const connectors: DoubleConnector[] = [
    { id: 'victim', name: 'Victim', connector_type_id: '.slack', config: {} },
    { id: 'name-ref', name: `leak ${REF}`, connector_type_id: '.server-log', config: {} },
    { id: 'name-directive', name: `directive ${DIRECTIVE}`, connector_type_id: '.server-log', config: {} },
    { id: `id-${REF}`, name: 'Id with a reference', connector_type_id: '.server-log', config: {} },
    { id: `id-${DIRECTIVE}`, name: 'Id with a directive', connector_type_id: '.server-log', config: {} },
    { id: 'cfg-typed', name: 'Typed config', connector_type_id: '.webhook', config: { url: 'https://hooks.example.com/in', method: 'post', hasAuth: false, headers } },
    { id: 'cfg-generic', name: 'Generic config', connector_type_id: '.my-custom-type', config: generic },
    { id: 'token-config', name: 'Token in config', connector_type_id: '.my-custom-type', config: { s: `leak ${TOKEN_MARKER}` } },
    { id: 'token-name', name: `Token ${TOKEN_MARKER} in name`, connector_type_id: '.server-log', config: {} },
    { id: `token-id-${TOKEN_MARKER}`, name: 'Token in id', connector_type_id: '.server-log', config: {} },
    { id: 'token-key', name: 'Token in a key', connector_type_id: '.my-custom-type', config: { nested: { [TOKEN_MARKER]: 'v' } } },
    { id: 'token-number', name: 'Number token', connector_type_id: '.my-custom-type', config: { n: NUMBER_TOKEN } },
    { id: 'token-number-text', name: 'Number token text', connector_type_id: '.my-custom-type', config: { s: `n ${NUMBER_TOKEN}` } },
    { id: 'token-list', name: 'List token', connector_type_id: '.my-custom-type', config: { s: '#{TfToken[TOKEN.1]}' } },
    { id: 'js-constructor', name: 'constructor', connector_type_id: '.server-log', config: {} },
    { id: 'js-tostring', name: 'toString', connector_type_id: '.server-log', config: {} },
    { id: 'js-proto', name: '__proto__', connector_type_id: '.server-log', config: {} },
    { id: 'js-hasownproperty', name: 'hasOwnProperty', connector_type_id: '.server-log', config: {} },
    { id: 'js-valueof', name: 'valueOf', connector_type_id: '.server-log', config: {} },
    { id: CONTROL.id, name: CONTROL.name, connector_type_id: CONTROL.type, config: {} },
  ];
  return [{ id: 'default', name: 'Default', connectors }];
}

/** Connectors of hostileSpaces() that the TypeScript output must refuse (cdktf markers). */
export const HOSTILE_TS_REFUSED = ['token-config', 'token-name', `token-id-${TOKEN_MARKER}`, 'token-key', 'token-number', 'token-number-text', 'token-list'];
