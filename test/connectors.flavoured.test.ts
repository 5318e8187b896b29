import { App, TerraformStack, TerraformVariable } from 'cdktf';
import * as lib from '../src';
import { requires, TERRAFORM } from './support/requirements';
import { connectors, newStack, scratchDir, synthError, synthJson } from './support/synth';
import { evaluateExpressions } from './support/terraform';
import { loadModel } from '../generator/connectors/load';
import { FieldModel } from '../generator/connectors/model';
import { CONNECTOR_TYPES } from '../src/connectors/registry';

// Every typed construct is built from the `example` of its catalog entry (generator/catalog/), and
// its config and secrets JSON is checked against the fields of the model: Kibana's keys, the
// example's values, and the defaults the construct sends. A value { "$sensitive": "<name>" } in an
// example stands for a sensitive Terraform variable; `SECRET` is the value Terraform gets for it.
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

/** Replaces every { "$sensitive": name } marker by `secret(name)`. */
function withSecrets(value: unknown, secret: (name: string) => string): any {
  if (Array.isArray(value)) return value.map((v) => withSecrets(v, secret));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '$sensitive') return secret((value as { $sensitive: string }).$sensitive);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSecrets(v, secret)]));
}

/**
 * The default the construct sends for a field when no Kibana version is set (the newest Kibana):
 * its one default, or the first of its defaults without `until` whose conditions hold.
 */
/** Whether a fact holds for the newest Kibana: no versions, or a range without `until`. */
const holdsNewest = (v: { ranges: Array<{ until?: string }> } | undefined) => !v || v.ranges.some((r) => r.until === undefined);

function newestDefault(f: FieldModel, fields: FieldModel[], given: Record<string, unknown> | undefined): unknown {
  if (!f.sendDefault) return undefined;
  if (!f.defaults) return holdsNewest(f.versions) ? f.default : undefined;
  const valueOf = (property: string): unknown => {
    const other = fields.find((x) => x.property === property)!;
    return given?.[property] ?? newestDefault(other, fields, given);
  };
  return f.defaults.find((d) => holdsNewest(d.versions) && d.conditions.every((c) => {
    const v = valueOf(c.property);
    return c.op === 'not' ? v !== undefined && v !== c.values[0] : c.values.includes(v);
  }))?.value;
}

/** Kibana's JSON for a section of an example: Kibana keys, the example's values, defaults the construct sends. */
function expectedSection(fields: FieldModel[], given: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const value = given?.[f.property] ?? newestDefault(f, fields, given);
    if (value !== undefined) out[f.key] = withSecrets(value, () => SECRET);
  }
  return out;
}

// The generator's model of the committed inputs (parse and model steps only: no ts-morph to load).
const MODEL = loadModel();

/** One example per typed construct, from the catalog. */
const CATALOG_EXAMPLES: Example[] = MODEL.connectors.filter((c) => c.typed).map((c) => {
  const example = c.example!;
  const firstRequired = [...c.config.map((f) => ['config', f] as const), ...c.secrets.map((f) => ['secrets', f] as const)]
    .find(([section, f]) => f.required && example[section]?.[f.property] !== undefined);
  return {
    title: `${c.constructName} (catalog example of ${c.typeId})`,
    construct: c.constructName,
    props: (secret: string) => withSecrets(example, () => secret),
    config: expectedSection(c.config, example.config),
    secrets: expectedSection(c.secrets, example.secrets),
    missing: firstRequired && {
      path: `${firstRequired[0]}.${firstRequired[1].property}`,
      message: `${firstRequired[0]}.${firstRequired[1].property} is required`,
    },
  };
});

// Other modes of some types, written by hand with the JSON Kibana expects.
const MODES: Example[] = [
  {
    title: 'Email over Microsoft Exchange',
    construct: 'EmailConnector',
    props: (s) => ({ name: 'Exchange', config: { from: 'alerts@example.com', service: lib.EmailService.EXCHANGE_SERVER, tenantId: 'tenant-1', clientId: 'client-1' }, secrets: { clientSecret: s } }),
    config: { from: 'alerts@example.com', service: 'exchange_server', hasAuth: true, tenantId: 'tenant-1', clientId: 'client-1' },
    secrets: { clientSecret: SECRET },
    missing: { path: 'secrets.clientSecret', message: 'secrets.clientSecret is required when config.service is "exchange_server"' },
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
    title: 'Webhook without auth',
    construct: 'WebhookConnector',
    props: () => ({ name: 'Open hook', config: { url: 'https://hooks.example.com/open', method: lib.WebhookMethod.PUT, hasAuth: false } }),
    config: { url: 'https://hooks.example.com/open', method: 'put', hasAuth: false },
    secrets: {},
    missing: { path: 'config.url', message: 'config.url is required' },
  },
];

