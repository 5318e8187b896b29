import * as fs from 'fs';
import * as path from 'path';
import { App, Lazy, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CasesWebhookConnector, JiraConnector, KibanaConnector, KibanaConnectorLookup, provider, SlackConnector } from '../src';
import { appSynthError, connectors, newStack, scratchDir, synthError, synthJson } from './support/synth';
import { testWithImportBlocks } from './support/terraform';

const UUID = '0b9f6a52-3c1e-4a7e-9d51-6f2b8f1c2a10';

describe('KibanaConnector synthesis', () => {
  test('writes name, type, space, and config and secrets as jsonencode expressions', () => {
    const stack = newStack();
    new KibanaConnector(stack, 'alert_index', {
      name: 'Alert history',
      connectorTypeId: '.index',
      config: { index: 'alert-history', refresh: false },
    });
    const resource = connectors(synthJson(stack)).alert_index;
    expect(resource).toMatchObject({
      name: 'Alert history',
      connector_type_id: '.index',
      space_id: 'default',
      config: '${jsonencode({"index" = "alert-history", "refresh" = false})}',
      secrets: '${jsonencode({})}',
    });
    expect(resource.connector_id).toBeUndefined();
    expect(resource.secrets_wo).toBeUndefined();
  });

  test('a top-level connector keeps its construct id as the resource address; a nested one gets a unique one', () => {
    const stack = newStack();
    new KibanaConnector(stack, 'ops_slack', { name: 'a', connectorTypeId: '.server-log' });
    const team = new Construct(stack, 'team');
    new KibanaConnector(team, 'ops_slack', { name: 'b', connectorTypeId: '.server-log' });
    const names = Object.keys(connectors(synthJson(stack))).sort();
    expect(names).toHaveLength(2);
    expect(names).toContain('ops_slack');
    expect(names.find((n) => n !== 'ops_slack')).toMatch(/^team_ops_slack_[0-9A-F]{8}$/);
  });

  test('space, fixed id, write-only secrets, timeouts, lifecycle and kibana_connection', () => {
    const stack = newStack();
    const token = new TerraformVariable(stack, 'slack_token', { type: 'string', sensitive: true });
    new KibanaConnector(stack, 'c', {
      name: 'Slack',
      connectorTypeId: '.slack_api',
      spaceId: 'team-a',
      connectorId: UUID,
      secrets: { token: token.stringValue },
      writeOnlySecrets: true,
      secretsVersion: '3',
      timeouts: { create: '2m' },
      preventDestroy: true,
      lifecycle: { ignoreChanges: ['name'] },
      kibanaConnection: { endpoints: ['https://kibana.example.com'], apiKey: 'abc' },
    });
    const r = connectors(synthJson(stack)).c;
    expect(r.space_id).toBe('team-a');
    expect(r.connector_id).toBe(UUID);
    expect(r.secrets).toBeUndefined();
    expect(r.secrets_wo).toBe('${jsonencode({"token" = var.slack_token})}');
    expect(r.secrets_wo_version).toBe('3');
    expect(r.timeouts).toEqual({ create: '2m' });
    expect(r.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ['name'] });
    expect(r.kibana_connection).toEqual({ endpoints: ['https://kibana.example.com'], api_key: 'abc' });
  });

  test('write-only secrets default to version "1"', () => {
    const stack = newStack();
    new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.server-log', secrets: {}, writeOnlySecrets: true });
    const r = connectors(synthJson(stack)).c;
    expect(r.secrets_wo).toBe('${jsonencode({})}');
    expect(r.secrets_wo_version).toBe('1');
  });

  testWithImportBlocks('importFrom adds an import block with id <space>/<connector id> aimed at the resource', () => {
    const stack = newStack();
    const c = new KibanaConnector(stack, 'legacy', { name: 'n', connectorTypeId: '.server-log', spaceId: 'ops' });
    c.importFrom('my-readable-id');
    const json = synthJson(stack);
    expect(json.import).toEqual([{ id: 'ops/my-readable-id', to: 'elasticstack_kibana_action_connector.legacy' }]);
    expect(connectors(json).legacy.connector_id).toBeUndefined();
  });

  test('exposes connectorId and id as references to the resource', () => {
    const stack = newStack();
    const c = new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.server-log' });
    new KibanaConnector(stack, 'd', { name: 'n', connectorTypeId: '.index', config: { index: c.connectorId, tag: c.id }, skipTypeValidation: true });
    expect(connectors(synthJson(stack)).d.config).toBe(
      '${jsonencode({"index" = elasticstack_kibana_action_connector.c.connector_id, "tag" = elasticstack_kibana_action_connector.c.id})}',
    );
  });

  test('uses the given provider instance', () => {
    const stack = newStack('aliased');
    const other = new provider.ElasticstackProvider(stack, 'other', { alias: 'other' });
    new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.server-log', provider: other });
    expect(connectors(synthJson(stack)).c.provider).toBe('elasticstack.other');
  });

  test('fromLookup reads the connector id from the data source; fromConnectorId keeps the given one', () => {
    const stack = newStack();
    const found = KibanaConnector.fromLookup(stack, 'found', { name: 'Ops', spaceId: 'ops', connectorTypeId: '.slack' });
    const fixed = KibanaConnector.fromConnectorId(stack, 'fixed', 'default', 'preconfigured-slack');
    new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.index', config: { a: found.connectorId, b: fixed.connectorId }, skipTypeValidation: true });
    const json = synthJson(stack);
    expect(json.data.elasticstack_kibana_action_connector.found).toMatchObject({ name: 'Ops', space_id: 'ops', connector_type_id: '.slack' });
    expect(connectors(json).c.config).toBe(
      '${jsonencode({"a" = data.elasticstack_kibana_action_connector.found.connector_id, "b" = "preconfigured-slack"})}',
    );
    expect(found.spaceId).toBe('ops');
  });
});

