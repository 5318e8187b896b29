// `kibana-connectors types --table` against the Kibana double over loopback: one line per type with
// Kibana's id, name, license and enabled flags next to the package's construct and first Kibana
// version; the JSON default stays as it was; hostile names are printed terminal-safe and bounded, in
// the table and in the JSON.
import * as fs from 'fs';
import * as path from 'path';
import { IndexConnector, JiraConnector, SlackConnector, TorqConnector } from '../src';
import { runCli } from './support/cli';
import { KibanaDouble, SAMPLE_CONNECTOR_TYPES } from './support/kibana-double';
import { scratchDir } from './support/synth';
import { MAX_CELL } from '../src/cli/commands/types';
import { MAX_JSON_STRING } from '../src/comment';
import { CONNECTOR_TYPES } from '../src/connectors/registry';

const API_KEY = 'Y2xpLXR5cGVzLWtleS1kby1ub3QtcHJpbnQ=';

const TYPES: Record<string, unknown>[] = [
  ...SAMPLE_CONNECTOR_TYPES,
  { id: '.torq', name: 'Torq', enabled: false, enabled_in_config: true, enabled_in_license: false, minimum_license_required: 'gold', supported_feature_ids: ['alerting'], is_system_action_type: false },
  { id: '.evil', name: 'Evil\u001b[31m red\nsecond line', enabled: false, enabled_in_config: false, enabled_in_license: false, minimum_license_required: 'enterprise', supported_feature_ids: ['alerting'], is_system_action_type: false },
];

let double: KibanaDouble | undefined;
let dir: string;
beforeEach(async () => {
  dir = scratchDir('kc-cli-types-');
  double = await KibanaDouble.start({ connectorTypes: TYPES, credentials: { apiKey: API_KEY } });
});
afterEach(async () => {
  await double?.stop();
  double = undefined;
});

function cli(args: string[]) {
  return runCli(args, {
    env: { KIBANA_API_KEY: API_KEY, KIBANA_ENDPOINT: double!.url },
    cwd: dir,
    registry: CONNECTOR_TYPES,
    secretProbe: null,
  }, [API_KEY]);
}

describe('types --table', () => {
  test('one line per type: id, name, license, first Kibana version and construct, enabled', async () => {
    const r = await cli(['types', '--table']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const torqFirst = TorqConnector.FIRST_KIBANA_VERSION;
    const slackFirst = SlackConnector.FIRST_KIBANA_VERSION;
    const rows = [
      ['TYPE', 'NAME', 'LICENSE', 'FIRST KIBANA', 'CONSTRUCT', 'ENABLED'],
      ['.slack', 'Slack', 'gold', slackFirst, 'SlackConnector', 'yes'],
      ['.index', 'Index', 'basic', IndexConnector.FIRST_KIBANA_VERSION, 'IndexConnector', 'yes'],
      ['.cases', 'Cases', 'platinum', '-', '-', 'yes'],
      ['.jira', 'Jira', 'gold', JiraConnector.FIRST_KIBANA_VERSION, 'JiraConnector', 'yes'],
      ['.torq', 'Torq', 'gold', torqFirst, 'TorqConnector', 'no (license)'],
      ['.evil', 'Evil\\u001b[31m red\\u000asecond line', 'enterprise', '-', '-', 'no (config, license)'],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    const expected = rows.map((row) => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ') + '\n').join('');
    expect(r.stdout).toBe(expected);
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stdout.split('\n')).toHaveLength(rows.length + 1);
    expect(r.stderr).toBe('');
  });

  test('--feature-id filters the table as it filters the JSON', async () => {
    const r = await cli(['types', '--table', '--feature-id', 'cases']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => l.split(/\s{2,}/))).toEqual([
      ['TYPE', 'NAME', 'LICENSE', 'FIRST KIBANA', 'CONSTRUCT', 'ENABLED'],
      ['.jira', 'Jira', 'gold', JiraConnector.FIRST_KIBANA_VERSION, 'JiraConnector', 'yes'],
    ]);
    expect(double!.requests.at(-1)!.query).toEqual({ feature_id: 'cases' });
  });

  test('--out writes the table to the file; the default output stays JSON', async () => {
    const r = await cli(['types', '--table', '--out', 'types.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote 6 connector type\(s\) to types.txt/);
    expect(fs.readFileSync(path.join(dir, 'types.txt'), 'utf8')).toMatch(/^TYPE {2,}NAME/);
    const json = await cli(['types']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(TYPES)));
  });

  test('the help names --table; a value given to it is a usage error', async () => {
    const help = await cli(['types', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--table\s+one line per type/);
    const bad = await cli(['types', '--table=yes']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('types (JSON) is safe to print and bounded', () => {
  const EVIL = {
    id: '.evil',
    name: 'Evil \u001b]0;pwned\u0007 \u009b31m \u202e',
    enabled: false,
    supported_feature_ids: ['alerting\u2029'],
  };

  async function restart(types: Record<string, unknown>[]): Promise<void> {
    await double!.stop();
    double = await KibanaDouble.start({ connectorTypes: types, credentials: { apiKey: API_KEY } });
  }

  test('C1 controls, separators and bidi characters are \\uXXXX escapes: exact bytes, the same JSON values', async () => {
    await restart([EVIL]);
    const r = await cli(['types']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(String.raw`[
  {
    "id": ".evil",
    "name": "Evil \u001b]0;pwned\u0007 \u009b31m \u202e",
    "enabled": false,
    "supported_feature_ids": [
      "alerting\u2029"
    ]
  }
]
`);
    expect(JSON.parse(r.stdout)).toEqual([EVIL]);
  });

  test('a 200 KB name is cut to MAX_JSON_STRING characters in the JSON and MAX_CELL in the table', async () => {
    await restart([{ ...EVIL, name: 'n'.repeat(200_000) }]);
    const json = await cli(['types']);
    expect(json.code).toBe(0);
    expect(json.stdout.length).toBeLessThan(MAX_JSON_STRING + 200);
    expect((JSON.parse(json.stdout) as Array<{ name: string }>)[0].name).toBe(`${'n'.repeat(MAX_JSON_STRING)}... (200000 characters)`);
    const table = await cli(['types', '--table']);
    expect(table.code).toBe(0);
    const name = table.stdout.split('\n')[1].split(/\s{2,}/)[1];
    expect(name).toBe(`${'n'.repeat(MAX_CELL - 3)}...`);
  });
});
