// The CLI starts without loading what a command does not use: `--version`, `--help`, `guard` and
// `test` never load cdktf (nor the constructs, the connector registry or the importer); `import`
// loads cdktf and the constructs only when it writes TypeScript. Runs the compiled CLI (lib/cli/main.js, what the package's bin runs) in plain Node with a
// preload that records every module the process loaded. How long a start takes is measured by
// `npm run bench` (bench/cli-start-child.ts), not by a test.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { KibanaDouble } from './support/kibana-double';
import { LIB, requires } from './support/requirements';
import { scratchDir } from './support/synth';

const ROOT = path.join(__dirname, '..');
const PLANS = path.join(__dirname, 'fixtures', 'plans');
const API_KEY = 'Q0xJLVNUQVJULUtFWQ==';

interface Started {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Loaded files, relative to the repository, node_modules/<package> for a dependency's. */
  readonly loaded: readonly string[];
}

let runs = 0;
function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const record = path.join(scratchDir('kc-cli-start-'), `run-${runs++}.json`);
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [
      '--require', path.join(__dirname, 'support', 'record-requires.js'),
      path.join(ROOT, 'lib', 'cli', 'main.js'), ...args,
    ], { cwd: PLANS, env: { PATH: process.env.PATH, RECORD_REQUIRES_OUT: record, ...env } }, (error, stdout, stderr) => {
      const files: string[] = JSON.parse(fs.readFileSync(record, 'utf8'));
      const loaded = [...new Set(files.map((f) => {
        const rel = path.relative(ROOT, f);
        const dep = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(rel);
        return dep ? `node_modules/${dep[1]}` : rel;
      }))].sort();
      resolve({ code: child.exitCode ?? (error ? 1 : 0), stdout, stderr, loaded });
    });
  });
}

/** What a light start must not load: the CDK, the constructs and the library's heavy parts. */
const HEAVY = /^(node_modules\/(cdktf|cdktn|constructs|mustache)$|lib\/(connectors|provider|rules|importer|engine)\/|lib\/(connector|index|json-expression|validation)\.js$)/;
const heavy = (s: Started) => s.loaded.filter((f) => HEAVY.test(f));

requires(LIB)('kibana-connectors starts with only what the command uses', () => {
  let kibana: KibanaDouble;
  beforeAll(async () => {
    kibana = await KibanaDouble.start({
      credentials: { apiKey: API_KEY },
      spaces: [{ id: 'default', connectors: [{ id: 'c1', name: 'Log', connector_type_id: '.server-log', config: {}, referenced_by_count: 0 }] }],
    });
  });
  afterAll(async () => kibana.stop());
  const env = () => ({ KIBANA_ENDPOINT: kibana.url, KIBANA_API_KEY: API_KEY });

  test('--version, --help, guard and test load neither cdktf nor the constructs, the registry or the importer', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const [version, help, guard, run] = await Promise.all([
      start(['--version']),
      start(['--help']),
      start(['guard', '--plan', 'create-only.json'], env()),
      start(['test', 'default/c1', '--params', '{"message":"hi"}'], env()),
    ]);
    expect({ code: version.code, stdout: version.stdout, stderr: version.stderr }).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Commands:\n {2}import {3}Write TypeScript .*\n {2}types .*\n {2}guard .*\n {2}test /m);
    expect(guard.code).toBe(0);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^status: ok$/m);
    expect(kibana.executions).toEqual([{ space: 'default', id: 'c1', params: { message: 'hi' } }]);
    expect({ version: heavy(version), help: heavy(help), guard: heavy(guard), test: heavy(run) })
      .toEqual({ version: [], help: [], guard: [], test: [] });
    // --version and --help load no command and not the Kibana client (https, tls): main.js and four small modules.
    const ours = (s: Started) => s.loaded.filter((f) => f.startsWith('lib/'));
    expect(ours(version)).toEqual(['lib/cli/exit.js', 'lib/cli/input.js', 'lib/cli/main.js', 'lib/comment.js', 'lib/object.js']);
    expect(ours(help)).toEqual(ours(version));
    expect(guard.loaded.filter((f) => f.startsWith('lib/cli/commands/'))).toEqual(['lib/cli/commands/guard.js']);
  });

  test('import --format hcl loads no cdktf, constructs or construct classes; --format ts loads them (the recorder sees it)', async () => {
    const connectors = path.join(scratchDir('kc-cli-start-'), 'connectors.json');
    fs.writeFileSync(connectors, JSON.stringify([
      { id: 'c1', name: 'Log', connector_type_id: '.server-log', config: {}, is_preconfigured: false },
      // Basic authentication, which the newest Kibana stores by default: the probe must still find the secrets it needs.
      { id: 'c2', name: 'Hook', connector_type_id: '.webhook', config: { url: 'https://x', hasAuth: true }, is_preconfigured: false },
    ]));
    const [ts, hcl] = await Promise.all([
      start(['import', '--from-file', connectors]),
      start(['import', '--from-file', connectors, '--format', 'hcl']),
    ]);
    expect([ts.code, hcl.code]).toEqual([0, 0]);
    expect(ts.stdout).toContain('importFrom(');
    expect(hcl.stdout).toMatch(/^resource "elasticstack_kibana_action_connector" "hook" \{$/m);
    for (const s of [ts, hcl]) {
      expect(s.stderr).toMatch(/^imported 2 connector\(s\) \(2 typed, 0 KibanaConnector\)/m);
      expect(s.stderr).toMatch(/^ {2}hook__user: /m);
      expect(s.stderr).toMatch(/^ {2}hook__password: /m);
    }
    expect(ts.loaded).toEqual(expect.arrayContaining(['node_modules/cdktf', 'node_modules/constructs', 'lib/cli/commands/import.js']));
    // The importer, the registry's data and the rule engine load; the CDK and the construct classes do not.
    expect(hcl.loaded).toEqual(expect.arrayContaining(['lib/cli/commands/import.js', 'lib/importer/emit-hcl.js', 'lib/importer/engine-probe.js']));
    const CDK = /^(node_modules\/(cdktf|cdktn|constructs)$|lib\/provider\/|lib\/(connector|index|json-expression|validation|preconfigured)\.js$|lib\/importer\/(secret-probe|cdktf-markers)\.js$|lib\/rules\/(alerting-rule|action|typed-action)\.js$)/;
    expect(hcl.loaded.filter((f) => CDK.test(f))).toEqual([]);
    const constructClasses = hcl.loaded.filter((f) => /^lib\/connectors\/[a-z0-9-]+\.js$/.test(f) && !/\/(registry|enums)\.js$/.test(f));
    expect(constructClasses).toEqual([]);
  });
});
