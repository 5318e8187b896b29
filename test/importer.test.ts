import * as fs from 'fs';
import * as path from 'path';
import { ConnectorTypeInfo } from '../src/connector-type-info';
import { ODD_NAME, SCENARIO_IMPORTABLE, scenarioOptions } from './support/import-scenario';
import { requiresTest, TERRAFORM } from './support/requirements';
import { scratchDir } from './support/synth';
import { terraformFmt } from './support/terraform';
import { PACKAGE_NAME } from '../src/flavour';
import { findCdktfMarker } from '../src/importer/cdktf-markers';
import { emitHcl } from '../src/importer/emit-hcl';
import { emitTypeScript } from '../src/importer/emit-ts';
import { baseName, NameAllocator, snakeCase } from '../src/importer/names';
import { ConnectorTypeRegistry, NameOverrideError, planImport, SecretProbe, SpaceConnectors } from '../src/importer/plan';
import { buildReport, formatReport } from '../src/importer/report';

function info(typeId: string, constructName: string, configFields: string[], secretFields: string[], required: string[]): ConnectorTypeInfo {
  return { typeId, constructName, configFields, secretFields, requiredSecretFields: required, typed: true };
}

/** A small registry, independent of the generated one. */
const REGISTRY: ConnectorTypeRegistry = {
  '.slack': info('.slack', 'SlackConnector', [], ['webhookUrl'], ['webhookUrl']),
  '.index': info('.index', 'IndexConnector', ['index', 'refresh', 'executionTimeField'], [], []),
  '.webhook': info('.webhook', 'WebhookConnector', ['url', 'method', 'headers', 'hasAuth', 'authType', 'certType', 'ca', 'verificationMode'], ['user', 'password', 'crt', 'key', 'pfx'], []),
  '.jira': info('.jira', 'JiraConnector', ['apiUrl', 'projectKey'], ['email', 'apiToken'], ['email', 'apiToken']),
};

