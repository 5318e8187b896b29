// `kibana-connectors guard` and `kibana-connectors test` against a Kibana double over loopback.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CliResult, runCli } from './support/cli';
import { KibanaDouble } from './support/kibana-double';
import { requires, TERRAFORM } from './support/requirements';
import { scratchDir } from './support/synth';

const PLANS = path.join(__dirname, 'fixtures', 'plans');
const API_KEY = 'R1VBUkQtU0VDUkVULUFQSS1LRVk=';

async function cli(argv: string[], kibana?: KibanaDouble, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...extraEnv };
  if (kibana) Object.assign(env, { KIBANA_ENDPOINT: kibana.url, KIBANA_API_KEY: API_KEY });
  return runCli(argv, { env, cwd: PLANS }, [API_KEY, /PLAN-SECRET/]);
}

function doubleWithCounts(): Promise<KibanaDouble> {
  return KibanaDouble.start({
    credentials: { apiKey: API_KEY },
    spaces: [
      {
        id: 'default',
        connectors: [
          { id: '1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d', name: 'Ops Slack', connector_type_id: '.slack', config: {}, referenced_by_count: 3 },
          { id: '0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d', name: 'Unused log', connector_type_id: '.server-log', config: {}, referenced_by_count: 0 },
        ],
      },
      { id: 'payments', connectors: [{ id: '9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a', name: 'On-call', connector_type_id: '.pagerduty', config: {}, referenced_by_count: 1 }] },
    ],
  });
}