describe('KibanaConnector validation', () => {
  function errorFor(build: (stack: TerraformStack) => void): string {
    const stack = newStack('v');
    build(stack);
    const error = synthError(stack);
    if (!error) throw new Error('expected synth to fail');
    return error;
  }

  test.each([
    ['an empty name', { name: ' ' }, /\[v\/bad\] name must not be empty/],
    ['a bad space id', { spaceId: 'Team A' }, /\[v\/bad\] spaceId "Team A" is not a Kibana space id/],
    ['a connector id that is not a UUID', { connectorId: 'my-id' }, /\[v\/bad\] connectorId "my-id" is not a UUID/],
    ['config that is not an object', { config: ['a'] }, /\[v\/bad\] config must be a JSON object/],
    ['secrets that are not an object', { secrets: 'x' }, /\[v\/bad\] secrets must be a JSON object/],
    ['an empty string inside config', { config: { headers: { 'X-Team': '' } } }, /\[v\/bad\] config\.headers\["X-Team"\] is an empty string/],
    ['a non-finite number', { config: { port: Number.NaN } }, /config\.port is NaN/],
    ['a class instance', { config: { when: new Date(0) } }, /config\.when is a Date, which is not a JSON value/],
    ['undefined in an array', { config: { list: ['a', undefined] } }, /config\.list\[1\] is undefined/],
    ['a version without write-only secrets', { secretsVersion: '2' }, /secretsVersion is only used with writeOnlySecrets/],
  ])('rejects %s, naming the construct path and field', (_what, override, message) => {
    const error = errorFor((stack) => new KibanaConnector(stack, 'bad', { name: 'n', connectorTypeId: '.webhook', ...(override as any) }));
    expect(error).toMatch(message);
  });

  test('reports every problem of a connector at once', () => {
    const error = errorFor((stack) => new KibanaConnector(stack, 'bad', { name: '', connectorTypeId: '', spaceId: 'X' }));
    expect(error).toMatch(/name must not be empty/);
    expect(error).toMatch(/connectorTypeId must not be empty/);
    expect(error).toMatch(/spaceId "X"/);
  });

  test('rejects the same connector id twice in one space, naming both constructs', () => {
    const error = errorFor((stack) => {
      new KibanaConnector(stack, 'first', { name: 'a', connectorTypeId: '.slack', connectorId: UUID });
      new KibanaConnector(stack, 'second', { name: 'b', connectorTypeId: '.slack', connectorId: UUID.toUpperCase() });
    });
    expect(error).toMatch(/\[v\/second\] connectorId "0B9F6A52-.*" is also used by v\/first in space "default"/);
  });

  test('allows the same connector id in two spaces, and across two apps', () => {
    const stack = newStack();
    new KibanaConnector(stack, 'a', { name: 'a', connectorTypeId: '.server-log', connectorId: UUID });
    new KibanaConnector(stack, 'b', { name: 'b', connectorTypeId: '.server-log', connectorId: UUID, spaceId: 'other' });
    const second = newStack();
    new KibanaConnector(second, 'a', { name: 'a', connectorTypeId: '.server-log', connectorId: UUID });
    expect(synthError(stack)).toBeUndefined();
    expect(synthError(second)).toBeUndefined();
  });

  test('skips tokens: values known only when Terraform runs are not judged at synth', () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    new KibanaConnector(stack, 'c', {
      name: v.stringValue,
      connectorTypeId: v.stringValue,
      spaceId: v.stringValue,
      connectorId: v.stringValue,
      config: { a: v.stringValue, n: v.numberValue, l: v.listValue },
    });
    expect(synthError(stack)).toBeUndefined();
  });
});

