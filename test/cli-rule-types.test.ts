// `kibana-connectors types --rules` against the Kibana double over loopback: the JSON is what
// generator/rule-types.json holds (sorted by id, byte for byte), so `npx projen generate:rule-types`
// refreshes the committed file; --table prints each type's groups, producer, alerts-as-data flag and
// the package's typed class, Kibana's texts terminal-safe and bounded; per space; bad answers and
// wrong command lines get clear errors and their exit codes.
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './support/cli';
import { KibanaDouble } from './support/kibana-double';
import { scratchDir } from './support/synth';
import { DEFAULT_TYPES_FILE, generate } from '../generator/rules/generate';
import { MAX_CELL } from '../src/cli/commands/types';
import { MAX_JSON_STRING } from '../src/comment';
import { CONNECTOR_TYPES } from '../src/connectors/registry';

const API_KEY = 'cnVsZS10eXBlcy1rZXktZG8tbm90LXByaW50';
const COMMITTED = fs.readFileSync(DEFAULT_TYPES_FILE, 'utf8');
/** The committed answer in another order, as a Kibana may list it (by plugin start). */
const SHUFFLED: Record<string, unknown>[] = (JSON.parse(COMMITTED) as Record<string, unknown>[]).reverse();

const HOSTILE = {
  id: 'evil.rule',
  name: `Evil\u001b]8;;http://x\u0007 rule\nsecond line ${'x'.repeat(400)}`,
  producer: 'stackAlerts\r',
  minimum_license_required: 'basic',
  action_groups: [{ id: 'fired\u001b[2J', name: 'Fired' }, { id: 'recovered', name: 'Recovered' }],
  default_action_group_id: 'fired\u001b[2J',
  recovery_action_group: { id: 'recovered', name: 'Recovered' },
  has_alerts_mappings: false,
};

let double: KibanaDouble | undefined;
let dir: string;
afterEach(async () => {
  await double?.stop();
  double = undefined;
});

async function start(options: Partial<Parameters<typeof KibanaDouble.start>[0]> = {}): Promise<void> {
  dir = scratchDir('kc-cli-rule-types-');
  double = await KibanaDouble.start({ ruleTypes: SHUFFLED, credentials: { apiKey: API_KEY }, ...options });
}

function cli(args: string[]) {
  const env = { KIBANA_API_KEY: API_KEY, KIBANA_ENDPOINT: double!.url };
  return runCli(args, { env, cwd: dir, registry: CONNECTOR_TYPES, secretProbe: null }, [API_KEY]);
}

