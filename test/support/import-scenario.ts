// A Kibana with the awkward cases the importer must handle: several spaces, preconfigured and
// system connectors, a non-UUID id, the same id in two spaces, names that collide or hold odd
// characters, null config values, an unknown type and an unknown config key.
import { DoubleSpace, KibanaDoubleOptions, PRECONFIGURED_ALERT_HISTORY, SAMPLE_CONNECTOR_TYPES, SYSTEM_CASES } from './kibana-double';

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
