import * as fs from 'fs';
import * as path from 'path';
import { TerraformOutput } from 'cdktf';
import { newStack, scratchDir, synthJson } from './support/synth';
import { generateProviderBinding } from '../generator/provider/generate';
import { kibanaActionConnector, kibanaAlertingRule } from '../src';
import { CONNECTOR_RESOURCE_TYPE, PROVIDER_VERSION, RULE_RESOURCE_TYPE } from '../src/resource-type';

const SCHEMA = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'generator', 'provider-schema.json'), 'utf8'));
const RESOURCES = SCHEMA.provider_schemas['registry.terraform.io/elastic/elasticstack'].resource_schemas;
const RULE = 'elasticstack_kibana_alerting_rule';

/** Terraform meta-arguments a resource's JSON may carry beside its schema's attributes and blocks. */
const META_ARGUMENTS = new Set(['provider', 'depends_on', 'count', 'for_each', 'lifecycle', 'connection', 'provisioner', '//']);

/** Whether `value` has the Terraform type `type` (a schema's "string", "number", "bool", or ["list"|"set", element]). */
function hasType(value: unknown, type: unknown): boolean {
  if (type === 'string') return typeof value === 'string';
  if (type === 'number') return typeof value === 'number';
  if (type === 'bool') return typeof value === 'boolean';
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set')) return Array.isArray(value) && value.every((v) => hasType(v, type[1]));
  throw new Error(`type ${JSON.stringify(type)} is not handled by this test`);
}

/**
 * Checks a resource's synthesized JSON against a schema block: every key is an attribute, a block type or a
 * meta-argument; no computed-only attribute is set; required attributes are present; values have their
 * schema's types; nested attributes and blocks are checked the same way. Returns the problems and adds the
 * path of every attribute and block it saw to `seen`.
 */
function schemaProblems(value: any, block: any, at: string, seen: Set<string>, meta = false): string[] {
  const problems: string[] = [];
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  for (const [name, attr] of Object.entries<any>(attributes)) {
    if (attr.required && !(name in value)) problems.push(`${at}${name}: required, missing`);
  }
  for (const [key, v] of Object.entries<any>(value)) {
    const where = `${at}${key}`;
    const attr = attributes[key];
    const nested = blockTypes[key];
    if (attr) {
      seen.add(where);
      if (attr.computed && !attr.optional && !attr.required) problems.push(`${where}: computed only, must not be set`);
      if (attr.nested_type) {
        if (attr.nested_type.nesting_mode !== 'single') throw new Error(`${where}: nesting mode ${attr.nested_type.nesting_mode} is not handled by this test`);
        if (typeof v !== 'object' || v === null || Array.isArray(v)) problems.push(`${where}: not an object`);
        else problems.push(...schemaProblems(v, attr.nested_type, `${where}.`, seen));
      } else if (!hasType(v, attr.type)) {
        problems.push(`${where}: ${JSON.stringify(v)} is not of type ${JSON.stringify(attr.type)}`);
      }
    } else if (nested) {
      seen.add(where);
      // Terraform's JSON syntax takes one object or an array of objects for a list block, one object for a single block.
      const many = nested.nesting_mode === 'list' && Array.isArray(v);
      if (nested.nesting_mode !== 'list' && nested.nesting_mode !== 'single') throw new Error(`${where}: nesting mode ${nested.nesting_mode} is not handled by this test`);
      if (nested.nesting_mode === 'single' && (typeof v !== 'object' || v === null || Array.isArray(v))) {
        problems.push(`${where}: a single block must be one object`);
        continue;
      }
      if (many && nested.max_items !== undefined && v.length > nested.max_items) problems.push(`${where}: more than ${nested.max_items} blocks`);
      (many ? v : [v]).forEach((item: any, i: number) => problems.push(...schemaProblems(item, nested.block, many ? `${where}[${i}].` : `${where}.`, seen)));
    } else if (!(meta && META_ARGUMENTS.has(key))) {
      problems.push(`${where}: not in the schema`);
    }
  }
  return problems;
}

/** Paths of every attribute and block of a schema block that a configuration can set (list blocks as `name[0]`). */
function configurablePaths(block: any, at = ''): string[] {
  const paths: string[] = [];
  for (const [name, attr] of Object.entries<any>(block.attributes ?? {})) {
    if (!attr.optional && !attr.required) continue;
    paths.push(`${at}${name}`);
    if (attr.nested_type) paths.push(...configurablePaths(attr.nested_type, `${at}${name}.`));
  }
  for (const [name, nested] of Object.entries<any>(block.block_types ?? {})) {
    paths.push(`${at}${name}`);
    const item = nested.nesting_mode === 'list' && nested.max_items !== 1 ? `${at}${name}[0].` : `${at}${name}.`;
    paths.push(...configurablePaths(nested.block, item));
  }
  return paths.sort();
}