describe('secrets in clear text', () => {
  test('warns, without the value, when a secret is a literal; says nothing for tokens', () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, 'routing_key', { type: 'string', sensitive: true });
    const literal = new KibanaConnector(stack, 'literal', { name: 'n', connectorTypeId: '.pagerduty', secrets: { routingKey: 'hunter2-secret' } });
    const token = new KibanaConnector(stack, 'token', { name: 'n', connectorTypeId: '.pagerduty', secrets: { routingKey: v.stringValue } });
    const warnings = (c: Construct) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings(literal)).toHaveLength(1);
    expect(warnings(literal)[0]).toMatch(/secrets\.routingKey is a literal value/);
    expect(warnings(literal)[0]).not.toContain('hunter2');
    expect(warnings(token)).toEqual([]);
  });

  test('the warning reaches the manifest as a cdktf warning of the connector, without a call stack', () => {
    const app = new App({ outdir: scratchDir('kc-manifest-') }); // stack traces on, as `cdktf synth` runs it
    const stack = new TerraformStack(app, 'ops');
    new provider.ElasticstackProvider(stack, 'elasticstack', {});
    new KibanaConnector(stack, 'pager', { name: 'n', connectorTypeId: '.pagerduty', secrets: { routingKey: 'k', other: ['x'] }, skipTypeValidation: true });
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.ops.annotations).toEqual([{
      constructPath: 'ops/pager',
      level: '@cdktf/warn',
      message: 'secrets.routingKey, secrets.other[0] are literal values: it is written to the synthesized configuration in clear text. Pass a sensitive TerraformVariable (or another token) instead.',
    }]);
  });
});