describe('kibana-connectors guard', () => {
  let kibana: KibanaDouble;
  beforeEach(async () => { kibana = await doubleWithCounts(); });
  afterEach(async () => kibana.stop());

  test('blocks the deletion of a connector that rules reference, with a table', async () => {
    const r = await cli(['guard', '--plan', 'delete.json'], kibana);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ADDRESS\s+SPACE\s+CONNECTOR ID\s+NAME\s+RULES\s+CHANGE\s+VERDICT$/);
    expect(lines).toContainEqual(expect.stringMatching(
      /^elasticstack_kibana_action_connector\.ops_slack\s+default\s+1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d\s+Ops Slack\s+3\s+deleted: the resource was removed from the configuration\s+blocked$/,
    ));
    expect(lines).toContainEqual(expect.stringMatching(/^elasticstack_kibana_action_connector\.unused\s+.*\s+0\s+.*unreferenced$/));
    expect(r.stderr).toMatch(/1 connector that rules use or may use would be deleted or replaced/);
    expect(r.stderr).toContain('elasticstack_kibana_action_connector.ops_slack: used by 3 rules');
    expect(r.stderr).toMatch(/--allow elasticstack_kibana_action_connector\.ops_slack/);
    // one list call for the one space in the plan
    expect(kibana.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /api/actions/connectors']);
  });

  test('--allow lets a reviewed connector through', async () => {
    const r = await cli(['guard', '--plan', 'delete.json', '--allow', 'elasticstack_kibana_action_connector.ops_slack'], kibana);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ops_slack\s+.*\s+3\s+.*allowed/);
  });

  test('replacement by a type change is blocked and says why', async () => {
    const r = await cli(['guard', '--plan', 'replace-type.json'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('replaced: connector_type_id ".slack" → ".slack_api"');
  });

  test('replacement by a space change looks the connector up in its old space', async () => {
    const r = await cli(['guard', '--plan', 'replace-space.json'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/oncall\s+payments\s+9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\s+On-call\s+1\s+replaced: space_id "payments" → "payments-eu"\s+blocked/);
    expect(kibana.requests.map((q) => q.path)).toEqual(['/s/payments/api/actions/connectors']);
  });

  test('a plan that only creates and updates passes without asking Kibana', async () => {
    const r = await cli(['guard', '--plan', 'create-only.json'], kibana);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no Kibana connector is deleted or replaced/);
    expect(kibana.requests).toEqual([]);
  });

  test('fails closed when Kibana cannot answer', async () => {
    kibana.fail('GET /api/actions/connectors', { status: 500, times: Infinity });
    const r = await cli(['guard', '--plan', 'delete.json', '--retries', '0'], kibana);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/GET \/api\/actions\/connectors/);
  });

  test('a space id Kibana cannot have (a hand-edited state) is a clear failure naming the resource, never "unexpected error"', async () => {
    const dir = scratchDir('kc-guard-');
    const plan = JSON.parse(fs.readFileSync(path.join(PLANS, 'delete.json'), 'utf8'));
    plan.resource_changes[0].change.before.space_id = 'Ops Space';
    fs.writeFileSync(path.join(dir, 'bad-space.json'), JSON.stringify(plan));
    const r = await cli(['guard', '--plan', path.join(dir, 'bad-space.json')], kibana);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kibana-connectors: ${path.join(dir, 'bad-space.json')}: resource_changes[0] (elasticstack_kibana_action_connector.ops_slack): `
      + 'the space id "Ops Space" (from space_id) is not a Kibana space id (lowercase letters, digits, "_" and "-"), so the guard cannot ask Kibana about the connector\n');
    expect(kibana.requests).toEqual([]);
  });

  test('bad plan files are named with the field; usage errors exit 2', async () => {
    const dir = scratchDir('kc-guard-');
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"format_version":"1.2","planned_values":{},"resource_changes":{}}');
    fs.writeFileSync(path.join(dir, 'notjson.json'), '{oops');
    expect((await cli(['guard', '--plan', path.join(dir, 'bad.json')], kibana)).stderr).toMatch(/bad\.json: resource_changes is "object", expected an array/);
    const notJson = await cli(['guard', '--plan', path.join(dir, 'notjson.json')], kibana);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/notjson\.json is not valid JSON/);
    expect((await cli(['guard'], kibana)).code).toBe(2);
    expect((await cli(['guard', '--plan', 'missing.json'], kibana)).stderr).toMatch(/missing\.json/);
    const help = await cli(['guard', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: kibana-connectors guard --plan <file>/);
  });
});

/** Runs Terraform with no provider (only the built-in terraform_data) in `dir`; returns stdout. */
function terraform(dir: string, args: string[]): string {
  const r = spawnSync('terraform', [...args, '-no-color'], { cwd: dir, env: { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Words of a shell command line, as a real POSIX shell splits them (with no expansion run by us). */
function shellWords(line: string, cwd: string): string[] {
  const r = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { cwd, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

requires(TERRAFORM)('guard: only a plan is a plan (real Terraform JSON)', () => {
  let kibana: KibanaDouble;
  let dir: string;
  beforeAll(() => {
    // One provider-less module, applied, then planned twice: once with no change, once
    // removing a resource. `terraform show -json` of the state and of both plans.
    dir = scratchDir('kc-guard-tf-');
    const module = (keys: string[]) => `resource "terraform_data" "t" {\n  for_each = toset(${JSON.stringify(keys)})\n  input    = each.key\n}\n`;
    fs.writeFileSync(path.join(dir, 'main.tf'), module(['a', 'b']));
    terraform(dir, ['init', '-input=false']);
    terraform(dir, ['apply', '-auto-approve', '-input=false']);
    fs.writeFileSync(path.join(dir, 'state.json'), terraform(dir, ['show', '-json']));
    terraform(dir, ['plan', '-input=false', '-out=same.tfplan']);
    fs.writeFileSync(path.join(dir, 'same.json'), terraform(dir, ['show', '-json', 'same.tfplan']));
    fs.writeFileSync(path.join(dir, 'main.tf'), module(['a']));
    terraform(dir, ['plan', '-input=false', '-out=delete.tfplan']);
    fs.writeFileSync(path.join(dir, 'delete.json'), terraform(dir, ['show', '-json', 'delete.tfplan']));
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'main.tf'), '');
    terraform(empty, ['init', '-input=false']);
    terraform(empty, ['plan', '-input=false', '-out=empty.tfplan']);
    fs.writeFileSync(path.join(dir, 'empty-plan.json'), terraform(empty, ['show', '-json', 'empty.tfplan']));
    fs.writeFileSync(path.join(dir, 'empty-state.json'), terraform(empty, ['show', '-json']));
  });
  beforeEach(async () => { kibana = await doubleWithCounts(); });
  afterEach(async () => kibana.stop());

  test.each(['state.json', 'empty-state.json'])('%s (terraform show -json of a state) is an error saying what was expected', async (file) => {
    const r = await cli(['guard', '--plan', path.join(dir, file)], kibana);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: not a Terraform plan`);
    expect(r.stderr).toContain('expected the output of `terraform show -json <planfile>`');
    expect(r.stderr).not.toMatch(/no Kibana connector is deleted/);
    expect(kibana.requests).toEqual([]);
  });

  test.each(['empty-plan.json', 'same.json', 'delete.json'])('a real plan without connector removals (%s) passes', async (file) => {
    const r = await cli(['guard', '--plan', path.join(dir, file)], kibana);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toMatch(/no Kibana connector is deleted or replaced/);
    expect(kibana.requests).toEqual([]);
  });
});

