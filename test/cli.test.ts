import * as fs from 'fs';
import * as path from 'path';
import { CliResult, runCli, SLACK_REGISTRY } from './support/cli';
import { scenarioOptions, scenarioSpaces } from './support/import-scenario';
import { generatedSpaces, KibanaDouble, SAMPLE_CONNECTOR_TYPES } from './support/kibana-double';
import { scratchDir } from './support/synth';
import { SecretProbeFactory } from '../src/cli/context';
import { CliContext } from '../src/cli/main';
import { CONNECTOR_TYPES } from '../src/connectors/registry';
import { FRAMEWORK, PACKAGE_NAME } from '../src/flavour';
import { ImportReport } from '../src/importer/report';
import { createSecretProbe } from '../src/importer/secret-probe';

const API_KEY = 'Y2xpLXRlc3QtYXBpLWtleS1kby1ub3QtcHJpbnQ=';
const PASSWORD = 'cli-pa55word-never-printed';

let double: KibanaDouble | undefined;
let dir: string;
beforeEach(() => {
  dir = scratchDir('kc-cli-');
});
afterEach(async () => {
  await double?.stop();
  double = undefined;
});

async function cli(args: string[], env: NodeJS.ProcessEnv = {}, io: Partial<CliContext> = {}): Promise<CliResult> {
  return runCli(args, {
    env: { KIBANA_API_KEY: API_KEY, ...(double ? { KIBANA_ENDPOINT: double.url } : {}), ...env },
    cwd: dir,
    registry: SLACK_REGISTRY,
    secretProbe: null,
    ...io,
  }, [API_KEY, PASSWORD]);
}