describe('types --rules (JSON)', () => {
  test('--out writes what generator/rule-types.json holds, byte for byte, and the rule generator reads it', async () => {
    await start();
    const r = await cli(['types', '--rules', '--out', 'rule-types.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('wrote 12 rule type(s) to rule-types.json\n');
    const written = fs.readFileSync(path.join(dir, 'rule-types.json'), 'utf8');
    expect(written).toBe(COMMITTED);
    expect(double!.requests.map((q) => `${q.method} ${q.path} ${q.authScheme}`)).toEqual(['GET /api/alerting/rule_types ApiKey']);
    expect(generate({ typesFile: path.join(dir, 'rule-types.json') }).model.ruleTypes).toHaveLength(12);
  });

  test('without --out the JSON goes to stdout; fields the committed file lacks are kept as Kibana sent them', async () => {
    const extra = { ...HOSTILE, id: '.a-first', rule_task_timeout: '5m', alerts: { context: 'x', mappings: { fieldMap: { 'kibana.alert.x': { type: 'keyword' } } } } };
    await start({ ruleTypes: [...SHUFFLED, extra] });
    const r = await cli(['types', '--rules']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list[0]).toEqual(extra);
    expect(list.map((t) => t.id)).toEqual([...list.map((t) => t.id as string)].sort());
  });
});

/** What a terminal acts on, and what shows text other than it is, outside JSON's layout line breaks. */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('types --rules (JSON) is safe to print and bounded', () => {
  test('C1 controls, line separators and bidi characters are \\uXXXX escapes inside their strings: exact bytes, the same JSON values', async () => {
    const evil = {
      'id': 'evil.c1',
      'name': 'Evil \u001b]0;pwned\u0007 \u009b31m \u202e',
      'action_groups': [{ id: 'fired\u2028x', name: 'Fired\u2066\u007f' }],
      'key\u200f': 'value\u0085',
    };
    await start({ ruleTypes: [evil] });
    const r = await cli(['types', '--rules']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(String.raw`[
  {
    "id": "evil.c1",
    "name": "Evil \u001b]0;pwned\u0007 \u009b31m \u202e",
    "action_groups": [
      {
        "id": "fired\u2028x",
        "name": "Fired\u2066\u007f"
      }
    ],
    "key\u200f": "value\u0085"
  }
]
`);
    expect(r.stdout).not.toMatch(RAW_UNSAFE);
    expect(JSON.parse(r.stdout)).toEqual([evil]);
    // --out writes the same text.
    const out = await cli(['types', '--rules', '--out', 'rule-types.json']);
    expect(out.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'rule-types.json'), 'utf8')).toBe(r.stdout);
  });

  test('a string or key longer than MAX_JSON_STRING is cut and says its length; the output stays valid JSON', async () => {
    const long = { ...HOSTILE, id: 'long.rule', name: `\u202e${'n'.repeat(200_000 - 1)}`, ['k'.repeat(10_000)]: 'x', emoji: `${'e'.repeat(MAX_JSON_STRING - 1)}\u{1f600}` };
    await start({ ruleTypes: [long] });
    const r = await cli(['types', '--rules']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThan(4 * MAX_JSON_STRING); // three cut strings and the rest
    expect(r.stdout).not.toMatch(RAW_UNSAFE);
    const [parsed] = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(parsed.name).toBe(`\u202e${'n'.repeat(MAX_JSON_STRING - 1)}... (200000 characters)`);
    expect(parsed[`${'k'.repeat(MAX_JSON_STRING)}... (10000 characters)`]).toBe('x');
    // Never half a surrogate pair: the emoji that straddles the bound is left out whole.
    expect(parsed.emoji).toBe(`${'e'.repeat(MAX_JSON_STRING - 1)}... (${MAX_JSON_STRING + 1} characters)`);
    expect(r.stdout).toContain(String.raw`"name": "\u202ennn`);
    expect({ ...parsed, name: undefined, emoji: undefined, [`${'k'.repeat(MAX_JSON_STRING)}... (10000 characters)`]: undefined })
      .toEqual({ ...HOSTILE, id: 'long.rule', name: undefined, emoji: undefined });
  });
});

describe('types --rules --table', () => {
  test('one line per type: id, name, producer, default, recovery and all groups, alerts as data, typed class', async () => {
    await start();
    const r = await cli(['types', '--rules', '--table']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s{2,}/));
    expect(rows[0]).toEqual(['TYPE', 'NAME', 'PRODUCER', 'DEFAULT GROUP', 'RECOVERY GROUP', 'ACTION GROUPS', 'ALERTS AS DATA', 'CLASS']);
    expect(rows).toContainEqual(['.index-threshold', 'Index threshold', 'stackAlerts', 'threshold met', 'recovered', 'threshold met, recovered', 'yes', 'IndexThresholdRule']);
    expect(rows).toContainEqual(['.es-query', 'Elasticsearch query', 'stackAlerts', 'query matched', 'recovered', 'query matched, recovered', 'yes', 'EsQueryRule']);
    const metrics = rows.find((row) => row[0] === 'metrics.alert.threshold')!;
    expect(metrics.at(-1)).toBe('-');
    expect(rows.slice(1).map((row) => row[0])).toEqual(rows.slice(1).map((row) => row[0]).sort());
    expect(rows).toContainEqual(['monitoring_alert_cpu_usage', 'CPU Usage', 'monitoring', 'default', 'recovered', 'default, recovered', 'no', '-']);
    expect(rows).toHaveLength(13);
  });

  test("Kibana's texts are printed terminal-safe, one line each, and cut to a bounded width", async () => {
    await start({ ruleTypes: [HOSTILE] });
    const r = await cli(['types', '--rules', '--table']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('evil.rule  Evil\\u001b]8;;http://x\\u0007 rule\\u000asecond line xxx');
    expect(lines[1]).toContain('stackAlerts\\u000d');
    expect(lines[1]).toContain('fired\\u001b[2J, recovered');
    const name = lines[1].split(/\s{2,}/)[1];
    expect(name).toHaveLength(MAX_CELL);
    expect(name.endsWith('...')).toBe(true);
    expect(lines[1].split(/\s{2,}/).slice(-2)).toEqual(['no', '-']);
  });
});

describe('types --rules: spaces, bad answers, wrong command lines', () => {
  test('--space asks that space, which answers its own rule types', async () => {
    await start({ spaces: [{ id: 'default', connectors: [] }, { id: 'ops', connectors: [], ruleTypes: [HOSTILE] }] });
    const r = await cli(['types', '--rules', '--space', 'ops']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((t) => t.id)).toEqual(['evil.rule']);
    expect(double!.requests.at(-1)).toMatchObject({ method: 'GET', path: '/s/ops/api/alerting/rule_types', space: 'ops' });
  });

  test('an answer that is not a list of rule types: exit 1 naming the request; nothing written', async () => {
    await start({ ruleTypes: [{ id: '.index-threshold' }] });
    const r = await cli(['types', '--rules', '--out', 'rule-types.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/GET \/api\/alerting\/rule_types: element 0 does not have Kibana's shape/);
    expect(fs.existsSync(path.join(dir, 'rule-types.json'))).toBe(false);
    await double!.stop();
    await start({ failures: { '/api/alerting/rule_types': [{ status: 200, body: '{"statusCode":200}' }] } });
    const notList = await cli(['types', '--rules']);
    expect(notList.code).toBe(1);
    expect(notList.stderr).toMatch(/GET \/api\/alerting\/rule_types: expected a JSON array, got object/);
  });

  test('the answer is bounded like every other call: over --max-response-bytes it is not read', async () => {
    await start();
    const r = await cli(['types', '--rules', '--max-response-bytes', '1KiB']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/GET \/api\/alerting\/rule_types: the answer announces \d+ bytes, more than the 1 KiB response size limit/);
  });

  test('--feature-id with --rules is a usage error (exit 2), before Kibana is asked; the help names --rules', async () => {
    await start();
    const r = await cli(['types', '--rules', '--feature-id', 'alerting']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--feature-id filters connector types; rule types have no feature filter/);
    expect(double!.requests).toEqual([]);
    const help = await cli(['types', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--rules\s+the rule types \(GET \/api\/alerting\/rule_types\)/);
    expect(help.stdout).toMatch(/With --rules, GET \/api\/alerting\/rule_types instead/);
  });
});