describe('guard fails closed on what it cannot confirm', () => {
  let kibana: KibanaDouble | undefined;
  afterEach(async () => kibana?.stop());

  const listed = (unusedCount: string) => `[
    {"id":"1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d","name":"Ops Slack","connector_type_id":".slack","config":{},"is_preconfigured":false,"is_deprecated":false,"is_system_action":false,"is_missing_secrets":false,"referenced_by_count":3},
    {"id":"0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d","name":"Unused log","connector_type_id":".server-log","config":{},"is_preconfigured":false,"is_deprecated":false,"is_system_action":false,"is_missing_secrets":false${unusedCount}}
  ]`;

  test.each([
    ['missing', '', 'missing'],
    ['null', ',"referenced_by_count":null', 'null'],
    ['not a number', ',"referenced_by_count":"0"', 'not a count: "0"'],
  ])('a referenced_by_count that is %s is unknown: blocked, with the reason', async (_what, field, said) => {
    kibana = await doubleWithCounts();
    kibana.fail('GET /api/actions/connectors', { status: 200, body: listed(field) });
    const r = await cli(['guard', '--plan', 'delete.json', '--allow', 'elasticstack_kibana_action_connector.ops_slack'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^elasticstack_kibana_action_connector\.unused\s+default\s+0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d\s+Unused log\s+unknown\s+deleted: .*\s+blocked$/m);
    expect(r.stderr).toContain(`elasticstack_kibana_action_connector.unused: Kibana did not say how many rules use it (referenced_by_count ${said})`);
    expect(r.stderr).toMatch(/^ {2}--allow elasticstack_kibana_action_connector\.unused$/m);
  });

  test('an unknown count passes only with --allow', async () => {
    kibana = await doubleWithCounts();
    kibana.fail('GET /api/actions/connectors', { status: 200, body: listed('') });
    const r = await cli(['guard', '--plan', 'delete.json', '--allow', 'elasticstack_kibana_action_connector.ops_slack', '--allow', 'elasticstack_kibana_action_connector.unused'], kibana);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/unused\s+.*\s+unknown\s+.*\s+allowed$/m);
  });

  test('a removal without space_id says it looked in "default", and blocks when not found there', async () => {
    kibana = await doubleWithCounts();
    const r = await cli(['guard', '--plan', 'no-space-id.json'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^elasticstack_kibana_action_connector\.legacy_log\s+default \(assumed\)\s+0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d\s+Unused log\s+0\s+.*\s+unreferenced$/m);
    expect(r.stdout).toMatch(/^elasticstack_kibana_action_connector\.legacy_hook\s+default \(assumed\)\s+5d5d5d5d-0000-4000-8000-000000000001\s+Legacy hook\s+not found\s+.*\s+blocked$/m);
    for (const name of ['legacy_log', 'legacy_hook']) {
      expect(r.stderr).toContain(`guard: elasticstack_kibana_action_connector.${name}: the plan has no space_id for this connector; looked it up in space "default"`);
    }
    expect(r.stderr).toContain('elasticstack_kibana_action_connector.legacy_hook: not found in space "default" (assumed: the plan has no space_id); cannot tell whether rules use it');
    expect(kibana.requests.map((q) => q.path)).toEqual(['/api/actions/connectors']);
  });

  test('a connector that Kibana does not list in its space is blocked', async () => {
    kibana = await KibanaDouble.start({
      credentials: { apiKey: API_KEY },
      spaces: [{ id: 'default', connectors: [{ id: '1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d', name: 'Ops Slack', connector_type_id: '.slack', config: {}, referenced_by_count: 3 }] }],
    });
    const r = await cli(['guard', '--plan', 'delete.json', '--allow', 'elasticstack_kibana_action_connector.ops_slack'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^elasticstack_kibana_action_connector\.unused\s+default\s+\S+\s+Unused log\s+not found\s+.*\s+blocked$/m);
    expect(r.stderr).toContain('elasticstack_kibana_action_connector.unused: not found in space "default"; cannot tell whether rules use it');
  });
});

describe('guard output is safe to read and to paste', () => {
  let kibana: KibanaDouble;
  afterEach(async () => kibana.stop());
  const team = (n: number) => ({ id: `7a000000-0000-4000-8000-00000000000${n}`, name: `Team ${n}`, connector_type_id: '.slack', config: {}, referenced_by_count: n });

  test('--allow hints are shell-quoted: pasted, they match and run nothing', async () => {
    kibana = await KibanaDouble.start({ credentials: { apiKey: API_KEY }, spaces: [{ id: 'default', connectors: [team(1), team(2), team(3)] }] });
    const r = await cli(['guard', '--plan', 'for-each.json'], kibana);
    expect(r.code).toBe(1);
    const hints = r.stderr.split('\n').filter((l) => l.startsWith('  --allow '));
    expect(hints).toEqual([
      '  --allow \'elasticstack_kibana_action_connector.team["ops"]\'',
      '  --allow \'elasticstack_kibana_action_connector.team["$(touch kc-guard-pwned)"]\'',
      '  --allow \'elasticstack_kibana_action_connector.team["it\'\\\'\'s"]\'',
    ]);
    // Paste the hints into a real shell: the words are the addresses and nothing runs.
    const dir = scratchDir('kc-guard-paste-');
    const words = shellWords(hints.join(' '), dir);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(words).toEqual([
      '--allow', 'elasticstack_kibana_action_connector.team["ops"]',
      '--allow', 'elasticstack_kibana_action_connector.team["$(touch kc-guard-pwned)"]',
      '--allow', 'elasticstack_kibana_action_connector.team["it\'s"]',
    ]);
    const again = await cli(['guard', '--plan', 'for-each.json', ...words], kibana);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/allowed$/gm)).toHaveLength(3);
  });

  test('values the plan marks sensitive are never printed, not even in the change reason', async () => {
    kibana = await doubleWithCounts();
    const r = await cli(['guard', '--plan', 'sensitive.json'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^elasticstack_kibana_action_connector\.oncall\s+\(sensitive\)\s+9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a\s+\(sensitive\)\s+1\s+replaced: space_id \(sensitive\) → \(sensitive\)\s+blocked$/m);
    expect(r.stdout + r.stderr).not.toContain('payments');
    // it was still looked up in its (sensitive) space
    expect(kibana.requests.map((q) => q.path)).toEqual(['/s/payments/api/actions/connectors']);
  });

  test('control characters and escape sequences from the plan are escaped in the table and hints', async () => {
    kibana = await KibanaDouble.start({
      credentials: { apiKey: API_KEY },
      spaces: [{ id: 'default', connectors: [{ id: '6b6b6b6b-0000-4000-8000-000000000001', name: 'x', connector_type_id: '.slack', config: {}, referenced_by_count: 2 }] }],
    });
    const r = await cli(['guard', '--plan', 'hostile.json'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(CONTROL);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('elasticstack_kibana_action_connector.evil["\\u001b[2J"]');
    expect(lines[1]).toContain('Ops\\u001b]0;owned\\u0007 \\u202eSlack\\u000d\\u000ablocked');
    expect(lines[1]).toContain('config\\u001b[1m changed');
    expect(lines[1]).toMatch(/blocked$/);
    expect(r.stderr).toContain('  --allow \'elasticstack_kibana_action_connector.evil["\\u001b[2J"]\' (shown escaped: the address has control characters)');
  });

  test('an --allow that matches nothing is named quoted and escaped', async () => {
    kibana = await doubleWithCounts();
    const r = await cli(['guard', '--plan', 'delete.json', '--allow', 'x["a\u001b[2J"]'], kibana);
    expect(r.stderr).toContain('guard: --allow \'x["a\\u001b[2J"]\' matches no connector that this plan deletes or replaces');
    expect(r.stderr).not.toMatch(CONTROL);
  });
});

describe('kibana-connectors test', () => {
  let kibana: KibanaDouble;
  beforeEach(async () => { kibana = await doubleWithCounts(); });
  afterEach(async () => kibana.stop());

  test('runs _execute in the connector\'s space with the params and prints the status', async () => {
    const r = await cli(['test', 'payments/9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a', '--params', '{"eventAction":"trigger","summary":"test from CI"}'], kibana);
    expect(r.code).toBe(0);
    expect(kibana.executions).toEqual([{ space: 'payments', id: '9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a', params: { eventAction: 'trigger', summary: 'test from CI' } }]);
    const post = kibana.requests.find((q) => q.method === 'POST')!;
    expect(post.kbnXsrf).toBe(true);
    expect(post.path).toBe('/s/payments/api/actions/connector/9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a/_execute');
    expect(r.stdout).toMatch(/^status: ok$/m);
  });

  test('exits 1 with Kibana\'s message when the run fails; params may come from a file', async () => {
    kibana.executeResult = () => ({ status: 'error', message: 'an error occurred while running the action', service_message: 'Slack said: invalid_token' });
    const dir = scratchDir('kc-test-');
    const file = path.join(dir, 'params.json');
    fs.writeFileSync(file, JSON.stringify({ message: 'hello' }));
    const r = await cli(['test', '1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d', '--params-file', file], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^status: error$/m);
    expect(r.stdout).toMatch(/^message: an error occurred while running the action$/m);
    expect(r.stdout).toMatch(/^service message: Slack said: invalid_token$/m);
    expect(kibana.executions[0]).toMatchObject({ space: 'default', params: { message: 'hello' } });
  });

  test('rejects params that are not a JSON object, and a bad target, before calling Kibana', async () => {
    expect((await cli(['test', 'default/x', '--params', '[1]'], kibana))).toMatchObject({ code: 2 });
    expect((await cli(['test', 'default/x', '--params', '{bad'], kibana)).stderr).toMatch(/--params: not valid JSON/);
    expect((await cli(['test', 'Bad Space/x', '--params', '{}'], kibana)).stderr).toMatch(/not a Kibana space id/);
    expect((await cli(['test', 'default/x'], kibana)).stderr).toMatch(/--params or --params-file/);
    expect(kibana.requests).toEqual([]);
  });

  test('Kibana\'s status and messages are printed with control characters and escape sequences escaped', async () => {
    kibana.executeResult = () => ({
      status: 'error',
      message: 'failed\u001b]0;owned\u0007\r\nstatus: ok',
      service_message: '\u202eko \u009b2J',
    });
    const r = await cli(['test', 'default/1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d', '--params', '{}'], kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe([
      'status: error',
      'message: failed\\u001b]0;owned\\u0007\\u000d\\u000astatus: ok',
      'service message: \\u202eko \\u009b2J',
      '',
    ].join('\n'));
  });

  test('an answer that is not Kibana\'s (no status ok/error, a message that is not text) fails, never prints "status: undefined"; long messages are cut', async () => {
    const target = ['test', 'default/1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d', '--params', '{}'];
    kibana.executeResult = () => ({ data: 'no status' });
    let r = await cli(target, kibana);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/_execute: the answer has no status "ok" or "error"/);
    kibana.executeResult = () => ({ status: 'ok\u001b[32m' });
    r = await cli(target, kibana);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).not.toMatch(CONTROL);
    kibana.executeResult = () => ({ status: 'error', message: { html: '<b>' } });
    expect(await cli(target, kibana)).toMatchObject({ code: 1, stdout: '' });
    kibana.executeResult = () => ({ status: 'error', message: 'x'.repeat(100_000) });
    r = await cli(target, kibana);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('... (100000 characters)');
    expect(r.stdout.length).toBeLessThan(2_100);
  });

  test('credentials an upstream echoes in Kibana\'s message or service message are masked in every form', async () => {
    const target = ['test', 'default/1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d', '--params', '{}'];
    const runs: { env: NodeJS.ProcessEnv; credentials: Record<string, string>; echoed: string[] }[] = [
      {
        // An API key as Kibana gives it: base64 of "id:key".
        env: { KIBANA_API_KEY: Buffer.from('kid-4711:ECHOED-API-KEY-SECRET').toString('base64') },
        credentials: { apiKey: Buffer.from('kid-4711:ECHOED-API-KEY-SECRET').toString('base64') },
        echoed: [Buffer.from('kid-4711:ECHOED-API-KEY-SECRET').toString('base64'), 'kid-4711:ECHOED-API-KEY-SECRET', 'ECHOED-API-KEY-SECRET'],
      },
      {
        env: { KIBANA_USERNAME: 'elastic', KIBANA_PASSWORD: 'ECHOED-PASSWORD-SECRET' },
        credentials: { username: 'elastic', password: 'ECHOED-PASSWORD-SECRET' },
        echoed: ['elastic:ECHOED-PASSWORD-SECRET', Buffer.from('elastic:ECHOED-PASSWORD-SECRET').toString('base64'), 'ECHOED-PASSWORD-SECRET'],
      },
    ];
    for (const { env, credentials, echoed } of runs) {
      const double = await KibanaDouble.start({ credentials, spaces: [{ id: 'default', connectors: [{ id: '1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d', name: 'Hook', connector_type_id: '.webhook', config: {} }] }] });
      try {
        double.executeResult = () => ({
          status: 'error',
          message: `upstream refused: ${echoed.join(' / ')}`,
          service_message: `Authorization: ${echoed[1]} (${echoed[0]})`,
        });
        const r = await runCli(target, { env: { KIBANA_ENDPOINT: double.url, ...env }, cwd: PLANS }, [/ECHOED-[A-Z-]*SECRET/, ...echoed]);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^message: upstream refused: \*\*\*/m);
        expect(r.stdout).toMatch(/^service message: Authorization: \*\*\* \(\*\*\*\)$/m);
      } finally {
        await double.stop();
      }
    }
  });

  test('an unknown connector is a clear failure', async () => {
    const r = await cli(['test', 'default/nope', '--params', '{}'], kibana);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/404|not found/i);
  });
});