describe('connector type ids', () => {
  const warnings = (c: Construct) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));

  test('a misspelled type id draws a warning naming the closest known one; synth still succeeds', () => {
    const stack = newStack();
    const typo = new KibanaConnector(stack, 'typo', { name: 'n', connectorTypeId: '.slak' });
    expect(warnings(typo)).toEqual([
      'connectorTypeId ".slak" is not a connector type this library knows (did you mean ".slack"?): Kibana refuses unknown types when Terraform applies. Ignore this warning if the type is newer than this library.',
    ]);
    expect(synthError(stack)).toBeUndefined();
    expect(connectors(synthJson(stack)).typo.connector_type_id).toBe('.slak');
  });

  test('a type id unlike any known one is named without a guess', () => {
    const c = new KibanaConnector(newStack(), 'new', { name: 'n', connectorTypeId: '.brand-new-thing' });
    expect(warnings(c)).toEqual([expect.stringMatching(/^connectorTypeId "\.brand-new-thing" is not a connector type this library knows: /)]);
  });

  test('a system action type says that Kibana creates no connector of it', () => {
    const c = new KibanaConnector(newStack(), 'cases', { name: 'n', connectorTypeId: '.cases' });
    expect(warnings(c)).toEqual([expect.stringContaining('".cases" is a Kibana system action type')]);
  });

  test('known types, typed constructs and tokens draw no warning', () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, 'type', { type: 'string' });
    const known = ['.slack', '.webhook', '.gen-ai', '.microsoft_defender_endpoint'].map((t, i) => new KibanaConnector(stack, `k${i}`, { name: 'n', connectorTypeId: t }));
    const token = new KibanaConnector(stack, 'token', { name: 'n', connectorTypeId: v.stringValue });
    const typed = new SlackConnector(stack, 'typed', { name: 'n', secrets: { webhookUrl: v.stringValue } });
    for (const c of [...known, token, typed]) expect(warnings(c)).toEqual([]);
  });
});

describe('references in config and secrets', () => {
  test('a reference to the same stack is written as its name; one to another stack becomes a cross-stack reference', () => {
    const app = new App({ outdir: scratchDir('kc-stacks-'), stackTraces: false });
    const [a, b] = ['a', 'b'].map((name) => {
      const stack = new TerraformStack(app, name);
      new provider.ElasticstackProvider(stack, 'elasticstack', {});
      return stack;
    });
    const index = new KibanaConnector(a, 'index', { name: 'a', connectorTypeId: '.index', config: { index: 'x' } });
    const host = new TerraformVariable(b, 'host', { type: 'string' });
    const token = new TerraformVariable(b, 'token', { type: 'string', sensitive: true });
    new KibanaConnector(b, 'hook', {
      name: 'b',
      connectorTypeId: '.webhook',
      config: { other: index.connectorId, host: host.stringValue, url: `https://${host.stringValue}/x` },
      secrets: { token: token.stringValue },
      skipTypeValidation: true,
    });
    app.synth();
    const hook = connectors(JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'b', 'cdk.tf.json'), 'utf8'))).hook;
    expect(hook.config).toBe('${jsonencode({"other" = data.terraform_remote_state.cross-stack-reference-input-a.outputs.cross-stack-output-elasticstack_kibana_action_connectorindexconnector_id, "host" = var.host, "url" = "https://${var.host}/x"})}');
    expect(hook.secrets).toBe('${jsonencode({"token" = var.token})}');
  });
});

