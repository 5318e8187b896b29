import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, TerraformVariable } from 'cdktf';
import * as lib from '../src';
import { connectors, newStack, synthError, synthJson } from './support/synth';
import { evaluateExpressions, terraformAvailable } from './support/terraform';
import { CONNECTOR_TYPES } from '../src/connectors/registry';

// One realistic example per generated construct (several for types with modes): the props a user
// writes, and the config and secrets JSON Kibana's API expects for them, defaults included.
// `SECRET` stands for a sensitive Terraform variable; it must reach the JSON as its value.
const SECRET = 'S3cr"et\\${x}%{y}';

interface Example {
  readonly title: string;
  readonly construct: string;
  readonly props: (secret: string) => Record<string, any>;
  readonly config: Record<string, unknown>;
  readonly secrets: Record<string, unknown>;
  /** A required field to leave out, and the message synth must give. */
  readonly missing?: { path: string; message: string };
}

const CASE_JSON = '{"fields": {"summary": "{{{case.title}}}", "description": "{{{case.description}}}"}}';

const EXAMPLES: Example[] = [
  {
    title: 'Amazon Bedrock',
    construct: 'BedrockConnector',
    props: (s) => ({ name: 'Bedrock', config: { apiUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com' }, secrets: { accessKey: 'AKIAIOSFODNN7EXAMPLE', secret: s } }),
    config: { apiUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com', defaultModel: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
    secrets: { accessKey: 'AKIAIOSFODNN7EXAMPLE', secret: SECRET },
    missing: { path: 'config.apiUrl', message: 'config.apiUrl is required' },
  },
  {
    title: 'Webhook - Case Management',
    construct: 'CasesWebhookConnector',
    props: (s) => ({
      name: 'Tickets',
      config: {
        createIncidentUrl: 'https://tickets.example.com/api/issues',
        createIncidentJson: CASE_JSON,
        createIncidentResponseKey: 'id',
        readIncidentUrl: 'https://tickets.example.com/api/issues/{{{external.system.id}}}',
        readIncidentResponseExternalTitleKey: 'key',
        viewIncidentUrl: 'https://tickets.example.com/browse/{{{external.system.title}}}',
        updateIncidentUrl: 'https://tickets.example.com/api/issues/{{{external.system.id}}}',
        updateIncidentJson: CASE_JSON,
        headers: { 'Content-Type': 'application/json' },
        authType: lib.WebhookAuthType.BASIC,
      },
      secrets: { user: 'kibana', password: s },
    }),
    config: {
      createIncidentUrl: 'https://tickets.example.com/api/issues',
      createIncidentMethod: 'post',
      createIncidentJson: CASE_JSON,
      createIncidentResponseKey: 'id',
      getIncidentUrl: 'https://tickets.example.com/api/issues/{{{external.system.id}}}',
      getIncidentResponseExternalTitleKey: 'key',
      viewIncidentUrl: 'https://tickets.example.com/browse/{{{external.system.title}}}',
      updateIncidentUrl: 'https://tickets.example.com/api/issues/{{{external.system.id}}}',
      updateIncidentMethod: 'put',
      updateIncidentJson: CASE_JSON,
      createCommentMethod: 'put',
      headers: { 'Content-Type': 'application/json' },
      hasAuth: true,
      authType: 'webhook-authentication-basic',
    },
    secrets: { user: 'kibana', password: SECRET },
    missing: { path: 'config.readIncidentUrl', message: 'config.readIncidentUrl is required' },
  },
  {
    title: 'CrowdStrike',
    construct: 'CrowdStrikeConnector',
    props: (s) => ({ name: 'Falcon', config: { url: 'https://api.crowdstrike.com' }, secrets: { clientId: 'client-1', clientSecret: s } }),
    config: { url: 'https://api.crowdstrike.com' },
    secrets: { clientId: 'client-1', clientSecret: SECRET },
    missing: { path: 'secrets.clientSecret', message: 'secrets.clientSecret is required' },
  },
  {
    title: 'D3 Security',
    construct: 'D3SecurityConnector',
    props: (s) => ({ name: 'D3', config: { url: 'https://d3.example.com/VSOC/api/data/event' }, secrets: { token: s } }),
    config: { url: 'https://d3.example.com/VSOC/api/data/event' },
    secrets: { token: SECRET },
    missing: { path: 'config.url', message: 'config.url is required' },
  },
  {
    title: 'Email over SMTP',
    construct: 'EmailConnector',
    props: (s) => ({ name: 'Mail', config: { from: 'alerts@example.com', host: 'smtp.example.com', port: 587, secure: false }, secrets: { user: 'alerts', password: s } }),
    config: { from: 'alerts@example.com', service: 'other', host: 'smtp.example.com', port: 587, secure: false, hasAuth: true },
    secrets: { user: 'alerts', password: SECRET },
    missing: { path: 'config.from', message: 'config.from is required' },
  },
  {
    title: 'Email over Microsoft Exchange',
    construct: 'EmailConnector',
    props: (s) => ({ name: 'Exchange', config: { from: 'alerts@example.com', service: lib.EmailService.EXCHANGE_SERVER, tenantId: 'tenant-1', clientId: 'client-1' }, secrets: { clientSecret: s } }),
    config: { from: 'alerts@example.com', service: 'exchange_server', hasAuth: true, tenantId: 'tenant-1', clientId: 'client-1' },
    secrets: { clientSecret: SECRET },
    missing: { path: 'secrets.clientSecret', message: 'secrets.clientSecret is required when config.service is "exchange_server"' },
  },
  {
    title: 'Google Gemini',
    construct: 'GeminiConnector',
    props: () => ({ name: 'Gemini', config: { apiUrl: 'https://us-central1-aiplatform.googleapis.com', gcpRegion: 'us-central1', gcpProjectID: 'my-project' }, secrets: { credentialsJson: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nabc\\n"}' } }),
    config: { apiUrl: 'https://us-central1-aiplatform.googleapis.com', defaultModel: 'gemini-2.5-pro', gcpRegion: 'us-central1', gcpProjectID: 'my-project' },
    secrets: { credentialsJson: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nabc\\n"}' },
    missing: { path: 'config.gcpProjectID', message: 'config.gcpProjectID is required' },
  },
  {
    title: 'OpenAI',
    construct: 'OpenAiConnector',
    props: (s) => ({ name: 'OpenAI', config: { apiProvider: lib.OpenAiProvider.OPENAI, apiUrl: 'https://api.openai.com/v1/chat/completions', defaultModel: 'gpt-4.1' }, secrets: { apiKey: s } }),
    config: { apiProvider: 'OpenAI', apiUrl: 'https://api.openai.com/v1/chat/completions', defaultModel: 'gpt-4.1' },
    secrets: { apiKey: SECRET },
    missing: { path: 'secrets.apiKey', message: 'secrets.apiKey is required when config.apiProvider is "OpenAI" or "Azure OpenAI"' },
  },
  {
    title: 'Azure OpenAI',
    construct: 'OpenAiConnector',
    props: (s) => ({ name: 'Azure', config: { apiProvider: lib.OpenAiProvider.AZURE_OPENAI, apiUrl: 'https://my.openai.azure.com/openai/deployments/gpt4/chat/completions?api-version=2024-06-01' }, secrets: { apiKey: s } }),
    config: { apiProvider: 'Azure OpenAI', apiUrl: 'https://my.openai.azure.com/openai/deployments/gpt4/chat/completions?api-version=2024-06-01' },
    secrets: { apiKey: SECRET },
    missing: { path: 'config.apiProvider', message: 'config.apiProvider is required' },
  },
  {
    title: 'OpenAI-compatible service (Other)',
    construct: 'OpenAiConnector',
    props: (s) => ({ name: 'Local LLM', config: { apiProvider: lib.OpenAiProvider.OTHER, apiUrl: 'https://llm.internal.example.com/v1/chat/completions', defaultModel: 'llama-3.3-70b', headers: { 'X-Team': 'sre' } }, secrets: { apiKey: s } }),
    config: { apiProvider: 'Other', apiUrl: 'https://llm.internal.example.com/v1/chat/completions', defaultModel: 'llama-3.3-70b', headers: { 'X-Team': 'sre' } },
    secrets: { apiKey: SECRET },
    missing: { path: 'config.defaultModel', message: 'config.defaultModel is required when config.apiProvider is "Other"' },
  },
  {
    title: 'Index',
    construct: 'IndexConnector',
    props: () => ({ name: 'Alert history', config: { index: 'alert-history', executionTimeField: '@timestamp' } }),
    config: { index: 'alert-history', refresh: false, executionTimeField: '@timestamp' },
    secrets: {},
    missing: { path: 'config.index', message: 'config.index is required' },
  },
  {
    title: 'AI connector (inference endpoint)',
    construct: 'InferenceConnector',
    props: (s) => ({ name: 'AI', config: { provider: 'openai', taskType: lib.InferenceTaskType.CHAT_COMPLETION, inferenceId: 'openai-chat', providerConfig: { model_id: 'gpt-4o' } }, secrets: { providerSecrets: { api_key: s } } }),
    config: { provider: 'openai', taskType: 'chat_completion', inferenceId: 'openai-chat', providerConfig: { model_id: 'gpt-4o' }, taskTypeConfig: {} },
    secrets: { providerSecrets: { api_key: SECRET } },
    missing: { path: 'config.inferenceId', message: 'config.inferenceId is required' },
  },
  {
    title: 'Jira',
    construct: 'JiraConnector',
    props: (s) => ({ name: 'Jira', config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS' }, secrets: { email: 'bot@example.com', apiToken: s } }),
    config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS' },
    secrets: { email: 'bot@example.com', apiToken: SECRET },
    missing: { path: 'config.projectKey', message: 'config.projectKey is required' },
  },
  {
    title: 'Jira Service Management',
    construct: 'JiraServiceManagementConnector',
    props: (s) => ({ name: 'JSM', config: { apiUrl: 'https://api.atlassian.com' }, secrets: { apiKey: s } }),
    config: { apiUrl: 'https://api.atlassian.com' },
    secrets: { apiKey: SECRET },
    missing: { path: 'secrets.apiKey', message: 'secrets.apiKey is required' },
  },
  {
    title: 'MCP',
    construct: 'McpConnector',
    props: (s) => ({ name: 'MCP', config: { serverUrl: 'https://mcp.example.com/mcp', authType: lib.McpAuthType.BEARER }, secrets: { token: s } }),
    config: { serverUrl: 'https://mcp.example.com/mcp', hasAuth: true, authType: 'bearer' },
    secrets: { token: SECRET },
    missing: { path: 'secrets.token', message: 'secrets.token is required when config.authType is "bearer"' },
  },
  {
    title: 'Microsoft Defender for Endpoint',
    construct: 'MicrosoftDefenderEndpointConnector',
    props: (s) => ({
      name: 'Defender',
      config: { clientId: 'client-1', tenantId: 'tenant-1', oAuthServerUrl: 'https://login.microsoftonline.com', oAuthScope: 'https://securitycenter.onmicrosoft.com/.default', apiUrl: 'https://api.securitycenter.microsoft.com' },
      secrets: { clientSecret: s },
    }),
    config: { clientId: 'client-1', tenantId: 'tenant-1', oAuthServerUrl: 'https://login.microsoftonline.com', oAuthScope: 'https://securitycenter.onmicrosoft.com/.default', apiUrl: 'https://api.securitycenter.microsoft.com' },
    secrets: { clientSecret: SECRET },
    missing: { path: 'config.oAuthScope', message: 'config.oAuthScope is required' },
  },
  {
    title: 'Opsgenie',
    construct: 'OpsgenieConnector',
    props: (s) => ({ name: 'Opsgenie', config: { apiUrl: 'https://api.eu.opsgenie.com' }, secrets: { apiKey: s } }),
    config: { apiUrl: 'https://api.eu.opsgenie.com' },
    secrets: { apiKey: SECRET },
    missing: { path: 'config.apiUrl', message: 'config.apiUrl is required' },
  },
  {
    title: 'PagerDuty',
    construct: 'PagerDutyConnector',
    props: (s) => ({ name: 'PagerDuty', secrets: { routingKey: s } }),
    config: {},
    secrets: { routingKey: SECRET },
    missing: { path: 'secrets.routingKey', message: 'secrets.routingKey is required' },
  },
  {
    title: 'IBM Resilient',
    construct: 'ResilientConnector',
    props: (s) => ({ name: 'Resilient', config: { apiUrl: 'https://resilient.example.com', orgId: '201' }, secrets: { apiKeyId: 'key-1', apiKeySecret: s } }),
    config: { apiUrl: 'https://resilient.example.com', orgId: '201' },
    secrets: { apiKeyId: 'key-1', apiKeySecret: SECRET },
    missing: { path: 'config.orgId', message: 'config.orgId is required' },
  },
  {
    title: 'SentinelOne',
    construct: 'SentinelOneConnector',
    props: (s) => ({ name: 'S1', config: { url: 'https://usea1.sentinelone.net' }, secrets: { token: s } }),
    config: { url: 'https://usea1.sentinelone.net' },
    secrets: { token: SECRET },
    missing: { path: 'secrets.token', message: 'secrets.token is required' },
  },
  {
    title: 'Server log',
    construct: 'ServerLogConnector',
    props: () => ({ name: 'Log' }),
    config: {},
    secrets: {},
  },
  {
    title: 'ServiceNow ITOM with OAuth',
    construct: 'ServiceNowItomConnector',
    props: (s) => ({ name: 'ITOM', config: { apiUrl: 'https://dev123.service-now.com', isOAuth: true, clientId: 'c1', userIdentifierValue: 'kibana@example.com', jwtKeyId: 'k1' }, secrets: { clientSecret: s, privateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----' } }),
    config: { apiUrl: 'https://dev123.service-now.com', isOAuth: true, userIdentifierValue: 'kibana@example.com', clientId: 'c1', jwtKeyId: 'k1' },
    secrets: { clientSecret: SECRET, privateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----' },
    missing: { path: 'config.jwtKeyId', message: 'config.jwtKeyId is required when config.isOAuth is true' },
  },
  {
    title: 'ServiceNow ITSM',
    construct: 'ServiceNowItsmConnector',
    props: (s) => ({ name: 'ITSM', config: { apiUrl: 'https://dev123.service-now.com' }, secrets: { username: 'kibana', password: s } }),
    config: { apiUrl: 'https://dev123.service-now.com', isOAuth: false, usesTableApi: true },
    secrets: { username: 'kibana', password: SECRET },
    missing: { path: 'secrets.password', message: 'secrets.password is required when config.isOAuth is false' },
  },
  {
    title: 'ServiceNow SecOps',
    construct: 'ServiceNowSecOpsConnector',
    props: (s) => ({ name: 'SecOps', config: { apiUrl: 'https://dev123.service-now.com', usesTableApi: false }, secrets: { username: 'kibana', password: s } }),
    config: { apiUrl: 'https://dev123.service-now.com', isOAuth: false, usesTableApi: false },
    secrets: { username: 'kibana', password: SECRET },
    missing: { path: 'config.apiUrl', message: 'config.apiUrl is required' },
  },
  {
    title: 'Slack API',
    construct: 'SlackApiConnector',
    props: (s) => ({ name: 'Slack bot', config: { allowedChannels: [{ id: 'C0123456789', name: 'ops-alerts' }, { name: 'general' }] }, secrets: { token: s } }),
    config: { allowedChannels: [{ id: 'C0123456789', name: 'ops-alerts' }, { name: 'general' }] },
    secrets: { token: SECRET },
    missing: { path: 'secrets.token', message: 'secrets.token is required' },
  },
  {
    title: 'Slack webhook',
    construct: 'SlackConnector',
    props: (s) => ({ name: 'Slack', secrets: { webhookUrl: s } }),
    config: {},
    secrets: { webhookUrl: SECRET },
    missing: { path: 'secrets.webhookUrl', message: 'secrets.webhookUrl is required' },
  },
  {
    title: 'Swimlane',
    construct: 'SwimlaneConnector',
    props: (s) => ({
      name: 'Swimlane',
      config: {
        apiUrl: 'https://swimlane.example.com',
        appId: 'aBcDeF',
        connectorType: lib.SwimlaneConnectorType.ALL,
        mappings: { ruleNameConfig: { id: 'a1', key: 'rule-name', name: 'Rule name', fieldType: 'text' }, commentsConfig: { id: 'a2', key: 'comments', name: 'Comments', fieldType: 'comments' } },
      },
      secrets: { apiToken: s },
    }),
    config: {
      apiUrl: 'https://swimlane.example.com',
      appId: 'aBcDeF',
      connectorType: 'all',
      mappings: { ruleNameConfig: { id: 'a1', key: 'rule-name', name: 'Rule name', fieldType: 'text' }, commentsConfig: { id: 'a2', key: 'comments', name: 'Comments', fieldType: 'comments' } },
    },
    secrets: { apiToken: SECRET },
    missing: { path: 'config.mappings', message: 'config.mappings is required' },
  },
  {
    title: 'Microsoft Teams',
    construct: 'TeamsConnector',
    props: (s) => ({ name: 'Teams', secrets: { webhookUrl: s } }),
    config: {},
    secrets: { webhookUrl: SECRET },
    missing: { path: 'secrets.webhookUrl', message: 'secrets.webhookUrl is required' },
  },
  {
    title: 'TheHive',
    construct: 'TheHiveConnector',
    props: (s) => ({ name: 'TheHive', config: { url: 'https://thehive.example.com', organisation: 'soc' }, secrets: { apiKey: s } }),
    config: { url: 'https://thehive.example.com', organisation: 'soc' },
    secrets: { apiKey: SECRET },
    missing: { path: 'config.url', message: 'config.url is required' },
  },
  {
    title: 'Tines',
    construct: 'TinesConnector',
    props: (s) => ({ name: 'Tines', config: { url: 'https://example.tines.com' }, secrets: { email: 'bot@example.com', token: s } }),
    config: { url: 'https://example.tines.com' },
    secrets: { email: 'bot@example.com', token: SECRET },
    missing: { path: 'secrets.email', message: 'secrets.email is required' },
  },
  {
    title: 'Torq',
    construct: 'TorqConnector',
    props: (s) => ({ name: 'Torq', config: { webhookIntegrationUrl: 'https://hooks.torq.io/v1/webhooks/abc' }, secrets: { token: s } }),
    config: { webhookIntegrationUrl: 'https://hooks.torq.io/v1/webhooks/abc' },
    secrets: { token: SECRET },
    missing: { path: 'config.webhookIntegrationUrl', message: 'config.webhookIntegrationUrl is required' },
  },
  {
    title: 'Webhook with basic auth',
    construct: 'WebhookConnector',
    props: (s) => ({ name: 'Hook', config: { url: 'https://hooks.example.com/alerts', headers: { 'Content-Type': 'application/json' }, authType: lib.WebhookAuthType.BASIC }, secrets: { user: 'kibana', password: s } }),
    config: { url: 'https://hooks.example.com/alerts', method: 'post', headers: { 'Content-Type': 'application/json' }, hasAuth: true, authType: 'webhook-authentication-basic' },
    secrets: { user: 'kibana', password: SECRET },
    missing: { path: 'secrets.password', message: 'secrets.password is required when config.hasAuth is true and config.authType is "webhook-authentication-basic"' },
  },
  {
    title: 'Webhook without auth',
    construct: 'WebhookConnector',
    props: () => ({ name: 'Open hook', config: { url: 'https://hooks.example.com/open', method: lib.WebhookMethod.PUT, hasAuth: false } }),
    config: { url: 'https://hooks.example.com/open', method: 'put', hasAuth: false },
    secrets: {},
    missing: { path: 'config.url', message: 'config.url is required' },
  },
  {
    title: 'xMatters with basic auth',
    construct: 'XmattersConnector',
    props: (s) => ({ name: 'xMatters', config: { configUrl: 'https://example.xmatters.com/api/integration/1/functions/abc/triggers' }, secrets: { user: 'kibana', password: s } }),
    config: { configUrl: 'https://example.xmatters.com/api/integration/1/functions/abc/triggers', usesBasic: true },
    secrets: { user: 'kibana', password: SECRET },
    missing: { path: 'config.configUrl', message: 'config.configUrl is required when config.usesBasic is true' },
  },
  {
    title: 'XSOAR',
    construct: 'XsoarConnector',
    props: (s) => ({ name: 'XSOAR', config: { url: 'https://xsoar.example.com' }, secrets: { apiKey: s, apiKeyID: '7' } }),
    config: { url: 'https://xsoar.example.com' },
    secrets: { apiKey: SECRET, apiKeyID: '7' },
    missing: { path: 'secrets.apiKey', message: 'secrets.apiKey is required' },
  },
];

const constructOf = (name: string): any => (lib as any)[name];

function without(props: Record<string, any>, missing: string): Record<string, any> {
  const [section, field] = missing.split('.');
  const copy = { ...props, [section]: { ...props[section] } };
  delete copy[section][field];
  return copy;
}

function build(stack: TerraformStack, id: string, example: Example, props?: Record<string, any>): void {
  const secret = new TerraformVariable(stack, `${id}_secret`, { type: 'string', sensitive: true }).stringValue;
  new (constructOf(example.construct))(stack, id, props ?? example.props(secret));
}

describe('generated constructs', () => {
  test('every generated construct has at least one example, and every example a construct', () => {
    const generated = Object.values(CONNECTOR_TYPES).map((t) => t.constructName).sort();
    expect([...new Set(EXAMPLES.map((e) => e.construct))].sort()).toEqual(generated);
    for (const info of Object.values(CONNECTOR_TYPES)) {
      const cls = constructOf(info.constructName);
      expect(cls).toBeDefined();
      expect(cls.prototype).toBeInstanceOf(lib.KibanaConnector);
      expect(cls.CONNECTOR_TYPE_ID).toBe(info.typeId);
      expect(typeof cls.MINIMUM_LICENSE).toBe('string');
      expect(Array.isArray(cls.SUPPORTED_FEATURES)).toBe(true);
      expect(cls.FIRST_KIBANA_VERSION).toMatch(/^\d+\.(\d+|x)$/);
    }
  });

  test('the README table lists every generated construct', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    for (const info of Object.values(CONNECTOR_TYPES)) {
      expect(readme).toContain(`| \`${info.typeId}\` | \`${info.constructName}\` |`);
    }
  });

  test('each example synthesizes with its type id and no validation error', () => {
    const stack = newStack('examples');
    EXAMPLES.forEach((e, i) => build(stack, `c${i}`, e));
    const resources = connectors(synthJson(stack));
    EXAMPLES.forEach((e, i) => {
      expect(resources[`c${i}`].connector_type_id).toBe(constructOf(e.construct).CONNECTOR_TYPE_ID);
      expect(resources[`c${i}`].name).toBe(e.props('x').name);
    });
  });

  const withMissing = EXAMPLES.filter((e) => e.missing);
  test.each(withMissing.map((e) => [e.title, e] as const))('%s: leaving out a required field fails synth, naming path and field', (_title, e) => {
    const stack = newStack('missing');
    build(stack, 'conn', e, without(e.props('dummy-secret'), e.missing!.path));
    const error = synthError(stack);
    expect(error).toContain(`[missing/conn] ${e.missing!.message}`);
  });

  test('a required config struct that is missing altogether is named', () => {
    const stack = newStack('nocfg');
    new lib.JiraConnector(stack, 'jira', { name: 'j', secrets: { email: 'a@example.com', apiToken: 't' } } as any);
    expect(synthError(stack)).toContain('[nocfg/jira] config is required');
  });

  test('enum values, URLs, numbers, struct items and unknown keys are checked; secret values are never echoed', () => {
    const stack = newStack('checks');
    new lib.WebhookConnector(stack, 'hook', { name: 'h', config: { url: 'not a url', method: 'TRACE' as any, hasAuth: false, authType: lib.WebhookAuthType.BASIC, urll: 'x' } as any });
    new lib.EmailConnector(stack, 'mail', { name: 'm', config: { from: 'a@example.com', host: 'smtp', port: 70000 }, secrets: { user: 'u', password: 'hunter2-do-not-echo' } });
    new lib.SlackApiConnector(stack, 'slack', { name: 's', config: { allowedChannels: [{ id: 'C1' } as any] }, secrets: { token: 'xoxb-do-not-echo' } });
    new lib.SlackConnector(stack, 'bad_url', { name: 's', secrets: { webhookUrl: 'hooks.slack.com/services/do-not-echo' } });
    const error = synthError(stack)!;
    expect(error).toContain('[checks/hook] config.url is not an absolute http(s) URL');
    expect(error).toContain('[checks/hook] config.method is "TRACE"; expected one of "post", "put", "patch", "get", "delete"');
    expect(error).toContain('[checks/hook] config.authType must not be set when config.hasAuth is false');
    expect(error).toContain('[checks/hook] config.urll is not a field of this connector type (Kibana rejects unknown fields)');
    expect(error).toContain('[checks/mail] config.port is 70000; expected 1 to 65535');
    expect(error).toContain('[checks/slack] config.allowedChannels[0].name is required');
    expect(error).toContain('[checks/bad_url] secrets.webhookUrl is not an absolute http(s) URL');
    expect(error).not.toContain('do-not-echo');
  });

  test('rules between fields: secret shapes, fields of another mode, conditional requirements', () => {
    const stack = newStack('rules');
    new lib.WebhookConnector(stack, 'two_shapes', { name: 'w', config: { url: 'https://h.example.com' }, secrets: { user: 'u', password: 'p', crt: 'c', key: 'k' } });
    new lib.WebhookConnector(stack, 'half_cert', { name: 'w', config: { url: 'https://h.example.com' }, secrets: { crt: 'c' } });
    new lib.WebhookConnector(stack, 'oauth', { name: 'w', config: { url: 'https://h.example.com', authType: lib.WebhookAuthType.OAUTH2_CLIENT_CREDENTIALS } });
    new lib.OpenAiConnector(stack, 'azure', { name: 'a', config: { apiProvider: lib.OpenAiProvider.AZURE_OPENAI, apiUrl: 'https://a.example.com', organizationId: 'org' }, secrets: { apiKey: 'k' } });
    new lib.XmattersConnector(stack, 'xm', { name: 'x', config: { usesBasic: false, configUrl: 'https://x.example.com' }, secrets: {} });
    new lib.CasesWebhookConnector(stack, 'cases', {
      name: 'c',
      config: {
        createIncidentUrl: 'https://t.example.com',
        createIncidentJson: '{}',
        createIncidentResponseKey: 'id',
        readIncidentUrl: 'https://t.example.com/1',
        readIncidentResponseExternalTitleKey: 'key',
        viewIncidentUrl: 'https://t.example.com/v',
        updateIncidentUrl: 'https://t.example.com/1',
        updateIncidentJson: '{}',
        createIncidentMethod: lib.WebhookMethod.DELETE,
      },
    });
    const error = synthError(stack)!;
    expect(error).toContain('[rules/two_shapes] only one of secrets.user, secrets.crt, secrets.pfx, secrets.clientSecret may be given; got secrets.user, secrets.crt');
    expect(error).toContain('[rules/half_cert] secrets.crt and secrets.key must be given together (missing: secrets.key)');
    expect(error).toContain('[rules/oauth] config.accessTokenUrl is required when config.hasAuth is true and config.authType is "webhook-oauth2-client-credentials"');
    expect(error).toContain('[rules/oauth] secrets.clientSecret is required when config.hasAuth is true and config.authType is "webhook-oauth2-client-credentials"');
    expect(error).toContain('[rules/azure] config.organizationId must not be set when config.apiProvider is not "OpenAI"');
    expect(error).toContain('[rules/xm] secrets.secretsUrl is required when config.usesBasic is false');
    expect(error).toContain('[rules/xm] config.configUrl must not be set when config.usesBasic is false');
    expect(error).toContain('[rules/cases] config.createIncidentMethod is "delete"; expected one of "post", "put"');
    expect(error).toContain('[rules/cases] one of secrets.user, secrets.crt, secrets.pfx, secrets.clientSecret is required when config.hasAuth is true');
  });

  test('rules between fields skip tokens; a token where a literal is required counts as given', () => {
    const stack = newStack('tokens');
    const flag = new TerraformVariable(stack, 'oauth', { type: 'bool' });
    const url = new TerraformVariable(stack, 'url', { type: 'string' });
    new lib.ServiceNowItsmConnector(stack, 'sn', { name: 'n', config: { apiUrl: url.stringValue, isOAuth: flag.booleanValue as any } });
    new lib.EmailConnector(stack, 'mail', { name: 'm', config: { from: 'a@example.com', service: url.stringValue as any, hasAuth: false } });
    expect(synthError(stack)).toBeUndefined();
  });

  test('the static params() helper builds a rule action params object without unset fields', () => {
    expect(lib.PagerDutyConnector.params({ eventAction: lib.PagerDutyEventAction.TRIGGER, summary: '{{context.message}}', severity: lib.PagerDutySeverity.CRITICAL, links: [{ href: 'https://example.com', text: 'runbook' }] }))
      .toEqual({ eventAction: 'trigger', summary: '{{context.message}}', severity: 'critical', links: [{ href: 'https://example.com', text: 'runbook' }] });
    expect(lib.ServerLogConnector.params({ message: 'hi' })).toEqual({ message: 'hi' });
  });
});

(terraformAvailable ? describe : describe.skip)('generated constructs, evaluated by the real Terraform CLI', () => {
  test('config and secrets of every example are exactly the JSON Kibana expects', () => {
    const stack = newStack('eval');
    EXAMPLES.forEach((e, i) => build(stack, `c${i}`, e));
    const resources = connectors(synthJson(stack));
    const expressions: Record<string, string> = {};
    const variables: Record<string, { type: string; value: unknown }> = {};
    EXAMPLES.forEach((_e, i) => {
      expressions[`c${i}_config`] = resources[`c${i}`].config;
      expressions[`c${i}_secrets`] = resources[`c${i}`].secrets;
      variables[`c${i}_secret`] = { type: 'string', value: SECRET };
    });
    const values = evaluateExpressions(expressions, variables);
    EXAMPLES.forEach((e, i) => {
      const got = { title: e.title, config: JSON.parse(values[`c${i}_config`] as string), secrets: JSON.parse(values[`c${i}_secrets`] as string) };
      expect(got).toEqual({ title: e.title, config: e.config, secrets: e.secrets });
    });
  });
});
