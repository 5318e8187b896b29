// `kibana-connectors guard` and `kibana-connectors test` against a Kibana double over loopback.
import * as fs from 'fs';
import * as path from 'path';
import { KibanaDouble } from './support/kibana-double';
import { scratchDir } from './support/synth';
import { run } from '../src/cli/main';

const PLANS = path.join(__dirname, 'fixtures', 'plans');
const API_KEY = 'R1VBUkQtU0VDUkVULUFQSS1LRVk=';

interface Outcome { code: number; stdout: string; stderr: string }

async function cli(argv: string[], kibana?: KibanaDouble, extraEnv: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const env: NodeJS.ProcessEnv = { ...extraEnv };
  if (kibana) Object.assign(env, { KIBANA_ENDPOINT: kibana.url, KIBANA_API_KEY: API_KEY });
  const code = await run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env, cwd: PLANS });
  expect(stdout + stderr).not.toContain(API_KEY);
  expect(stdout + stderr).not.toMatch(/PLAN-SECRET/);
  return { code, stdout, stderr };
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
    expect(r.stderr).toMatch(/1 connector referenced by rules would be deleted or replaced/);
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

  test('bad plan files are named with the field; usage errors exit 2', async () => {
    const dir = scratchDir('kc-guard-');
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"format_version":"1.2","resource_changes":{}}');
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

  test('an unknown connector is a clear failure', async () => {
    const r = await cli(['test', 'default/nope', '--params', '{}'], kibana);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/404|not found/i);
  });
});