function listFiles(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(root, path.join(dir, e.name)) : [path.join(dir, e.name)],
  ).sort();
}

describe('provider binding', () => {
  test('the committed src/provider/ equals a fresh run of generate:provider', async () => {
    const fresh = scratchDir('kc-binding-');
    await generateProviderBinding(fresh);
    const committed = path.join(__dirname, '..', 'src', 'provider');
    expect(listFiles(committed)).toEqual(listFiles(fresh));
    for (const file of listFiles(fresh)) {
      expect({ file, same: fs.readFileSync(path.join(committed, file), 'utf8') === fs.readFileSync(path.join(fresh, file), 'utf8') })
        .toEqual({ file, same: true });
    }
  });

  test('every generated file says it is generated and how to regenerate it', () => {
    const committed = path.join(__dirname, '..', 'src', 'provider');
    for (const file of listFiles(committed)) {
      expect(fs.readFileSync(path.join(committed, file), 'utf8')).toMatch(/^\/\/ GENERATED FILE[^\n]*\n.*\n\/\/ Regenerate with: npx projen generate:provider/);
    }
  });

  test('src/resource-type.ts names the binding\'s resource types and provider version (written out there so the CLI need not load the binding)', () => {
    expect(CONNECTOR_RESOURCE_TYPE).toBe(kibanaActionConnector.KibanaActionConnector.tfResourceType);
    expect(RULE_RESOURCE_TYPE).toBe(kibanaAlertingRule.KibanaAlertingRule.tfResourceType);
    expect(fs.readFileSync(path.join(__dirname, '..', 'src', 'provider', 'kibana-action-connector', 'index.ts'), 'utf8')).toContain(`providerVersion: '${PROVIDER_VERSION}'`);
  });

  test('the binding carries the schema: sensitive and write-only secrets, pinned provider version', () => {
    const resource = fs.readFileSync(path.join(__dirname, '..', 'src', 'provider', 'kibana-action-connector', 'index.ts'), 'utf8');
    expect(resource).toContain('readonly secretsWo?: string;');
    expect(resource).toContain('readonly secretsWoVersion?: string;');
    expect(resource).toContain("providerVersion: '0.16.3'");
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'generator', 'provider-schema.json'), 'utf8'));
    const attrs = schema.provider_schemas['registry.terraform.io/elastic/elasticstack'].resource_schemas.elasticstack_kibana_action_connector.block.attributes;
    expect(attrs.secrets).toMatchObject({ sensitive: true, optional: true });
    expect(attrs.secrets_wo).toMatchObject({ sensitive: true, write_only: true });
    expect(attrs.connector_type_id).toMatchObject({ required: true });
  });

  test('the alerting rule binding carries the 0.16.3 schema: flapping and the actions blocks are objects, no artifacts', () => {
    const resource = fs.readFileSync(path.join(__dirname, '..', 'src', 'provider', 'kibana-alerting-rule', 'index.ts'), 'utf8');
    expect(kibanaAlertingRule.KibanaAlertingRule.tfResourceType).toBe(RULE);
    expect(resource).toContain("providerVersion: '0.16.3'");
    expect(resource).toContain('readonly flapping?: KibanaAlertingRuleFlapping;');
    expect(resource).toContain('readonly actions?: KibanaAlertingRuleActions[] | cdktf.IResolvable;');
    expect(resource).toContain('readonly frequency?: KibanaAlertingRuleActionsFrequency;');
    expect(resource).toContain('readonly alertsFilter?: KibanaAlertingRuleActionsAlertsFilter;');
    expect(resource).toContain('readonly timeframe?: KibanaAlertingRuleActionsAlertsFilterTimeframe;');
    expect(resource).toContain('readonly kibanaConnection?: KibanaAlertingRuleKibanaConnection;');
    expect(resource).not.toMatch(/artifacts/i);
    const rule = RESOURCES[RULE];
    expect(rule.version).toBe(1);
    expect(Object.keys(rule.block.block_types).sort()).toEqual(['actions', 'kibana_connection']);
    expect(rule.block.attributes.flapping).toMatchObject({ optional: true, computed: true, nested_type: { nesting_mode: 'single' } });
    for (const name of ['name', 'consumer', 'params', 'rule_type_id', 'interval']) expect({ name, attr: rule.block.attributes[name] }).toMatchObject({ name, attr: { required: true } });
    // The provider injects the connection and the timeouts into both resources alike.
    const connector = RESOURCES.elasticstack_kibana_action_connector;
    expect(rule.block.block_types.kibana_connection).toEqual(connector.block.block_types.kibana_connection);
    expect(rule.block.attributes.timeouts).toEqual(connector.block.attributes.timeouts);
  });

  test('the alerting rule synthesizes every attribute and block, and its JSON matches the schema', () => {
    const stack = newStack();
    // Every configurable attribute and block, for the schema's sake: Kibana itself refuses a rule-level
    // notify_when or throttle beside per-action frequency; the binding, like the provider's schema, does not check.
    const rule = new kibanaAlertingRule.KibanaAlertingRule(stack, 'rule', {
      name: 'Errors',
      consumer: 'stackAlerts',
      ruleTypeId: '.index-threshold',
      params: '{"index":["logs-*"]}',
      interval: '1m',
      ruleId: '5c9a0c4e-7c11-4f7b-8a31-8f1a8a6f3e21',
      spaceId: 'ops',
      enabled: false,
      tags: ['ops', 'errors'],
      notifyWhen: 'onActiveAlert',
      throttle: '10m',
      alertDelay: 3,
      flapping: { enabled: true, lookBackWindow: 20, statusChangeThreshold: 4 },
      timeouts: { create: '5m', read: '1m', update: '6m', delete: '7m' },
      kibanaConnection: {
        endpoints: ['https://kibana.example.com:5601'],
        username: 'elastic',
        password: 'pw',
        apiKey: 'key',
        bearerToken: 'token',
        caCerts: ['/etc/ca.pem'],
        insecure: false,
      },
      actions: [
        {
          id: 'slack-ops',
          group: 'threshold met',
          params: '{"message":"{{context.message}}"}',
          frequency: { summary: false, notifyWhen: 'onThrottleInterval', throttle: '1h' },
          alertsFilter: { kql: 'host.name: web-*', timeframe: { days: [1, 2, 3, 4, 5], timezone: 'Europe/Paris', hoursStart: '08:00', hoursEnd: '18:00' } },
        },
        { id: 'pager', params: '{}' },
      ],
    });
    new TerraformOutput(stack, 'task', { value: rule.scheduledTaskId });
    new TerraformOutput(stack, 'summary', { value: rule.actions.get(0).frequency.summary });
    const json = synthJson(stack);
    const body = json.resource[RULE].rule;
    expect(body).toEqual({
      name: 'Errors',
      consumer: 'stackAlerts',
      rule_type_id: '.index-threshold',
      params: '{"index":["logs-*"]}',
      interval: '1m',
      rule_id: '5c9a0c4e-7c11-4f7b-8a31-8f1a8a6f3e21',
      space_id: 'ops',
      enabled: false,
      tags: ['ops', 'errors'],
      notify_when: 'onActiveAlert',
      throttle: '10m',
      alert_delay: 3,
      flapping: { enabled: true, look_back_window: 20, status_change_threshold: 4 },
      timeouts: { create: '5m', read: '1m', update: '6m', delete: '7m' },
      kibana_connection: {
        endpoints: ['https://kibana.example.com:5601'],
        username: 'elastic',
        password: 'pw',
        api_key: 'key',
        bearer_token: 'token',
        ca_certs: ['/etc/ca.pem'],
        insecure: false,
      },
      actions: [
        {
          id: 'slack-ops',
          group: 'threshold met',
          params: '{"message":"{{context.message}}"}',
          frequency: { summary: false, notify_when: 'onThrottleInterval', throttle: '1h' },
          alerts_filter: { kql: 'host.name: web-*', timeframe: { days: [1, 2, 3, 4, 5], timezone: 'Europe/Paris', hours_start: '08:00', hours_end: '18:00' } },
        },
        { id: 'pager', params: '{}' },
      ],
    });
    const seen = new Set<string>();
    expect(schemaProblems(body, RESOURCES[RULE].block, '', seen, true)).toEqual([]);
    expect([...seen].map((p) => p.replace(/\[\d+\]/g, '[0]')).filter((p, i, all) => all.indexOf(p) === i).sort())
      .toEqual(configurablePaths(RESOURCES[RULE].block));
    expect(json.output.task.value).toBe(`\${${RULE}.rule.scheduled_task_id}`);
    expect(json.output.summary.value).toBe(`\${${RULE}.rule.actions[0].frequency.summary}`);
  });
});