function scenario(): SpaceConnectors[] {
  const opts = scenarioOptions();
  return opts.spaces!.map((s) => ({ spaceId: s.id, connectors: [...opts.preconfigured!, ...opts.systemActions!, ...s.connectors] }));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('names', () => {
  test('snake case from display names and Kibana keys', () => {
    expect(snakeCase('webhookUrl')).toBe('webhook_url');
    expect(snakeCase('apiKeyID')).toBe('api_key_id');
    expect(snakeCase('gcpProjectID')).toBe('gcp_project_id');
    expect(snakeCase('Ops Slack #2')).toBe('ops_slack_2');
    expect(snakeCase('Crème brûlée!')).toBe('creme_brulee');
    expect(snakeCase('HTTPServer')).toBe('http_server');
  });

  test('base names are valid identifiers', () => {
    expect(baseName(ODD_NAME)).toBe('webhook_prod_env_x_unicode');
    expect(baseName('123 go')).toBe('c_123_go');
    expect(baseName('🔥🔥')).toBe('connector');
    expect(baseName('x'.repeat(300)).length).toBeLessThanOrEqual(60);
    expect(baseName('a  __  b')).toBe('a_b');
  });

  test('allocation dedupes deterministically around taken names', () => {
    const a = new NameAllocator();
    expect(a.reserve('ops_2')).toBe(true);
    expect(a.reserve('ops_2')).toBe(false);
    expect(['ops', 'ops', 'ops', 'ops_3'].map((n) => a.allocate(n))).toEqual(['ops', 'ops_3', 'ops_4', 'ops_3_2']);
  });
});

describe('planImport', () => {
  test('skips preconfigured connectors and system actions with reasons, in every space', () => {
    const plan = planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    expect(plan.connectors).toHaveLength(SCENARIO_IMPORTABLE);
    expect(plan.skipped.map((s) => `${s.spaceId}/${s.connectorId}: ${s.reason.split(' (')[0]}`)).toEqual([
      'default/preconfigured-alert-history-es-index: preconfigured in kibana.yml',
      'default/system-connector-.cases: system action',
      'empty/preconfigured-alert-history-es-index: preconfigured in kibana.yml',
      'empty/system-connector-.cases: system action',
      'marketing/preconfigured-alert-history-es-index: preconfigured in kibana.yml',
      'marketing/system-connector-.cases: system action',
    ]);
  });

  test('names: readable, unique across spaces, valid; the same id in two spaces is two connectors', () => {
    const plan = planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    const names = plan.connectors.map((c) => c.resourceName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z_][a-z0-9_]*$/);
    const byKey = Object.fromEntries(plan.connectors.map((c) => [`${c.spaceId}/${c.connectorId}`, c.resourceName]));
    expect(byKey['default/1b4e28ba-2fa1-4d2a-8c3e-000000000001']).toBe('ops_slack');
    expect(byKey['default/ops-slack']).toBe('ops_slack_2');
    expect(byKey['default/1b4e28ba-2fa1-4d2a-8c3e-000000000002']).toBe('ops_slack_3');
    expect(byKey['marketing/ops-slack']).toBe('ops_slack_4');
    expect(byKey['marketing/1b4e28ba-2fa1-4d2a-8c3e-000000000001']).toBe('team_teams');
    expect(byKey['default/1b4e28ba-2fa1-4d2a-8c3e-000000000004']).toBe('c_123_numeric_start');
    expect(plan.connectors.map((c) => c.spaceId)).toEqual([...plan.connectors.map((c) => c.spaceId)].sort());
  });

  test('typed construct when every config key is a field; KibanaConnector otherwise, with the reason', () => {
    const plan = planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    const get = (name: string) => plan.connectors.find((c) => c.resourceName === name)!;
    expect(get('ops_slack').constructName).toBe('SlackConnector');
    expect(get('ops_slack_3')).toMatchObject({ constructName: 'IndexConnector', config: { index: 'alerts', refresh: false }, droppedNullConfig: ['executionTimeField'] });
    expect(get('jira_with_extra')).toMatchObject({ constructName: undefined, fallbackReason: 'config keys futureField are not fields of JiraConnector' });
    expect(get('custom_thing')).toMatchObject({ constructName: undefined, fallbackReason: 'no typed construct for .my-custom-type', secretFieldsUnknown: true });
    // A type known to the registry still gets its secret variables under KibanaConnector.
    expect(get('jira_with_extra').variables.map((v) => v.name)).toEqual(['jira_with_extra__email', 'jira_with_extra__api_token']);
  });

  test('with an empty registry every connector falls back, and secrets are left for the user', () => {
    const plan = planImport(scenario(), { registry: {}, tokenMarkers: findCdktfMarker });
    expect(plan.connectors.every((c) => c.constructName === undefined && c.secretFieldsUnknown && c.variables.length === 0)).toBe(true);
    const ts = emitTypeScript(plan);
    expect(ts).not.toContain('TerraformVariable');
    expect(ts).toContain('secrets: {},');
  });

  test('required secrets become variables; optional ones are listed; a probe adds conditionally required ones', () => {
    const probe: SecretProbe = (input) => (input.constructName === 'WebhookConnector' && input.config.authType === 'webhook-authentication-basic'
      ? { required: [{ field: 'user', condition: 'basic auth' }, { field: 'password', condition: 'basic auth' }], problems: ['config.x is odd'] }
      : { required: [], problems: [] });
    const plan = planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker, secretProbe: probe });
    const hook = plan.connectors.find((c) => c.displayName === ODD_NAME)!;
    expect(hook.variables.map((v) => [v.name, v.field])).toEqual([['webhook_prod_env_x_unicode__user', 'user'], ['webhook_prod_env_x_unicode__password', 'password']]);
    expect(hook.variables[0].description).toMatch(/required when basic auth$/);
    expect(hook.optionalSecretFields).toEqual(['crt', 'key', 'pfx']);
    expect(hook.constructName).toBeUndefined();
    expect(hook.fallbackReason).toBe('WebhookConnector rejects this config: config.x is odd');
    const slack = plan.connectors.find((c) => c.resourceName === 'ops_slack_4')!;
    expect(slack.variables).toEqual([{ name: 'ops_slack_4__webhook_url', field: 'webhookUrl', property: 'webhookUrl', description: expect.stringContaining('(marketing/ops-slack, .slack)') }]);
  });

  test('a connector named like the provider construct gets another name', () => {
    const plan = planImport([{ spaceId: 'default', connectors: [{ id: 'e', name: 'Elasticstack', connector_type_id: '.index', config: { index: 'i' } }] }], { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    expect(plan.connectors[0].resourceName).toBe('elasticstack_2');
  });

  test('typed constructs get struct property names where they differ from Kibana keys; HCL keeps Kibana keys', () => {
    const registry: ConnectorTypeRegistry = { '.t': info('.t', 'TConnector', ['getUrl', 'plain'], ['apiKey'], ['apiKey']) };
    const renames = { '.t': { config: { getUrl: 'readUrl' }, secrets: { apiKey: 'apiKeyValue' } } };
    const plan = planImport([{ spaceId: 'default', connectors: [{ id: 'a', name: 'T', connector_type_id: '.t', config: { getUrl: 'https://u', plain: 1 } }] }], { registry, propertyRenames: renames, tokenMarkers: findCdktfMarker });
    expect(plan.connectors[0].constructConfig).toEqual({ readUrl: 'https://u', plain: 1 });
    expect(plan.connectors[0].variables[0]).toMatchObject({ field: 'apiKey', property: 'apiKeyValue', name: 't__api_key' });
    const ts = emitTypeScript(plan);
    expect(ts).toContain('readUrl: "https://u",');
    expect(ts).toContain('apiKeyValue: secret("t__api_key"');
    const hcl = emitHcl(plan);
    expect(hcl).toContain('"getUrl" = "https://u"');
    expect(hcl).toContain('"apiKey" = var.t__api_key');
  });

  test('connector_id and provider context keys are never written into config', () => {
    const plan = planImport([{ spaceId: 'default', connectors: [{ id: 'x', name: 'X', connector_type_id: '.index', config: { index: 'i', connector_id: 'x', __tf_provider_context: '.index' } }] }], { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    expect(plan.connectors[0].config).toEqual({ index: 'i' });
  });

  test('duplicates in the input are reported once', () => {
    const dup = { id: 'x', name: 'X', connector_type_id: '.index', config: { index: 'i' } };
    const plan = planImport([{ spaceId: 'default', connectors: [dup] }, { spaceId: 'default', connectors: [dup] }], { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    expect(plan.connectors).toHaveLength(1);
    expect(plan.warnings).toEqual(['connector default/x appears more than once in the input; the first one is used']);
  });

  test('name overrides: applied first, generated names step around them; bad ones rejected with the key', () => {
    const overrides = { 'marketing/ops-slack': 'ops_slack', 'default/ops-slack': 'legacy_ops' };
    const plan = planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker, nameOverrides: { ...overrides, 'default/gone': 'gone' } });
    const byKey = Object.fromEntries(plan.connectors.map((c) => [`${c.spaceId}/${c.connectorId}`, c.resourceName]));
    expect(byKey['marketing/ops-slack']).toBe('ops_slack');
    expect(byKey['default/ops-slack']).toBe('legacy_ops');
    expect(byKey['default/1b4e28ba-2fa1-4d2a-8c3e-000000000001']).toBe('ops_slack_2');
    expect(plan.warnings).toEqual(['name override "default/gone" matches no connector of the input']);

    const bad = (nameOverrides: Record<string, unknown>): NameOverrideError => {
      try {
        planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker, nameOverrides });
      } catch (e) {
        return e as NameOverrideError;
      }
      throw new Error('expected a NameOverrideError');
    };
    expect(bad({ 'default/ops-slack': 'Ops Slack' })).toMatchObject({ key: 'default/ops-slack', message: expect.stringMatching(/"Ops Slack" must be lowercase letters/) });
    expect(bad({ 'default/ops-slack': 'a__b' }).message).toMatch(/must not contain "__"/);
    expect(bad({ 'default/ops-slack': 7 }).message).toMatch(/must be a string/);
    expect(bad({ 'default/ops-slack': 'elasticstack' }).message).toMatch(/is reserved/);
    expect(bad({ 'no-slash': 'x' }).message).toMatch(/keys are "<space_id>\/<connector_id>"/);
    expect(bad({ 'default/ops-slack': 'same', 'marketing/ops-slack': 'same' })).toMatchObject({ key: 'marketing/ops-slack', message: expect.stringMatching(/already given to another connector/) });
  });

  test('the report holds one entry per connector, with skip and fallback reasons and variables', () => {
    const report = buildReport(planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker }));
    expect(report.summary).toEqual({ imported: SCENARIO_IMPORTABLE, skipped: 6, typed: 5, fallback: 8, variables: 5 });
    expect(report.connectors).toHaveLength(SCENARIO_IMPORTABLE + 6);
    expect(report.connectors.find((e) => e.id === 'ops-slack' && e.space === 'default')).toMatchObject({
      type: '.slack', name: 'Ops Slack', referenced_by_count: 3, status: 'imported', resource: 'elasticstack_kibana_action_connector.ops_slack_2', construct: 'SlackConnector', variables: ['ops_slack_2__webhook_url'],
    });
    expect(report.connectors.find((e) => e.id === 'system-connector-.cases')).toMatchObject({ status: 'skipped', skip_reason: expect.stringMatching(/^system action/) });
    const text = formatReport(report, 3);
    expect(text).toMatch(/^imported 13 connector\(s\) \(5 typed, 8 KibanaConnector\), skipped 6, 5 sensitive variable\(s\) to supply/);
    expect(text).toMatch(/\.\.\. \d+ more line\(s\)/);
  });
});