describe('values JSON cannot hold', () => {
  test('an array of exactly one item that is not a string is written as a list', () => {
    const stack = newStack();
    const port = new TerraformVariable(stack, 'port', { type: 'number' });
    new KibanaConnector(stack, 'c', {
      name: 'n',
      connectorTypeId: '.slack_api',
      config: { allowedChannels: [{ id: 'C1', name: 'ops' }], n: [1], b: [true], z: [null], nested: [['x']], port: [port.numberValue] },
      skipTypeValidation: true,
    });
    expect(connectors(synthJson(stack)).c.config).toBe(
      '${jsonencode({"allowedChannels" = [{"id" = "C1", "name" = "ops"}], "n" = [1], "b" = [true], "z" = [null], "nested" = [["x"]], "port" = [var.port]})}',
    );
    expect(appSynthError(stack)).toBeUndefined();
  });

  // app.synth() (what a program calls) resolves every attribute before it runs validations, so the
  // renderer must not fail first with cdktf's bare `Resolution error`.
  test.each([
    ['NaN in an array', { channels: ['a', Number.NaN] }, 'config.channels[1] is NaN, which JSON cannot hold'],
    ['Infinity', { limits: { max: Number.POSITIVE_INFINITY } }, 'config.limits.max is Infinity, which JSON cannot hold'],
    ['a BigInt in an array', { ids: [BigInt(1)] }, 'config.ids[0] is a bigint, which is not a JSON value'],
    ['undefined in an array', { list: ['a', undefined] }, 'config.list[1] is undefined; use null or remove the item'],
    ['a sparse array', { list: [1, , 3] }, 'config.list[1] is an empty slot of a sparse array, which JSON cannot hold'], // eslint-disable-line no-sparse-arrays
    ['a function', { f: () => 1 }, 'config.f is a function, which is not a JSON value'],
    ['a class instance in an array', { when: [new Date(0)] }, 'config.when[0] is a Date, which is not a JSON value'],
  ])('app.synth() reports %s with the construct path and field', (_what, config, message) => {
    const stack = newStack('v');
    new KibanaConnector(stack, 'bad', { name: 'n', connectorTypeId: '.webhook', config });
    for (const error of [appSynthError(stack), synthError(stack)]) {
      expect(error).toContain(`[v/bad] ${message}`);
      expect(error).not.toMatch(/Resolution error|\n\s+at /);
    }
  });

  test('a circular config or secrets is reported, not a stack overflow', () => {
    const stack = newStack('v');
    const config: any = { headers: { a: 'b' }, list: [] };
    config.headers.self = config;
    config.list.push(config.list);
    const secrets: any = { token: 'x' };
    secrets.again = secrets;
    new KibanaConnector(stack, 'bad', { name: 'n', connectorTypeId: '.webhook', config, secrets });
    for (const error of [appSynthError(stack), synthError(stack)]) {
      expect(error).toContain('[v/bad] config.headers.self refers back to config (a circular structure), which JSON cannot hold');
      expect(error).toContain('[v/bad] config.list[0] refers back to config.list (a circular structure)');
      expect(error).toContain('[v/bad] secrets.again refers back to secrets (a circular structure)');
    }
  });

  test('a Lazy value that produces something JSON cannot hold is reported with path and field', () => {
    const stack = newStack('v');
    new KibanaConnector(stack, 'bad', {
      name: 'n',
      connectorTypeId: '.webhook',
      config: { limits: [1, Lazy.numberValue({ produce: () => Number.NaN })] },
      skipTypeValidation: true,
    });
    const error = appSynthError(stack);
    expect(error).toBe('[v/bad] config.limits[1] is NaN, which JSON cannot hold');
  });

  test('a Lazy value that produces itself is reported, not a stack overflow', () => {
    const stack = newStack('v');
    const self: any = Lazy.anyValue({ produce: () => ({ again: self }) });
    new KibanaConnector(stack, 'bad', { name: 'n', connectorTypeId: '.webhook', secrets: { token: self }, skipTypeValidation: true });
    expect(appSynthError(stack)).toBe('[v/bad] secrets.token.again refers back to secrets.token (a circular structure), which JSON cannot hold');
  });
});