describe('usage', () => {
  test('--help on every command; the file is an executable node script', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') });
    const imp = await cli(['import', '--help']);
    expect(imp.code).toBe(0);
    for (const flag of ['--space', '--all-spaces', '--from-file', '--format', '--out', '--kibana-url', '--map', '--report', '--package', '--concurrency', '--timeout', '--write-only-secrets', 'KIBANA_API_KEY', 'KIBANA_CA_CERTS', 'KIBANA_INSECURE']) {
      expect(imp.stdout).toContain(flag);
    }
    expect(await cli(['types', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--feature-id') });
    expect(fs.readFileSync(path.join(__dirname, '..', 'src', 'cli', 'main.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).bin).toEqual({ 'kibana-connectors': 'lib/cli/main.js' });
  });

  test('--version prints the package version from package.json', async () => {
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version;
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await cli(['-V'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await cli(['--help'])).stdout).toContain('kibana-connectors --version');
  });

  test.each([['import'], ['types'], ['guard'], ['test']])('every option the %s help names is one the command takes', async (command) => {
    const help = (await cli([command, '--help'])).stdout;
    const flags = [...new Set([...help.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]))];
    expect(flags.length).toBeGreaterThan(5);
    for (const flag of flags) {
      // --help first, so a command that takes the option prints its help (exit 0); an unknown one is exit 2.
      const r = await cli([command, '--help', flag, 'x']);
      expect({ flag, code: r.code, stderr: r.stderr }).toEqual({ flag, code: 0, stderr: '' });
    }
  });

  test('the help of types speaks to users: no contributor-only task', async () => {
    const help = (await cli(['types', '--help'])).stdout;
    expect(help).not.toMatch(/projen|generate:types/);
    expect(help).toMatch(/GET \/api\/actions\/connector_types/);
  });

  test.each([
    [[], /Usage: kibana-connectors <command>/],
    [['nope'], /unknown command "nope"/],
    [['import', '--bogus'], /Unknown option '--bogus'/],
    [['import', '--format', 'yaml'], /--format must be ts or hcl/],
    [['import', '--all-spaces', '--space', 'a'], /exclude each other/],
    [['import', '--space', 'Bad Space'], /not a Kibana space id/],
    [['import', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/],
    [['import', '--timeout', 'soon'], /--timeout must be a whole number/],
    [['import', 'extra'], /unexpected argument "extra"/],
  ])('exit 2 for %j', async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('an unknown command points to the main help, not to its own', async () => {
    const r = await cli(['nope\u001b[2J\u202e']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Run "kibana-connectors --help" for usage.');
    expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
    expect((await cli(['guard', '--bogus'])).stderr).toContain('Run "kibana-connectors guard --help" for usage.');
  });

  test('an argument error of several sentences reads as text, never as a literal \\u000a; control characters are escaped once', async () => {
    for (const [command, flag] of [['import', '--out'], ['guard', '--plan'], ['test', '--params']]) {
      const r = await cli([command, flag, '--quiet']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`kibana-connectors: Option '${flag}' argument is ambiguous. Did you forget to specify the option argument for '${flag}'? `
        + `To specify an option argument starting with a dash use '${flag}=-XYZ'.\nRun "kibana-connectors ${command} --help" for usage.\n`);
    }
    const odd = await cli(['import', '--x.\ny\u001b[2J']);
    expect(odd.code).toBe(2);
    expect(odd.stderr.split('\n')[0]).toMatch(/^kibana-connectors: Unknown option '--x\.\\u000ay\\u001b\[2J'/);
    expect(odd.stderr).not.toMatch(/\\\\u/);
  });

  test('exit 2 for a CA file that is not PEM, naming the file', async () => {
    fs.writeFileSync(path.join(dir, 'ca.der'), Buffer.from([0x30, 0x82, 0x01, 0xa3, 0x30]));
    const r = await cli(['import', '--ca-certs', 'ca.der'], { KIBANA_ENDPOINT: 'https://kibana.example.com' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`kibana-connectors: the CA certificate file ${path.join(dir, 'ca.der')} holds no PEM certificate (-----BEGIN CERTIFICATE-----): give CA certificates in PEM form\n`);
  });

  test('exit 2 without a Kibana URL', async () => {
    const r = await cli(['import'], { KIBANA_ENDPOINT: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no Kibana URL: pass --kibana-url or set KIBANA_ENDPOINT/);
  });

  test('exit 2 for a URL with credentials, without echoing them', async () => {
    const r = await cli(['import', '--kibana-url', `https://elastic:${PASSWORD}@kibana.example.com`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--kibana-url: the Kibana URL must not contain credentials/);
  });
});

describe('import from a live Kibana (double)', () => {
  test('default space only by default; several spaces with --space; data on stdout, progress on stderr', async () => {
    double = await KibanaDouble.start(scenarioOptions({ credentials: { apiKey: API_KEY } }));
    const one = await cli(['import']);
    expect(one.code).toBe(0);
    expect(double!.requests.map((r) => r.path)).toEqual(['/api/status', '/api/actions/connectors', '/api/alerting/rules/_find']);
    expect(one.stdout).toMatch(/^\/\/ Generated by `kibana-connectors import --format ts` from Kibana \(space default\)/);
    expect(one.stderr).toMatch(/\[1\/1\] space default: 13 connector\(s\), 0 rule\(s\)/);
    expect(one.stderr).toMatch(/^imported 0 rule\(s\) \(0 typed, 0 AlertingRule\), skipped 0$/m);
    double!.requests.length = 0;
    const connectorsOnly = await cli(['import', '--only', 'connectors']);
    expect(connectorsOnly.code).toBe(0);
    expect(double!.requests.map((r) => r.path)).toEqual(['/api/status', '/api/actions/connectors']);
    expect(connectorsOnly.stderr).not.toMatch(/rule\(s\) \(/);
    const two = await cli(['import', '--space', 'marketing', '--space', 'default', '--format', 'hcl']);
    expect(two.code).toBe(0);
    expect(two.stdout).toContain('id = "marketing/ops-slack"');
    expect(two.stdout).toContain('id = "default/ops-slack"');
  });

  test('--all-spaces fetches at most --concurrency spaces at a time', async () => {
    double = await KibanaDouble.start({ spaces: generatedSpaces(12, 3), delayMs: 30 });
    const r = await cli(['import', '--all-spaces', '--concurrency', '3', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(double!.maxInFlight).toBeLessThanOrEqual(3);
    expect(double!.maxInFlight).toBeGreaterThan(1);
    expect(double!.requests.filter((q) => q.path.endsWith('/api/actions/connectors'))).toHaveLength(12);
  });

  test('401: exit 1, the path named, no credentials anywhere, --out left as it was', async () => {
    double = await KibanaDouble.start(scenarioOptions({ credentials: { username: 'elastic', password: 'other' } }));
    fs.writeFileSync(path.join(dir, 'good.ts'), 'GOOD');
    const r = await cli(['import', '--out', 'good.ts'], { KIBANA_API_KEY: '', KIBANA_USERNAME: 'elastic', KIBANA_PASSWORD: PASSWORD });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kibana-connectors: GET \/api\/actions\/connectors: 401 Unauthorized/);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'good.ts'), 'utf8')).toBe('GOOD');
    expect(fs.readdirSync(dir)).toEqual(['good.ts']);
  });

  test('a 500 in one of many spaces fails the run without touching --out or --report', async () => {
    double = await KibanaDouble.start({ spaces: generatedSpaces(6, 2), failures: { '/s/space-4/api/actions/connectors': [{ status: 500, times: Infinity }] } });
    fs.writeFileSync(path.join(dir, 'out.ts'), 'GOOD');
    const r = await cli(['import', '--all-spaces', '--out', 'out.ts', '--report', 'report.json', '--retries', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/retrying GET \/s\/space-4\/api\/actions\/connectors in \d+ ms \(retry 1\)/);
    expect(r.stderr).toMatch(/kibana-connectors: GET \/s\/space-4\/api\/actions\/connectors: 500 server error/);
    expect(fs.readdirSync(dir)).toEqual(['out.ts']);
    expect(fs.readFileSync(path.join(dir, 'out.ts'), 'utf8')).toBe('GOOD');
  });

  test('429 then success: retried and written', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ status: 429, headers: { 'retry-after': '0' } }] } }));
    const r = await cli(['import', '--out', 'out.ts']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/retrying GET \/api\/actions\/connectors .*429 Too Many Requests/);
    expect(fs.readFileSync(path.join(dir, 'out.ts'), 'utf8')).toContain('importFrom("ops-slack")');
  });

  test('timeout, malformed JSON and an unreachable Kibana: exit 1 with a clear message', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connectors': [{ hang: true }], '/s/marketing/api/actions/connectors': [{ malformed: true }] } }));
    const t = await cli(['import', '--timeout', '200', '--retries', '0']);
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/GET \/api\/actions\/connectors: no complete answer within 200 ms \(timeout\)/);
    const m = await cli(['import', '--space', 'marketing']);
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/GET \/s\/marketing\/api\/actions\/connectors: the answer is not JSON/);
    const url = double!.url;
    await double!.stop();
    double = undefined;
    const n = await cli(['import', '--retries', '0'], { KIBANA_ENDPOINT: url, KIBANA_API_KEY: '', KIBANA_BEARER_TOKEN: PASSWORD });
    expect(n.code).toBe(1);
    expect(n.stderr).toMatch(/GET \/api\/actions\/connectors: cannot reach Kibana \((ECONNREFUSED|UND_ERR_SOCKET: other side closed)\)/);
  });

  test('an unknown space is a 404 naming the space', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    const r = await cli(['import', '--space', 'nowhere']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/GET \/s\/nowhere\/api\/actions\/connectors: 404 Not Found/);
  });

  test('the report: per connector space, id, type, name, referenced_by_count, skip reasons', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    const r = await cli(['import', '--all-spaces', '--report', 'report.json', '--out', 'out.ts']);
    expect(r.code).toBe(0);
    const report: ImportReport = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.connectors.find((e) => e.space === 'marketing' && e.id === 'ops-slack')).toMatchObject({
      type: '.slack', name: 'Ops Slack', referenced_by_count: 2, status: 'imported', construct: 'SlackConnector', variables: ['ops_slack_4__webhook_url'],
    });
    expect(report.connectors.filter((e) => e.status === 'skipped').map((e) => `${e.space}/${e.id}`)).toHaveLength(6);
    expect(report.connectors.find((e) => e.id === 'preconfigured-alert-history-es-index')).toMatchObject({ referenced_by_count: null, skip_reason: expect.stringMatching(/^preconfigured/) });
    expect(r.stderr).toMatch(/variables to supply/);
    expect(r.stderr).toMatch(/wrote out\.ts/);
  });

  test('the report JSON writes C1 controls, separators and bidi characters of Kibana\'s names as \\uXXXX escapes, the same values', async () => {
    const name = 'Evil \u001b]0;pwned\u0007 \u009b31m \u202e \u2028';
    fs.writeFileSync(path.join(dir, 'saved.json'), JSON.stringify([
      { id: 'w1', name, connector_type_id: '.webhook', config: { url: 'https://hooks.example.com/in', method: 'post', hasAuth: false } },
    ]));
    const r = await cli(['import', '--from-file', 'saved.json', '--format', 'hcl', '--kibana-version', '9.2.0', '--out', 'out.tf', '--report', 'report.json'], { KIBANA_ENDPOINT: '' });
    expect(r.code).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'report.json'), 'utf8');
    expect(text).toContain(String.raw`"name": "Evil \u001b]0;pwned\u0007 \u009b31m \u202e \u2028"`);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect((JSON.parse(text) as ImportReport).connectors[0].name).toBe(name);
  });

  test('the same Kibana twice gives byte-identical output', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    for (const format of ['ts', 'hcl']) {
      const a = await cli(['import', '--all-spaces', '--format', format, '--concurrency', '1']);
      const b = await cli(['import', '--all-spaces', '--format', format, '--concurrency', '8']);
      expect(a.stdout).toBe(b.stdout);
      expect(a.stdout.length).toBeGreaterThan(1000);
    }
  });
});

