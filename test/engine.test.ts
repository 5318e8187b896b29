// The rule engine (src/engine/check.ts) on small hand-written specs: one evaluator for the typed
// constructs (struct properties) and for Kibana's own objects (keys), versions with several
// ranges (backports), versioned limits, rules that only fail when a connector runs, params rules,
// and a target newer than the release the catalog was checked through. Pure: no synth here; the
// constructs' use of it is tested through real synth in connectors.flavoured.test.ts.
import { buildSection, checkConnector, CheckOptions, checkParams, requiredByRules } from '../src/engine/check';
import { ConnectorSpec, GroupSpec } from '../src/engine/spec';
import { KibanaTarget } from '../src/kibana-version';

const AUTH: GroupSpec = {
  name: 'auth',
  config: [{ key: 'hasAuth', type: 'boolean', defaults: [{ value: true }], send: true }],
  secrets: [{ key: 'user', type: 'string' }, { key: 'password', type: 'string' }],
  rules: [{ kind: 'together', paths: ['secrets.user', 'secrets.password'] }],
};

const SPEC: ConnectorSpec = {
  typeId: '.demo',
  subject: 'connector',
  catalog: { checkedThrough: '9.4.0' },
  versions: [{ since: '8.10.0' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
    { key: 'getRegion', property: 'readRegion', type: 'string', versions: [{ since: '8.19.12', until: '9.0.0' }, { since: '9.2.5', until: '9.3.0' }, { since: '9.4.0' }] },
    { key: 'channels', type: 'stringList', limits: [{ maxItems: 2, versions: [{ until: '9.3.0' }] }, { maxItems: 4, versions: [{ since: '9.3.0' }] }] },
    { key: 'mode', type: 'enum', values: ['a', 'b', 'c'], valueVersions: { c: [{ since: 'unreleased' }] } },
    { key: 'window', type: 'number' },
  ],
  secrets: [],
  params: [
    { key: 'action', type: 'enum', values: ['trigger', 'resolve'] },
    { key: 'dedupKey', type: 'string', maxLength: 5 },
  ],
  groups: [{ group: AUTH }],
  rules: [
    { kind: 'when', when: [{ path: 'config.hasAuth', op: 'equals', values: [true] }], require: ['secrets.user'], runtimeOnly: true },
    { kind: 'when', when: [{ path: 'params.action', op: 'equals', values: ['resolve'] }], require: ['params.dedupKey'] },
  ],
};

const options = (version?: string, naming: CheckOptions['naming'] = 'property'): CheckOptions =>
  ({ target: new KibanaTarget(version), naming, isUnresolved: (v) => v === TOKEN });
const TOKEN = Symbol.for('token');
const messages = (version: string | undefined, config: object, secrets: object = { user: 'u', password: 'p' }) =>
  checkConnector(SPEC, { config, secrets }, options(version)).map((p) => p.message);

describe('versions', () => {
  const config = { url: 'https://x.example.com', readRegion: 'eu' };
  test.each([
    ['8.19.11', false], ['8.19.12', true], ['9.0.0', false], ['9.2.4', false], ['9.2.5', true], ['9.3.1', false], ['9.4.0', true], [undefined, true],
  ])('a backported field at %s: accepted %s', (version, accepted) => {
    const problems = messages(version, config);
    expect(problems.some((m) => m.startsWith('config.readRegion is not accepted'))).toBe(!accepted);
  });

  test('the message names every range', () => {
    expect(messages('9.1.0', config)).toContain(
      'config.readRegion is not accepted by the target Kibana 9.1.0 (context key "kibanaVersion"): the field needs '
      + 'Kibana 8.19.12 and later, before 9.0.0; or Kibana 9.2.5 and later, before 9.3.0; or Kibana 9.4.0 and later');
  });

  test('a value on Kibana\'s main branch only: refused up to the checked release, accepted by a newer target and the newest', () => {
    const c = { url: 'https://x.example.com', mode: 'c' };
    expect(messages('9.4.0', c).join('\n')).toContain('config.mode is "c", which the target Kibana 9.4.0');
    expect(messages('9.5.0', c)).toEqual([]);
    expect(messages(undefined, c)).toEqual([]);
  });

  test('the type itself', () => {
    expect(messages('8.9.0', { url: 'https://x.example.com' })[0]).toBe(
      'connector type .demo is not accepted by the target Kibana 8.9.0 (context key "kibanaVersion"): it needs Kibana 8.10.0 and later');
  });
});

describe('fields', () => {
  test('versioned limits: the bound of the target Kibana', () => {
    const c = { url: 'https://x.example.com', channels: ['a', 'b', 'c'] };
    expect(messages('9.2.0', c)).toEqual(['config.channels has 3 items; The target Kibana 9.2.0 (context key "kibanaVersion") accepts at most 2']);
    expect(messages('9.3.0', c)).toEqual([]);
    expect(messages(undefined, { ...c, channels: ['a', 'b', 'c', 'd', 'e'] })).toEqual(['config.channels has 5 items; The newest Kibana accepts at most 4']);
  });

  test('fractions are numbers; shapes, URLs, values and unknown keys are checked; tokens are not', () => {
    expect(messages(undefined, { url: 'https://x.example.com', window: 0.5 })).toEqual([]);
    expect(messages(undefined, { url: 'ftp://x', window: '5', mode: 'z', extra: 1 })).toEqual([
      'config.extra is not a field of this connector type (Kibana rejects unknown fields); known: url, readRegion, channels, mode, window, hasAuth',
      'config.url is not an absolute http(s) URL',
      'config.mode is "z"; expected one of "a", "b", "c"',
      'config.window is a string; expected a number',
    ]);
    expect(messages(undefined, { url: TOKEN, window: TOKEN, mode: TOKEN })).toEqual([]);
  });

  test('Kibana\'s keys or the struct\'s properties, as the caller names them', () => {
    const keyed = checkConnector(SPEC, { config: { url: 'https://x.example.com', readRegion: 'x' }, secrets: {} }, options('9.4.0', 'key'));
    expect(keyed.map((p) => p.path)).toEqual(['config.readRegion', 'secrets.user']);
    expect(keyed[0].kind).toBe('unknown');
  });
});

describe('rules', () => {
  test('a rule Kibana only meets when the connector runs says so; a group\'s rule applies to the type', () => {
    expect(messages(undefined, { url: 'https://x.example.com' }, { password: 'p' })).toEqual([
      'secrets.user is required when config.hasAuth is true (Kibana accepts this when the connector is created, but the connector can only fail when it runs)',
    ]);
    // The together rule (from the group) does not repeat the missing user.
    expect(messages(undefined, { url: 'https://x.example.com', hasAuth: false }, { password: 'p' })).toEqual([
      'secrets.user and secrets.password must be given together (missing: secrets.user)',
    ]);
  });

  test('the importer\'s question: which secrets does this config need (defaults applied)', () => {
    expect(requiredByRules(SPEC, 'secrets', { url: 'x' }, options(undefined, 'key'))).toEqual([
      { field: 'user', key: 'user', condition: 'config.hasAuth is true' },
    ]);
    expect(requiredByRules(SPEC, 'secrets', { hasAuth: false }, options(undefined, 'key'))).toEqual([]);
  });

  test('params rules are checked with the params, not with the connector', () => {
    const p = (params: object) => checkParams(SPEC, params, options(undefined, 'key')).map((x) => x.message);
    expect(p({ action: 'resolve' })).toEqual(['params.dedupKey is required when params.action is "resolve"']);
    expect(p({ action: 'resolve', dedupKey: 'abcdefg' })).toEqual(['params.dedupKey has 7 characters; Kibana accepts at most 5']);
    expect(p({ action: 'trigger' })).toEqual([]);
    expect(p({ action: 'trigger', nope: 1 })[0]).toContain('params.nope is not a field');
  });
});

test('struct rules: checked on the struct and on each item of a struct list, named by the item\'s path; params strictness is the spec\'s', () => {
  const metric = {
    key: 'metrics',
    type: 'structList' as const,
    fields: [{ key: 'agg', type: 'enum' as const, values: ['count', 'avg'] }, { key: 'field', type: 'string' as const }, { key: 'filter', type: 'string' as const }],
    rules: [
      { kind: 'when' as const, when: [{ path: 'params.agg', op: 'not' as const, values: ['count'] }], require: ['params.field'], forbid: ['params.filter'] },
      { kind: 'when' as const, when: [{ path: 'params.agg', op: 'equals' as const, values: ['count'] }], forbid: ['params.field'] },
    ],
  };
  const spec: ConnectorSpec = {
    typeId: 'rule',
    subject: 'rule',
    catalog: { checkedThrough: '9.4.0' },
    versions: [],
    strict: true,
    config: [],
    secrets: [],
    params: [metric, { key: 'main', type: 'struct', fields: metric.fields, rules: metric.rules }],
    rules: [],
  };
  const p = (params: object, s = spec) => checkParams(s, params, options(undefined, 'key')).map((x) => x.message);
  expect(p({ metrics: [{ agg: 'count', filter: 'a' }, { agg: 'avg' }, { agg: 'count', field: 'x' }], main: { agg: 'avg', field: 'y', filter: 'z' } })).toEqual([
    'params.metrics[1].field is required when params.metrics[1].agg is not "count"',
    'params.metrics[2].field must not be set when params.metrics[2].agg is "count"',
    'params.main.filter must not be set when params.main.agg is not "count"',
  ]);
  // A token item (or a token agg) is skipped, as everywhere.
  expect(checkParams(spec, { metrics: ['TOKEN', { agg: 'TOKEN' }] }, { ...options(undefined, 'key'), isUnresolved: (v) => v === 'TOKEN' })).toEqual([]);
  // Unknown top-level keys: refused unless the spec says Kibana lets them through; structs stay strict.
  expect(p({ extra: 1 })[0]).toContain('params.extra is not a field');
  expect(p({ extra: 1, main: { agg: 'count', nope: 1 } }, { ...spec, paramsStrict: false })).toEqual([
    expect.stringContaining('params.main.nope is not a field of params.main'),
  ]);
});

test('the built object: Kibana\'s keys, in field order, with the defaults of the target', () => {
  expect(buildSection(SPEC, 'config', { readRegion: 'eu', url: 'https://x.example.com' }, options())).toEqual({ url: 'https://x.example.com', getRegion: 'eu', hasAuth: true });
  expect(Object.keys(buildSection(SPEC, 'config', { readRegion: 'eu', url: 'u' }, options()))).toEqual(['url', 'getRegion', 'hasAuth']);
});
