// A new user's app, made as `cdktf init --template=typescript` and `cdktn init --template=typescript` make
// it (the templates shipped in the CLI packages, no template download), with the library installed by the
// README's own words: the lines of the sh blocks marked `<!-- new-app-test: cdktf -->` and `<!-- new-app-test:
// cdktn -->` run as written, so this test fails when the README drifts. The tarballs are this checkout's
// (./support/packages), copied where the README's clone would have them (`../cdktf-kibana-connectors/dist/js/`). Each app
// synthesizes a README example through its real CLI: `cdktf synth`, and `cdktn synth` on Node.js 22 from the
// npm registry's `node` package (cdktn-cli 0.24 needs 22.19 or later). The network it uses is the npm registry.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { packageVersion, packedTarballs, tarballName } from './support/packages';
import { CDKTN_LIB, LIB, requires } from './support/requirements';
import { scratchDir } from './support/synth';

// The apps and the Node.js package are hundreds of megabytes: removed as soon as each test is done.
const made: string[] = [];

function removeFolders(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

function folder(prefix: string): string {
  const dir = scratchDir(prefix);
  made.push(dir);
  return dir;
}

const ROOT = path.join(__dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

type Flavour = 'cdktf' | 'cdktn';
/** The npm registry's Node.js package that runs cdktn-cli. */
const NODE_FOR_CDKTN = 'node@22';

/** The body of the fenced block of `lang` right after the README line `<!-- new-app-test: <marker> -->`. */
function readmeBlock(marker: string, lang: string): string {
  const lines = README.split('\n');
  const at = lines.indexOf(`<!-- new-app-test: ${marker} -->`);
  if (at < 0) throw new Error(`README.md has no <!-- new-app-test: ${marker} --> block`);
  if (lines[at + 1] !== '```' + lang) throw new Error(`README.md: the line after <!-- new-app-test: ${marker} --> must open a ${lang} block`);
  const end = lines.indexOf('```', at + 2);
  return lines.slice(at + 2, end).join('\n');
}

/** The body of the README's ```ts block whose first line is `first`. */
function readmeTs(first: string): string {
  const start = README.indexOf('```ts\n' + first);
  if (start < 0) throw new Error(`README.md has no ts block starting with ${first}`);
  const body = README.slice(start + '```ts\n'.length);
  return body.slice(0, body.indexOf('\n```'));
}

interface Run { readonly status: number | null; readonly stdout: string; readonly output: string }

function sh(script: string, cwd: string, env: NodeJS.ProcessEnv): Run {
  const r = spawnSync('sh', ['-ec', script], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** Runs `script` and returns its stdout, failing with the end of its output when it fails. */
function ok(script: string, cwd: string, env: NodeJS.ProcessEnv): string {
  const r = sh(script, cwd, env);
  expect({ script, status: r.status, output: r.status === 0 ? '' : r.output.slice(-4000) }).toEqual({ script, status: 0, output: '' });
  return r.stdout;
}

/**
 * The README's lines for a new app of `flavour`, checked for the shape this test relies on: make the app
 * folder, init, pins, install the tarball, synthesize.
 */
function readmeSteps(flavour: Flavour): { setup: string; synth: string } {
  const lines = readmeBlock(flavour, 'sh').split('\n').filter((l) => l.trim() !== '');
  expect(lines[0]).toBe('mkdir my-app && cd my-app');
  expect(lines[1]).toMatch(new RegExp(`^npx --yes ${flavour}-cli@0\\.2\\d\\.\\d+ init --template=typescript `));
  expect(lines).toContain(`npm install ../cdktf-kibana-connectors/dist/js/${tarballName(`${flavour}-kibana-connectors`)}`);
  expect(lines[lines.length - 1]).toBe(`npx ${flavour} synth`);
  return { setup: lines.slice(0, -1).join('\n'), synth: lines[lines.length - 1] };
}

/** A folder laid out as the README's: `cdktf-kibana-connectors/dist/js/<tarball>` beside where the app goes. */
function workspace(flavour: Flavour): string {
  const base = folder(`kc-new-${flavour}-app-`);
  const dist = path.join(base, 'cdktf-kibana-connectors', 'dist', 'js');
  fs.mkdirSync(dist, { recursive: true });
  const tarball = packedTarballs()[flavour];
  fs.copyFileSync(tarball, path.join(dist, path.basename(tarball)));
  return base;
}

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1', CI: '1' };
  // The test runner's own settings must not reach the app's npm, ts-node or CLI.
  for (const key of Object.keys(env)) if (/^(npm_|JEST_|TS_NODE_)/i.test(key)) delete env[key];
  delete env.NODE_OPTIONS;
  delete env.NODE; // npm's path to the Node.js running the tests (20), which the cdktn app must not use
  delete env.NODE_ENV;
  return env;
}

function stackJson(app: string, stack: string): any {
  return JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), 'utf8'));
}