const EXAMPLES: Example[] = [...CATALOG_EXAMPLES, ...MODES];

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
  test('every generated construct has a catalog example, and the catalog model is what src/connectors/ was generated from', () => {
    const generated = Object.values(CONNECTOR_TYPES).map((t) => t.constructName).sort();
    expect(CATALOG_EXAMPLES.map((e) => e.construct).sort()).toEqual(generated);
    expect(MODEL.connectors.map((c) => c.typeId)).toEqual(Object.keys(CONNECTOR_TYPES));
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
    expect(error).toContain('[rules/cases] one of secrets.user, secrets.crt, secrets.pfx, secrets.clientSecret, secrets.secretHeaders is required when config.hasAuth is true');
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

requires(TERRAFORM)('generated constructs, evaluated by the real Terraform CLI', () => {
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

// ---------------------------------------------------------------------------------------------
// Kibana versions (context key kibanaVersion) and Kibana's own rules, on real synth. One test per
// rule family: since, until, forbidden combinations, value rules, version-dependent defaults.

/** A stack whose app targets `version` (undefined: the newest Kibana), with a provider. */
function targeting(version?: string): TerraformStack {
  const app = new App({ outdir: scratchDir('kc-target-'), stackTraces: false, context: version ? { kibanaVersion: version } : undefined });
  const stack = new TerraformStack(app, 'test');
  new lib.provider.ElasticstackProvider(stack, 'elasticstack', {});
  return stack;
}

/** The synthesized `config` text of one connector (the jsonencode() expression users see in cdk.tf.json). */
const configOf = (stack: TerraformStack, id: string): string => connectors(synthJson(stack))[id].config;

describe('Kibana versions and Kibana\'s own rules', () => {
  const target = (v: string) => `the target Kibana ${v} (context key "kibanaVersion")`;

  test('since: a field, an enum value or a type newer than the target fails synth with path and field', () => {
    const stack = targeting('9.1.0');
    new lib.WebhookConnector(stack, 'hook', {
      name: 'Hook',
      config: { url: 'https://hooks.example.com/a', method: lib.WebhookMethod.DELETE, authType: lib.WebhookAuthType.OAUTH2_CLIENT_CREDENTIALS, accessTokenUrl: 'https://idp.example.com/token', clientId: 'c' },
      secrets: { clientSecret: 's', secretHeaders: { 'X-Key': 'k' } },
    });
    new lib.OpenAiConnector(stack, 'ai', { name: 'AI', config: { apiProvider: lib.OpenAiProvider.OPENAI, apiUrl: 'https://api.openai.com/v1', temperature: 0.2 }, secrets: { apiKey: 'k' } });
    new lib.InferenceConnector(stack, 'inf', { name: 'I', config: { provider: 'openai', taskType: lib.InferenceTaskType.CHAT_COMPLETION, inferenceId: 'x' } });
    const error = synthError(stack)!;
    expect(error).toContain(`[test/hook] config.method is "delete", which ${target('9.1.0')} does not accept: the value needs Kibana 9.3.0 and later`);
    expect(error).toContain(`[test/hook] config.authType is "webhook-oauth2-client-credentials", which ${target('9.1.0')} does not accept: the value needs Kibana 9.2.0 and later`);
    for (const field of ['config.accessTokenUrl', 'config.clientId', 'secrets.clientSecret', 'secrets.secretHeaders']) {
      expect(error).toContain(`[test/hook] ${field} is not accepted by ${target('9.1.0')}: the field needs Kibana 9.2.0 and later`);
    }
    expect(error).toContain(`[test/ai] config.temperature is not accepted by ${target('9.1.0')}: the field needs Kibana 9.3.0 and later`);

    const old = targeting('8.15');
    new lib.InferenceConnector(old, 'inf', { name: 'I', config: { provider: 'openai', taskType: lib.InferenceTaskType.CHAT_COMPLETION, inferenceId: 'x' } });
    expect(synthError(old)).toContain(`[test/inf] connector type .inference is not accepted by ${target('8.15.0')}: it needs Kibana 8.16 and later`);

    const newer = targeting('9.3.0');
    new lib.WebhookConnector(newer, 'hook', { name: 'Hook', config: { url: 'https://hooks.example.com/a', method: lib.WebhookMethod.DELETE, hasAuth: false }, secrets: { secretHeaders: { 'X-Key': 'k' } } });
    expect(synthError(newer)).toBeUndefined();
  });

  test('since 9.4.0: the query-parameter auth type is refused by 9.3.0, accepted by 9.4.0 and the newest Kibana', () => {
    const props = { name: 'Hook', config: { url: 'https://hooks.example.com/a', authType: lib.WebhookAuthType.QUERY_PARAM } };
    const newest = targeting();
    new lib.WebhookConnector(newest, 'hook', props);
    expect(synthError(newest)).toBeUndefined();
    const from = targeting('9.4.0');
    new lib.WebhookConnector(from, 'hook', props);
    expect(synthError(from)).toBeUndefined();
    const released = targeting('9.3.0');
    new lib.WebhookConnector(released, 'hook', props);
    expect(synthError(released)).toContain('[test/hook] config.authType is "http-authentication-query-param", which the target Kibana 9.3.0 (context key "kibanaVersion") does not accept: the value needs Kibana 9.4.0 and later');
  });

  test('a rule with several ranges: Azure OpenAI refuses defaultModel in 9.3.0, accepts it again in 9.3.1 (a backport) and the newest Kibana', () => {
    const azure = { name: 'Azure', config: { apiProvider: lib.OpenAiProvider.AZURE_OPENAI, apiUrl: 'https://x.openai.azure.com/openai', defaultModel: 'gpt-4o' }, secrets: { apiKey: 'k' } };
    const before = targeting('9.3.0');
    new lib.OpenAiConnector(before, 'ai', azure);
    expect(synthError(before)).toContain('[test/ai] config.defaultModel must not be set when config.apiProvider is "Azure OpenAI"');
    for (const version of ['9.3.1', undefined]) {
      const ok = targeting(version);
      new lib.OpenAiConnector(ok, 'ai', azure);
      expect(synthError(ok)).toBeUndefined();
    }
  });

  test('forbidden: xMatters user/password without basic auth, ServiceNow OAuth fields without isOAuth and the reverse, cases-webhook OAuth', () => {
    const stack = targeting();
    new lib.XmattersConnector(stack, 'xm', { name: 'x', config: { usesBasic: false }, secrets: { secretsUrl: 'https://x.example.com/t', user: 'u', password: 'p' } });
    new lib.ServiceNowItsmConnector(stack, 'sn', { name: 's', config: { apiUrl: 'https://dev.service-now.com', clientId: 'c' }, secrets: { username: 'u', password: 'p', clientSecret: 's' } });
    new lib.ServiceNowItomConnector(stack, 'itom', {
      name: 'i',
      config: { apiUrl: 'https://dev.service-now.com', isOAuth: true, clientId: 'c', userIdentifierValue: 'u', jwtKeyId: 'k' },
      secrets: { clientSecret: 's', privateKey: 'k', username: 'u' },
    });
    new lib.CasesWebhookConnector(stack, 'cases', {
      name: 'c',
      config: {
        createIncidentUrl: 'https://t.example.com/i',
        createIncidentJson: '{}',
        createIncidentResponseKey: 'id',
        readIncidentUrl: 'https://t.example.com/i/{{{external.system.id}}}',
        readIncidentResponseExternalTitleKey: 'title',
        viewIncidentUrl: 'https://t.example.com/v',
        updateIncidentUrl: 'https://t.example.com/u',
        updateIncidentJson: '{}',
        authType: lib.WebhookAuthType.OAUTH2_CLIENT_CREDENTIALS,
      },
    });
    const error = synthError(stack)!;
    expect(error).toContain('[test/xm] secrets.user must not be set when config.usesBasic is false');
    expect(error).toContain('[test/xm] secrets.password must not be set when config.usesBasic is false');
    expect(error).toContain('[test/sn] config.clientId must not be set when config.isOAuth is false');
    expect(error).toContain('[test/sn] secrets.clientSecret must not be set when config.isOAuth is false');
    expect(error).toContain('[test/itom] secrets.username must not be set when config.isOAuth is true');
    expect(error).toContain('[test/cases] config.authType is "webhook-oauth2-client-credentials"; expected one of "webhook-authentication-basic", "webhook-authentication-ssl", "http-authentication-query-param"');
  });

  test('value rule: the webhook\'s additionalFields must be JSON text of a non-empty object', () => {
    const oauth = (additionalFields: string) => ({
      name: 'Hook',
      config: { url: 'https://hooks.example.com/a', authType: lib.WebhookAuthType.OAUTH2_CLIENT_CREDENTIALS, accessTokenUrl: 'https://idp.example.com/token', clientId: 'c', additionalFields },
      secrets: { clientSecret: 's' },
    });
    const stack = targeting();
    new lib.WebhookConnector(stack, 'list', oauth('["a"]'));
    new lib.WebhookConnector(stack, 'empty', oauth('{}'));
    new lib.WebhookConnector(stack, 'text', oauth('audience=api'));
    const error = synthError(stack)!;
    expect(error).toContain('[test/list] config.additionalFields is JSON text of an array; Kibana expects a non-empty object');
    expect(error).toContain('[test/empty] config.additionalFields is JSON text of an empty object; Kibana expects a non-empty object');
    expect(error).toContain('[test/text] config.additionalFields is not JSON text; Kibana expects the JSON text of a non-empty object, such as \'{"audience":"api"}\'');
    const ok = targeting();
    new lib.WebhookConnector(ok, 'hook', oauth('{"audience":"api"}'));
    expect(synthError(ok)).toBeUndefined();
  });

  test('version-dependent defaults: the construct sends the default the target Kibana stores', () => {
    const bedrock = { name: 'B', config: { apiUrl: 'https://bedrock.example.com' }, secrets: { accessKey: 'a', secret: 's' } };
    const gemini = { name: 'G', config: { apiUrl: 'https://g.example.com', gcpRegion: 'r', gcpProjectID: 'p' }, secrets: { credentialsJson: '{}' } };
    const openai = { name: 'O', config: { apiProvider: lib.OpenAiProvider.OPENAI, apiUrl: 'https://api.openai.com/v1' }, secrets: { apiKey: 'k' } };
    const cases: Array<[string | undefined, string, string, string]> = [
      [undefined, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'gemini-2.5-pro', 'gpt-4.1'],
      ['9.0.0', 'anthropic.claude-3-5-sonnet-20240620-v1:0', 'gemini-1.5-pro-002', 'gpt-4o'],
      ['9.1.0', 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', 'gemini-2.5-pro', 'gpt-4.1'],
      ['8.15.0', 'anthropic.claude-3-5-sonnet-20240620-v1:0', 'gemini-1.5-pro-001', 'gpt-4'],
    ];
    for (const [version, bedrockModel, geminiModel, openaiModel] of cases) {
      const stack = targeting(version);
      new lib.BedrockConnector(stack, 'b', bedrock);
      new lib.GeminiConnector(stack, 'g', gemini);
      new lib.OpenAiConnector(stack, 'o', openai);
      new lib.OpenAiConnector(stack, 'other', { name: 'X', config: { apiProvider: lib.OpenAiProvider.AZURE_OPENAI, apiUrl: 'https://x.openai.azure.com/openai' }, secrets: { apiKey: 'k' } });
      expect([version, configOf(stack, 'b')]).toEqual([version, expect.stringContaining(`"defaultModel" = "${bedrockModel}"`)]);
      expect([version, configOf(stack, 'g')]).toEqual([version, expect.stringContaining(`"defaultModel" = "${geminiModel}"`)]);
      expect([version, configOf(stack, 'o')]).toEqual([version, expect.stringContaining(`"defaultModel" = "${openaiModel}"`)]);
      expect(configOf(stack, 'other')).not.toContain('defaultModel');
    }
  });

  test('version-dependent default: authType basic is sent when hasAuth is true and authType unset (newest Kibana stores it)', () => {
    const hook = { name: 'Hook', config: { url: 'https://hooks.example.com/a' }, secrets: { user: 'u', password: 'p' } };
    const newest = targeting();
    new lib.WebhookConnector(newest, 'hook', hook);
    new lib.WebhookConnector(newest, 'open', { name: 'Open', config: { url: 'https://hooks.example.com/a', hasAuth: false } });
    expect(configOf(newest, 'hook')).toContain('"authType" = "webhook-authentication-basic"');
    expect(configOf(newest, 'open')).not.toContain('authType');
    const released = targeting('9.3.0');
    new lib.WebhookConnector(released, 'hook', hook);
    expect(configOf(released, 'hook')).not.toContain('authType');
  });

  test('one missing webhook password is one message', () => {
    const stack = targeting();
    new lib.WebhookConnector(stack, 'hook', { name: 'Hook', config: { url: 'https://hooks.example.com/a', authType: lib.WebhookAuthType.BASIC }, secrets: { user: 'u' } });
    const lines = synthError(stack)!.split('\n').filter((l) => l.includes('secrets.password'));
    expect(lines).toEqual(['  [test/hook] secrets.password is required when config.hasAuth is true and config.authType is "webhook-authentication-basic" (Kibana accepts this when the connector is created, but the connector can only fail when it runs)']);
  });

  test('first versions checked against Kibana: Torq needs 8.7 (PR #149405), the EDR types 8.12 and 8.18, Opsgenie 8.6', () => {
    const torq = { name: 'Torq', config: { webhookIntegrationUrl: 'https://hooks.torq.io/v1/webhooks/abc' }, secrets: { token: 't' } };
    const before = targeting('8.6.0');
    new lib.TorqConnector(before, 'torq', torq);
    expect(synthError(before)).toContain(`[test/torq] connector type .torq is not accepted by ${target('8.6.0')}: it needs Kibana 8.7 and later`);
    const from = targeting('8.7.0');
    new lib.TorqConnector(from, 'torq', torq);
    expect(synthError(from)).toBeUndefined();
    expect(configOf(from, 'torq')).toContain('https://hooks.torq.io/v1/webhooks/abc');
    // The EU host came later (elastic/kibana#212563: 8.17.4 within 8.17, and 9.1.0 on).
    const eu = { ...torq, config: { webhookIntegrationUrl: 'https://hooks.eu.torq.io/v1/webhooks/abc' } };
    for (const [version, accepted] of [['8.7.0', false], ['8.17.4', true], ['9.1.0', true]] as const) {
      const stack = targeting(version);
      new lib.TorqConnector(stack, 'torq', eu);
      expect(`${version}: ${synthError(stack) === undefined}`).toBe(`${version}: ${accepted}`);
    }

    const edr = targeting('8.11.0');
    new lib.SentinelOneConnector(edr, 's1', { name: 'S1', config: { url: 'https://usea1.sentinelone.net' }, secrets: { token: 't' } });
    new lib.OpsgenieConnector(edr, 'genie', { name: 'Genie', config: { apiUrl: 'https://api.opsgenie.com' }, secrets: { apiKey: 'k' } });
    const error = synthError(edr)!;
    expect(error).toContain(`[test/s1] connector type .sentinelone is not accepted by ${target('8.11.0')}: it needs Kibana 8.12 and later`);
    expect(error).not.toContain('test/genie');
    expect(lib.MicrosoftDefenderEndpointConnector.FIRST_KIBANA_VERSION).toBe('8.18');
  });

  test('value rule urlHostIn: Torq accepts only Kibana\'s Torq hosts (hooks.torq.io, hooks.eu.torq.io, localhost); the message shows the host, not the URL', () => {
    const stack = targeting('9.2.0');
    const torq = (id: string, url: string) => new lib.TorqConnector(stack, id, { name: id, config: { webhookIntegrationUrl: url }, secrets: { token: 't' } });
    torq('us', 'https://hooks.torq.io/v1/webhooks/abc');
    torq('eu', 'https://hooks.eu.torq.io/v1/webhooks/abc');
    torq('local', 'http://localhost:8080/hook');
    torq('other', 'https://torq.attacker.example/v1/webhooks/secret-path');
    const error = synthError(stack)!;
    expect(error).toContain('[test/other] config.webhookIntegrationUrl has the host "torq.attacker.example"; Kibana accepts only hooks.torq.io, hooks.eu.torq.io, localhost');
    expect(error).not.toMatch(/test\/(us|eu|local)\]/);
    expect(error).not.toContain('secret-path');
  });
});