describe('ids and spaces of imports and references (issue 21)', () => {
  const stackOf = () => {
    const app = new App({ outdir: scratchDir('kc-ids-'), stackTraces: false });
    const stack = new TerraformStack(app, 'ids');
    new provider.ElasticstackProvider(stack, 'elasticstack', {});
    return stack;
  };
  const connector = (stack: TerraformStack, id: string, spaceId = 'ops') =>
    new KibanaConnector(stack, id, { name: 'Index', connectorTypeId: '.index', spaceId, config: { index: 'x' } });

  testWithImportBlocks('a <space>/ prefix equal to the connector\'s space is accepted once', () => {
    const stack = stackOf();
    connector(stack, 'a').importFrom('ops/1b4f2c');
    connector(stack, 'b').importFrom('1b4f2c');
    expect(synthJson(stack).import).toEqual([
      { id: 'ops/1b4f2c', to: 'elasticstack_kibana_action_connector.a' },
      { id: 'ops/1b4f2c', to: 'elasticstack_kibana_action_connector.b' },
    ]);
  });

  test('an empty id, or one naming another space, fails synth with the construct path', () => {
    const stack = stackOf();
    connector(stack, 'empty').importFrom('');
    connector(stack, 'other').importFrom('payments/1b4f2c');
    const error = synthError(stack) ?? '';
    expect(error).toContain('[ids/empty] importFrom(""): the connector id is empty');
    expect(error).toContain('[ids/other] importFrom("payments/1b4f2c"): give the connector id alone, or "ops/<id>"; the connector is in space "ops"');
  });

  test('fromConnectorId and lookups check the space id as connectors do', () => {
    const stack = stackOf();
    KibanaConnector.fromConnectorId(stack, 'legacy', 'Ops Team', 'abc');
    KibanaConnector.fromConnectorId(stack, 'blank', 'default', ' ');
    new KibanaConnectorLookup(stack, 'shared', { name: 'Shared', spaceId: 'Ops' });
    const error = synthError(stack) ?? '';
    expect(error).toContain('[ids/legacy] spaceId "Ops Team" is not a Kibana space id');
    expect(error).toContain('[ids/blank] connectorId must not be empty');
    expect(error).toContain('[ids/shared] spaceId "Ops" is not a Kibana space id');
  });

  test('a lookup with an empty name or type id fails synth, as a connector does', () => {
    const stack = stackOf();
    new KibanaConnectorLookup(stack, 'noname', { name: ' ' });
    new KibanaConnectorLookup(stack, 'notype', { name: 'Shared', connectorTypeId: '' });
    const error = synthError(stack) ?? '';
    expect(error).toContain('[ids/noname] name must not be empty');
    expect(error).toContain('[ids/notype] connectorTypeId must not be empty');
    const fine = stackOf();
    const v = new TerraformVariable(fine, 'n', { type: 'string' });
    new KibanaConnectorLookup(fine, 'token', { name: v.stringValue, connectorTypeId: v.stringValue });
    expect(synthError(fine)).toBeUndefined();
  });
});