describe('emitters', () => {
  test('same input in any order gives byte-identical TypeScript and HCL', () => {
    const a = planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    const mixed = shuffled(scenario(), 7).map((s) => ({ ...s, connectors: shuffled(s.connectors, 11) }));
    const b = planImport(mixed, { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    expect(emitTypeScript(b)).toBe(emitTypeScript(a));
    expect(emitHcl(b)).toBe(emitHcl(a));
  });

  test('TypeScript: typed constructs with cast config, KibanaConnector fallbacks, import ids, variables', () => {
    const ts = emitTypeScript(planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker }), { packageName: '../src' });
    expect(ts).toContain('import { IndexConnector, KibanaConnector, provider, SlackConnector, WebhookConnector } from "../src";');
    expect(ts).toContain('} as ConfigOf<typeof IndexConnector>,');
    expect(ts).toContain('connectors.ops_slack_2.importFrom("ops-slack");');
    expect(ts).toContain('secret("ops_slack__webhook_url", ');
    expect(ts).toContain('    class: new KibanaConnector(scope, "class", {');
    // A known type the typed construct refuses opts out of KibanaConnector's check of that type; a type
    // without a typed construct is not checked by KibanaConnector: nothing to opt out of.
    const block = (name: string) => ts.slice(ts.indexOf(`    ${name}: new `), ts.indexOf('    }),', ts.indexOf(`    ${name}: new `)));
    expect(block('jira_with_extra')).toContain('skipTypeValidation: true,');
    expect(block('class')).toContain('connectorTypeId: ".server-log",');
    expect(block('class')).not.toContain('skipTypeValidation');
    expect(ts).toContain('name: "Webhook \\"prod\\" ${env} %{x} \\\\ ünïcode ✓",');
    expect(ts).not.toMatch(/connector_id|connectorId:/);
    expect(ts).toMatch(/^\/\/ Sensitive variables to supply/m);
  });

  test('the TypeScript writer refuses a plan made without cdktf\'s token marker rule (a plan for HCL)', () => {
    const hclPlan = planImport(scenario(), { registry: REGISTRY });
    expect(hclPlan.tokenMarkersChecked).toBe(false);
    expect(() => emitTypeScript(hclPlan)).toThrow('emitTypeScript needs a plan made with tokenMarkers (findCdktfMarker of ./cdktf-markers.ts)');
    expect(emitHcl(hclPlan)).toBe(emitHcl(planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker })));
  });

  test('nothing to import: valid, nearly empty output', () => {
    const plan = planImport([{ spaceId: 'default', connectors: [] }], { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    const ts = emitTypeScript(plan);
    expect(ts).toContain('export interface ImportedConnectors {\n}');
    expect(ts).not.toMatch(/TerraformVariable|ConfigOf/);
    expect(emitHcl(plan)).toMatch(/^# Generated by .*\n# Review it.*\n# 0 connector\(s\) imported, 0 skipped .*\n\nterraform \{\n(.*\n)+\}\n$/);
    expect(emitHcl(plan, { requiredProviders: false })).toMatch(/^# Generated by .*\n# Review it.*\n# 0 connector\(s\) imported, 0 skipped .*\n$/);
  });

  test('comments cannot be broken out of by names with line breaks', () => {
    const plan = planImport([{ spaceId: 'default', connectors: [{ id: 'a', name: 'evil\u2028name\nimport x', connector_type_id: '.jira', config: { apiUrl: 'https://x', projectKey: 'K' } }] }], { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    const ts = emitTypeScript(plan);
    // Every piece of the name after a line break stays inside a comment or a string literal.
    for (const line of ts.split(/\r\n|\n|\r|\u2028|\u2029/)) if (line.includes('import x')) expect(line).toMatch(/^\/\/|"/);
    const hcl = emitHcl(plan);
    for (const line of hcl.split('\n')) if (line.includes('import x')) expect(line).toMatch(/^#|"/);
  });

  test('HCL: import blocks match resource blocks; ids and names are quoted exactly', () => {
    const plan = planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker });
    const hcl = emitHcl(plan);
    const tos = [...hcl.matchAll(/^ {2}to = elasticstack_kibana_action_connector\.(\w+)$/gm)].map((m) => m[1]);
    const resources = [...hcl.matchAll(/^resource "elasticstack_kibana_action_connector" "(\w+)" \{$/gm)].map((m) => m[1]);
    expect(tos).toEqual(resources);
    expect(tos).toHaveLength(SCENARIO_IMPORTABLE);
    expect(hcl).toContain('  id = "default/ops-slack"\n');
    expect(hcl).toContain('  name              = "Webhook \\"prod\\" $${env} %%{x} \\\\ ünïcode ✓"\n');
    expect(hcl).toContain('"X-Team" = "a\\"b$${c}"');
    expect(hcl).toMatch(/variable "ops_slack__webhook_url" \{\n {2}type {8}= string\n {2}sensitive {3}= true\n/);
    expect(hcl).not.toContain('connector_id');
  });

  requiresTest(TERRAFORM)('HCL passes terraform fmt -check as emitted', () => {
    const dir = scratchDir('kc-hcl-');
    const extra: SpaceConnectors = {
      spaceId: 'zz',
      connectors: [{ id: 'id/with${odd}%{chars}', name: 'Nested', connector_type_id: '.x', config: { deep: { 'list': [[1, 2], [], [{ a: { b: [null, true, 1.5e-7, 'é'] } }]], 'ключ': 'значение', 'k"q': '' } } }],
    };
    fs.writeFileSync(path.join(dir, 'main.tf'), emitHcl(planImport([...scenario(), extra], { registry: REGISTRY, tokenMarkers: findCdktfMarker })));
    const wo = emitHcl(planImport(scenario(), { registry: REGISTRY, tokenMarkers: findCdktfMarker }), { writeOnlySecrets: true });
    expect(wo).toContain('  secrets_wo_version = "1"\n  secrets_wo = jsonencode({\n    "webhookUrl" = var.ops_slack__webhook_url\n');
    fs.writeFileSync(path.join(dir, 'wo.tf'), wo);
    const fmt = terraformFmt(dir, ['-check', '-diff']);
    expect(fmt.output).toBe('');
    expect(fmt.status).toBe(0);
  });
});

describe('enum members', () => {
  const registry: ConnectorTypeRegistry = {
    '.w': { ...info('.w', 'WConnector', ['method', 'mode', 'other'], [], []), configEnums: { method: 'WMethod', mode: 'Missing' } },
  };
  const enums = { WMethod: { POST: 'post', PUT: 'put' } };
  const emit = (config: Record<string, unknown>, withEnums = true): string =>
    emitTypeScript(planImport([{ spaceId: 'default', connectors: [{ id: 'w', name: 'W', connector_type_id: '.w', config }] }], { registry, enums: withEnums ? enums : undefined, tokenMarkers: findCdktfMarker }));

  test('a value that is a member is written as the member, and the enum imported from the package', () => {
    const ts = emit({ method: 'put', mode: 'x', other: 'put' });
    expect(ts).toContain('      config: {\n        method: WMethod.PUT,\n        mode: "x",\n        other: "put",\n      } as ConfigOf<typeof WConnector>,');
    expect(ts).toContain(`import { provider, WConnector, WMethod } from "${PACKAGE_NAME}";`);
  });

  test('a value that is no member, or no enum catalog: Kibana\'s string, nothing more imported', () => {
    for (const ts of [emit({ method: 'trace' }), emit({ method: 'put' }, false)]) {
      expect(ts).toMatch(/method: "(trace|put)",/);
      expect(ts).toContain(`import { provider, WConnector } from "${PACKAGE_NAME}";`);
    }
  });
});