describe('import from saved answers', () => {
  function save(name: string, value: unknown): string {
    fs.writeFileSync(path.join(dir, name), JSON.stringify(value));
    return name;
  }

  test('one file per space or one map: the same output as the live import, offline', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    const live = await cli(['import', '--space', 'default', '--space', 'marketing', '--format', 'hcl', '--kibana-version', '9.2.0']);
    const spaces = scenarioOptions();
    const lists = Object.fromEntries(scenarioSpaces().map((s) => [s.id, [...spaces.preconfigured!, ...spaces.systemActions!, ...s.connectors]]));
    save('default.json', lists.default);
    save('marketing.json', lists.marketing);
    save('all.json', { default: lists.default, marketing: lists.marketing });
    const perSpace = await cli(['import', '--from-file', 'default.json', '--from-file', 'marketing=marketing.json', '--format', 'hcl', '--kibana-version', '9.2.0'], { KIBANA_ENDPOINT: '' });
    const map = await cli(['import', '--from-file', 'all.json', '--format', 'hcl', '--kibana-version', '9.2.0'], { KIBANA_ENDPOINT: '' });
    expect(perSpace.code).toBe(0);
    expect(map.code).toBe(0);
    const body = (t: string): string => t.split('\n').slice(1).join('\n');
    expect(body(perSpace.stdout)).toBe(body(live.stdout));
    expect(map.stdout).toBe(perSpace.stdout.replace('default.json, marketing.json', 'all.json'));
    // --space filters a map file.
    const only = await cli(['import', '--from-file', 'all.json', '--space', 'marketing'], { KIBANA_ENDPOINT: '' });
    expect(only.stdout).toContain('spaceId: "marketing"');
    expect(only.stdout).not.toContain('spaceId: "default"');
  });

  test('bad files: exit 1 naming the file', async () => {
    save('bad.json', [{ id: 1 }]);
    fs.writeFileSync(path.join(dir, 'broken.json'), '[{"id": "x", ');
    expect((await cli(['import', '--from-file', 'bad.json'])).stderr).toMatch(/bad.json: element 0 is not a connector/);
    expect((await cli(['import', '--from-file', 'broken.json'])).stderr).toMatch(/broken.json is not valid JSON/);
    expect((await cli(['import', '--from-file', 'missing.json'])).stderr).toMatch(/cannot read missing.json: ENOENT/);
    const two = await cli(['import', '--from-file', 'bad.json', '--space', 'a', '--space', 'b']);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/name it as <space>=bad.json/);
  });

  test('--map overrides names; invalid overrides are rejected naming the file and the key', async () => {
    save('c.json', [{ id: 'abc', name: 'Ops Slack', connector_type_id: '.slack', config: {} }]);
    save('map.json', { 'default/abc': 'pager' });
    const ok = await cli(['import', '--from-file', 'c.json', '--map', 'map.json', '--format', 'hcl']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('resource "elasticstack_kibana_action_connector" "pager" {');
    expect(ok.stdout).toContain('variable "pager__webhook_url" {');
    save('badmap.json', { 'default/abc': 'Not Valid' });
    const bad = await cli(['import', '--from-file', 'c.json', '--map', 'badmap.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--map badmap.json: name override "default\/abc": the name "Not Valid" must be lowercase/);
    save('listmap.json', ['x']);
    expect((await cli(['import', '--from-file', 'c.json', '--map', 'listmap.json'])).stderr).toMatch(/--map listmap.json: expected a JSON object/);
  });
});

describe('import: the target Kibana version', () => {
  /** A probe factory standing in for the typed constructs: records the version it is made for; refuses every config before Kibana 9. */
  const versionProbe = (seen: unknown[]): SecretProbeFactory => ({ kibanaVersion }) => {
    seen.push(kibanaVersion);
    return () => ({ required: [], problems: kibanaVersion !== undefined && Number(kibanaVersion.split('.')[0]) < 9 ? [`config.x is not accepted by Kibana ${kibanaVersion}`] : [] });
  };
  const saveWebhook = (): void => fs.writeFileSync(path.join(dir, 'saved.json'), JSON.stringify([
    { id: 'w1', name: 'Patch hook', connector_type_id: '.webhook', config: { url: 'https://hooks.example.com/in', method: 'patch', hasAuth: false } },
  ]));
  const real: Partial<CliContext> = { registry: CONNECTOR_TYPES, secretProbe: createSecretProbe };

  test('read from Kibana (GET /api/status): in the report, the summary, the output; the construct checks run for that version', async () => {
    double = await KibanaDouble.start(scenarioOptions({ version: '8.15.2' }));
    const seen: unknown[] = [];
    const r = await cli(['import', '--report', 'report.json'], {}, { secretProbe: versionProbe(seen) });
    expect(r.code).toBe(0);
    expect(double.requestsTo('/api/status')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Kibana version: 8\.15\.2 \(from Kibana, GET \/api\/status\)$/m);
    expect(r.stdout).toMatch(/^\/\/ Kibana version: 8\.15\.2 \(from Kibana, GET \/api\/status\)\.$/m);
    const report: ImportReport = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.kibana_version).toEqual({ version: '8.15.2', source: 'kibana' });
    expect(seen).toEqual(['8.15.2']);
    // The typed construct refuses the config for 8.15.2: KibanaConnector, with the reason.
    const slack = report.connectors.find((c) => c.type === '.slack' && c.status === 'imported')!;
    expect(slack.construct).toBe('KibanaConnector');
    expect(slack.fallback_reason).toBe('SlackConnector rejects this config: config.x is not accepted by Kibana 8.15.2');
  });

  test('a pre-release build reports its release; an answer without a version is the newest known, with a warning', async () => {
    double = await KibanaDouble.start(scenarioOptions({ version: '8.16.0-SNAPSHOT' }));
    const seen: unknown[] = [];
    expect((await cli(['import'], {}, { secretProbe: versionProbe(seen) })).stderr).toMatch(/^Kibana version: 8\.16\.0 \(from Kibana/m);
    expect(seen).toEqual(['8.16.0']);
    await double.stop();
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/status': [{ status: 403 }] } }));
    const live = await cli(['import'], {}, { secretProbe: versionProbe([]) });
    expect(live.code).toBe(0);
    expect(live.stderr).toMatch(/^warning: could not read the Kibana version \(.*403.*\); the typed constructs are checked against the newest Kibana the library knows: pass --kibana-version$/m);
    expect(live.stderr).toMatch(/^Kibana version: not given/m);
  });

  test('--kibana-version wins over Kibana (which is then not asked)', async () => {
    double = await KibanaDouble.start(scenarioOptions({ version: '8.15.2' }));
    const seen: unknown[] = [];
    const r = await cli(['import', '--kibana-version', '9.1', '--report', 'report.json'], {}, { secretProbe: versionProbe(seen) });
    expect(r.code).toBe(0);
    expect(double.requestsTo('/api/status')).toHaveLength(0);
    expect(r.stderr).toMatch(/^Kibana version: 9\.1\.0 \(--kibana-version\)$/m);
    expect(seen).toEqual(['9.1.0']);
    const report: ImportReport = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.kibana_version).toEqual({ version: '9.1.0', source: 'flag' });
    expect(report.connectors.find((c) => c.type === '.slack' && c.status === 'imported')!.construct).toBe('SlackConnector');
  });

  test('the real constructs: a webhook with method patch (Kibana 9.3.0 and later) is a KibanaConnector for 9.2.0, typed for 9.3.0 and the newest', async () => {
    saveWebhook();
    const old = await cli(['import', '--from-file', 'saved.json', '--kibana-version', '9.2.0', '--report', 'report.json'], { KIBANA_ENDPOINT: '' }, real);
    expect(old.code).toBe(0);
    expect(old.stdout).toMatch(/new KibanaConnector\(scope, "patch_hook"/);
    const entry = (JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as ImportReport).connectors[0];
    expect(entry.construct).toBe('KibanaConnector');
    expect(entry.fallback_reason).toMatch(/^WebhookConnector rejects this config: .*patch.*9\.3\.0/);
    expect(old.stderr).toMatch(/WebhookConnector rejects this config/);
    for (const args of [['--kibana-version', '9.3.0'], []]) {
      const r = await cli(['import', '--from-file', 'saved.json', ...args], { KIBANA_ENDPOINT: '' }, real);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/new WebhookConnector\(scope, "patch_hook"/);
    }
  });

  test('without either (saved answers): the newest Kibana the library knows', async () => {
    saveWebhook();
    const seen: unknown[] = [];
    const saved = await cli(['import', '--from-file', 'saved.json', '--report', 'report.json'], { KIBANA_ENDPOINT: '' }, { secretProbe: versionProbe(seen) });
    expect(saved.code).toBe(0);
    expect(saved.stderr).toMatch(/^Kibana version: not given: the newest Kibana the library knows \(pass --kibana-version\)$/m);
    expect(seen).toEqual([undefined]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).kibana_version).toEqual({ version: null, source: 'newest' });
  });

  test('--kibana-version takes a pre-release build (9.2.0-SNAPSHOT) as Kibana\'s status does: it targets that release', async () => {
    saveWebhook();
    const seen: unknown[] = [];
    const r = await cli(['import', '--from-file', 'saved.json', '--kibana-version', '9.2.0-SNAPSHOT', '--report', 'report.json'], { KIBANA_ENDPOINT: '' }, { secretProbe: versionProbe(seen) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Kibana version: 9\.2\.0 \(--kibana-version\)$/m);
    expect(seen).toEqual(['9.2.0']);
  });

  test.each([['8'], ['v8.15.0'], ['8.15-SNAPSHOT'], ['latest']])('exit 2 for --kibana-version %s', async (value) => {
    const r = await cli(['import', '--kibana-version', value, '--from-file', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--kibana-version ${JSON.stringify(value)} is not a Kibana version x.y.z (for example 8.15.0)`);
  });
});

describe('import --framework', () => {
  const saved = (): void => fs.writeFileSync(path.join(dir, 'saved.json'), JSON.stringify([
    { id: 's1', name: 'S', connector_type_id: '.slack', config: {} },
  ]));

  test('the TypeScript imports the framework and the package of this build (src/flavour.ts) by default, cdktn ones with --framework cdktn', async () => {
    saved();
    const byDefault = await cli(['import', '--from-file', 'saved.json', '--quiet'], { KIBANA_ENDPOINT: '' });
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain(`import { TerraformStack, TerraformVariable } from "${FRAMEWORK}";`);
    expect(byDefault.stdout).toContain(`import { provider, SlackConnector } from "${PACKAGE_NAME}";`);
    const cdktn = await cli(['import', '--from-file', 'saved.json', '--quiet', '--framework', 'cdktn'], { KIBANA_ENDPOINT: '' });
    expect(cdktn.code).toBe(0);
    expect(cdktn.stdout).toContain('import { TerraformStack, TerraformVariable } from "cdktn";');
    expect(cdktn.stdout).toContain('import { provider, SlackConnector } from "cdktn-kibana-connectors";');
    expect(cdktn.stdout).not.toMatch(/cdktf/);
    const cdktf = await cli(['import', '--from-file', 'saved.json', '--quiet', '--framework', 'cdktf', '--package', '../lib'], { KIBANA_ENDPOINT: '' });
    expect(cdktf.stdout).toContain('import { TerraformStack, TerraformVariable } from "cdktf";');
    expect(cdktf.stdout).toContain('import { provider, SlackConnector } from "../lib";');
  });

  test.each([
    [['--framework', 'cdk'], /--framework must be cdktf or cdktn/],
    [['--framework', 'cdktn', '--format', 'hcl'], /--framework is for --format ts/],
  ])('exit 2 for %j', async (args, message) => {
    saved();
    const r = await cli(['import', '--from-file', 'saved.json', ...args], { KIBANA_ENDPOINT: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('types', () => {
  test('writes the connector_types answer as pretty JSON in Kibana\'s order, optionally filtered and to a file', async () => {
    double = await KibanaDouble.start(scenarioOptions());
    const all = await cli(['types']);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(JSON.stringify(JSON.parse(JSON.stringify(SAMPLE_CONNECTOR_TYPES)), null, 2) + '\n');
    const cases = await cli(['types', '--feature-id', 'cases', '--out', 'types.json']);
    expect(cases.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'types.json'), 'utf8')).map((t: { id: string }) => t.id)).toEqual(['.jira']);
    expect(cases.stderr).toMatch(/wrote 1 connector type\(s\) to types.json/);
    expect(double!.requests.at(-1)!.query).toEqual({ feature_id: 'cases' });
  });

  test('a failure leaves the existing file alone', async () => {
    double = await KibanaDouble.start(scenarioOptions({ failures: { '/api/actions/connector_types': [{ truncate: true, times: Infinity }] } }));
    fs.writeFileSync(path.join(dir, 'types.json'), '[]\n');
    const r = await cli(['types', '--out', 'types.json', '--retries', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/GET \/api\/actions\/connector_types: .*truncated/);
    expect(fs.readFileSync(path.join(dir, 'types.json'), 'utf8')).toBe('[]\n');
    expect(fs.readdirSync(dir)).toEqual(['types.json']);
  });
});

// How fast: `npm run bench` (bench/importer-child.ts imports 1,000 and 10,000 connectors over 100 spaces).
test('1,000 connectors in 10 spaces import, one import block each', async () => {
  double = await KibanaDouble.start({ spaces: generatedSpaces(10, 100) });
  const r = await cli(['import', '--all-spaces', '--out', 'big.ts', '--quiet'], {}, { registry: CONNECTOR_TYPES, secretProbe: createSecretProbe });
  expect(r.code).toBe(0);
  expect(fs.readFileSync(path.join(dir, 'big.ts'), 'utf8').match(/\.importFrom\(/g)).toHaveLength(1000);
});