describe('a known type id is checked as its typed construct checks it (issue 21)', () => {
  const USE_JIRA = '[v/jira] connectorTypeId ".jira" is checked as JiraConnector checks it: use JiraConnector (typed config and secrets), '
    + 'or set skipTypeValidation: true if Kibana accepts fields newer than this library';

  test('a .jira connector with a misspelled key and no secrets fails synth, naming the fields and JiraConnector', () => {
    const stack = newStack('v');
    new KibanaConnector(stack, 'jira', {
      name: 'Jira OPS',
      connectorTypeId: '.jira',
      config: { apiUrl: 'https://example.atlassian.net', projectkey: 'OPS' },
    });
    for (const error of [synthError(stack), appSynthError(stack)]) {
      expect(error?.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('['))).toEqual([
        '[v/jira] config.projectkey is not a field of this connector type (Kibana rejects unknown fields); known: apiUrl, projectKey',
        '[v/jira] config.projectKey is required',
        '[v/jira] secrets.email is required',
        '[v/jira] secrets.apiToken is required',
        USE_JIRA,
      ]);
    }
  });

  test('a missing secret fails synth; given with Kibana\'s keys, the same connector synthesizes', () => {
    const missing = newStack('v');
    new KibanaConnector(missing, 'pager', { name: 'n', connectorTypeId: '.pagerduty', config: { apiUrl: 'https://events.pagerduty.com/v2/enqueue' } });
    expect(synthError(missing)).toContain('[v/pager] secrets.routingKey is required');
    expect(synthError(missing)).toContain('use PagerDutyConnector');

    const stack = newStack('v');
    const key = new TerraformVariable(stack, 'routing_key', { type: 'string', sensitive: true });
    new KibanaConnector(stack, 'pager', { name: 'n', connectorTypeId: '.pagerduty', secrets: { routingKey: key.stringValue } });
    expect(synthError(stack)).toBeUndefined();
  });

  test('values, URLs and the rules between fields are the typed construct\'s', () => {
    const stack = newStack('v');
    new KibanaConnector(stack, 'hook', { name: 'n', connectorTypeId: '.webhook', config: { url: 'ftp://x', method: 'fetch' } });
    const error = synthError(stack);
    expect(error).toContain('[v/hook] config.url is not an absolute http(s) URL');
    expect(error).toMatch(/\[v\/hook\] config\.method is "fetch"; expected one of "post", "put"/);
    expect(error).toContain('[v/hook] secrets.user is required when config.hasAuth is true and config.authType is "webhook-authentication-basic"');
    expect(error).toContain('use WebhookConnector');
  });

  test('config and secrets use Kibana\'s keys, not the typed construct\'s property names', () => {
    const stack = newStack('v');
    const config = {
      createIncidentUrl: 'https://cases.example.com/i',
      createIncidentJson: '{"title":"{{{case.title}}}"}',
      createIncidentResponseKey: 'id',
      getIncidentResponseExternalTitleKey: 'key',
      viewIncidentUrl: 'https://cases.example.com/i/{{{external.system.id}}}',
      updateIncidentUrl: 'https://cases.example.com/i/{{{external.system.id}}}',
      updateIncidentJson: '{"title":"{{{case.title}}}"}',
      hasAuth: false,
    };
    new KibanaConnector(stack, 'keys', { name: 'n', connectorTypeId: '.cases-webhook', config: { ...config, getIncidentUrl: 'https://cases.example.com/i/{{{external.system.id}}}' } });
    expect(synthError(stack)).toBeUndefined();
    new KibanaConnector(stack, 'properties', { name: 'n', connectorTypeId: '.cases-webhook', config: { ...config, readIncidentUrl: 'https://cases.example.com/i/{{{external.system.id}}}' } });
    const error = synthError(stack);
    expect(error).toContain('[v/properties] config.readIncidentUrl is not a field of this connector type');
    expect(error).toContain('[v/properties] config.getIncidentUrl is required');
    expect(error).toContain('use CasesWebhookConnector');
    expect(CasesWebhookConnector.CONNECTOR_TYPE_ID).toBe('.cases-webhook');
  });

  test('skipTypeValidation: true synthesizes what the catalog does not know yet, and still runs the other checks', () => {
    const stack = newStack('v');
    new KibanaConnector(stack, 'jira', {
      name: 'Jira OPS',
      connectorTypeId: '.jira',
      config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS', newerField: 'x' },
      skipTypeValidation: true,
    });
    expect(connectors(synthJson(stack)).jira.config)
      .toBe('${jsonencode({"apiUrl" = "https://example.atlassian.net", "projectKey" = "OPS", "newerField" = "x"})}');
    new KibanaConnector(stack, 'blank', { name: ' ', connectorTypeId: '.jira', config: { projectKey: '' }, skipTypeValidation: true });
    const error = synthError(stack);
    expect(error).toContain('[v/blank] name must not be empty');
    expect(error).toContain('[v/blank] config.projectKey is an empty string');
    expect(error).not.toContain('use JiraConnector');
  });

  test('a typed construct reports its own problems once, by its property names', () => {
    const stack = newStack('v');
    new CasesWebhookConnector(stack, 'typed', { name: 'n', config: { hasAuth: false } as any });
    const error = synthError(stack) ?? '';
    expect(error).toContain('[v/typed] config.readIncidentUrl is required');
    expect(error).not.toContain('config.getIncidentUrl');
    expect(error).not.toContain('use CasesWebhookConnector');
    const jira = newStack('v');
    new JiraConnector(jira, 'jira', { name: 'n', config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS' }, secrets: {} as any });
    expect((synthError(jira) ?? '').match(/secrets\.email is required/g)).toHaveLength(1);
  });

  test('config or secrets that are tokens, and a type id that is a token, are left to Kibana', () => {
    const stack = newStack('v');
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    const any = new TerraformVariable(stack, 'any', { type: 'any' });
    new KibanaConnector(stack, 'a', { name: 'n', connectorTypeId: '.jira', config: any.value, secrets: any.value });
    new KibanaConnector(stack, 'b', { name: 'n', connectorTypeId: v.stringValue, config: { projectkey: 'x' } });
    expect(synthError(stack)).toBeUndefined();
  });
});