function installed(app: string, pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(app, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

requires(LIB, CDKTN_LIB)('a new app, made by the CLI templates and set up by the README', () => {
  afterEach(removeFolders);

  test('cdktf: `cdktf init`, the README\'s pins and tarball, and `cdktf synth` of the README\'s first example', () => {
    const env = baseEnv();
    const { setup, synth } = readmeSteps('cdktf');
    const base = workspace('cdktf');
    ok(setup, base, env);
    const app = path.join(base, 'my-app');
    expect(installed(app, 'typescript')).toMatch(/^5\.9\./);
    expect(installed(app, 'cdktf-cli')).toMatch(/^0\.21\./);
    expect(installed(app, 'cdktf-kibana-connectors')).toBe(packageVersion());

    // The README's first example, as the app's main.ts (the template's cdktf.json runs it with ts-node).
    const example = readmeTs("import { App, TerraformStack, TerraformVariable } from 'cdktf';\nimport { KibanaConnector, provider }");
    fs.writeFileSync(path.join(app, 'main.ts'), `${example}\n`);
    ok(synth, app, env);
    const json = stackJson(app, 'alerting');
    expect(json['//'].metadata.version).toMatch(/^0\.21\./);
    expect(json.resource.elasticstack_kibana_action_connector.oncall).toMatchObject({
      name: 'On-call PagerDuty',
      connector_type_id: '.pagerduty',
      space_id: 'payments',
      config: '${jsonencode({"apiUrl" = "https://events.pagerduty.com/v2/enqueue"})}',
      secrets: '${jsonencode({"routingKey" = var.pagerduty_routing_key})}',
    });
  }, 900_000);

  test('cdktn: `cdktn init` on Node.js 22, the README\'s pins, tarball and targetVersions, and `cdktn synth` of its example', () => {
    const nodeDir = folder('kc-node22-');
    const env = baseEnv();
    ok(`echo '{"name":"node22","private":true}' > package.json && npm install --no-audit --no-fund ${NODE_FOR_CDKTN}`, nodeDir, env);
    env.PATH = `${path.join(nodeDir, 'node_modules', 'node', 'bin')}${path.delimiter}${env.PATH}`;
    const [major, minor] = ok('node --version', nodeDir, env).trim().slice(1).split('.').map(Number);
    expect(major === 22 && minor >= 19).toBe(true);

    const { setup, synth } = readmeSteps('cdktn');
    const base = workspace('cdktn');
    ok(setup, base, env);
    const app = path.join(base, 'my-app');
    expect(installed(app, 'cdktn-cli')).toMatch(/^0\.24\./);
    expect(installed(app, 'cdktn-kibana-connectors')).toBe(packageVersion());
    const example = readmeTs("import { App, TerraformStack, TerraformVariable } from 'cdktn';");
    expect(example).toContain('writeOnlySecrets: true');
    fs.writeFileSync(path.join(app, 'main.ts'), `${example}\n`);

    // As the template writes it, cdktf.json targets OpenTofu 1.6 too: raising Terraform alone is not enough.
    const cdktfJson = path.join(app, 'cdktf.json');
    const template = JSON.parse(fs.readFileSync(cdktfJson, 'utf8'));
    expect(template.targetVersions).toEqual({ terraform: '>=1.5.7', opentofu: '>=1.6.0' });
    fs.writeFileSync(cdktfJson, JSON.stringify({ ...template, targetVersions: { ...template.targetVersions, terraform: '>=1.11.0' } }, null, 2));
    const refused = sh(synth, app, env);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/write-only attributes[\s\S]*opentofu/);

    // The README's cdktf.json settings.
    const settings = JSON.parse(readmeBlock('cdktn cdktf.json', 'json'));
    fs.writeFileSync(cdktfJson, JSON.stringify({ ...template, ...settings }, null, 2));
    ok(synth, app, env);
    const json = stackJson(app, 'alerting');
    expect(json['//'].metadata.version).toMatch(/^0\.24\./);
    expect(json.resource.elasticstack_kibana_action_connector.ops_slack).toMatchObject({
      name: 'Ops Slack',
      connector_type_id: '.slack',
      secrets_wo: '${jsonencode({"webhookUrl" = var.slack_webhook_url})}',
      secrets_wo_version: '1',
    });
  }, 900_000);
});
