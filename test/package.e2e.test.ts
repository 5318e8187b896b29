// What `npm pack` puts in the tarball users install: the compiled library, its jsii assembly, the
// docs and the CLI; never the repository's CI, benchmarks, generator, examples or their cdktf.out.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { freshClone } from './support/fresh-clone';
import { DIST_JS, packageVersion, packedTarballs } from './support/packages';
import { CDKTN_LIB, LIB, requiresTest } from './support/requirements';

const ROOT = path.join(__dirname, '..');

function packed(): { files: string[]; bundled: string[] } {
  // --ignore-scripts: list what would be packed without building (prepack compiles a fresh clone).
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  const [pack] = JSON.parse(run.stdout);
  return { files: (pack.files as { path: string }[]).map((f) => f.path).sort(), bundled: pack.bundled };
}

function packedFiles(): string[] {
  return packed().files;
}

/** The runtime dependencies that are not jsii modules: jsii wants them bundled (mustache.js, for src/rules/). */
const BUNDLED = ['mustache'];

describe('npm pack', () => {
  test('ships lib/, .jsii, README, the API reference (API.md, docs/api/), LICENSE and package.json, nothing else', () => {
    const files = packedFiles();
    const allowed = (f: string) => ['package.json', 'README.md', 'LICENSE', 'API.md', '.jsii'].includes(f)
      || /^lib\/.+\.(js|d\.ts)$/.test(f) || /^docs\/api\/[a-z0-9-]+\.md$/.test(f)
      || BUNDLED.some((dep) => f.startsWith(`node_modules/${dep}/`));
    expect(files.filter((f) => !allowed(f))).toEqual([]);
    for (const dir of ['.ci/', 'bench/', 'generator/', 'examples/', 'src/', 'test/', 'cdktf.out/']) {
      expect(files.filter((f) => f.startsWith(dir) || f.includes('/cdktf.out/'))).toEqual([]);
    }
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'API.md']));
  });

  test('bundles mustache (a runtime dependency jsii cannot take as a peer): package.json names it and the tarball holds it', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bundledDependencies).toEqual(BUNDLED);
    expect(Object.keys(pkg.dependencies)).toEqual(BUNDLED);
    const { files, bundled } = packed();
    expect(bundled).toEqual(BUNDLED);
    expect(files).toEqual(expect.arrayContaining(['node_modules/mustache/package.json', 'node_modules/mustache/mustache.js']));
  });

  // A fresh clone before `npx projen compile`: `npm pack` itself compiles first (prepack, tested below).
  requiresTest(LIB)('once compiled, the tarball holds the library entry point, the CLI named in "bin" and the jsii assembly', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const files = packedFiles();
    expect(files).toEqual(expect.arrayContaining(['.jsii', 'lib/index.js', 'lib/index.d.ts', pkg.bin['kibana-connectors']]));
    expect(pkg.main).toBe('lib/index.js');
  });

  test('a fresh clone (no lib/, no .jsii) packs a built package: prepack compiles first', () => {
    const clone = freshClone('kibana-connectors-pack-');
    const run = spawnSync('npm', ['pack', '--json'], { cwd: clone, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const files = (JSON.parse(run.stdout)[0].files as { path: string }[]).map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['.jsii', 'lib/index.js', 'lib/cli/main.js']));
  });

  requiresTest(LIB, CDKTN_LIB)('`npx projen package:js` writes both packages into dist/js with one name pattern, <name>@<version>.jsii.tgz', () => {
    const { cdktf, cdktn } = packedTarballs();
    const version = packageVersion();
    expect([path.basename(cdktf), path.basename(cdktn)]).toEqual([`cdktf-kibana-connectors@${version}.jsii.tgz`, `cdktn-kibana-connectors@${version}.jsii.tgz`]);
    // (dist/js may also hold tarballs of earlier builds: package:js adds, it does not clean.)
    expect(fs.readdirSync(DIST_JS)).toEqual(expect.arrayContaining([path.basename(cdktf), path.basename(cdktn)]));
  });

  requiresTest(LIB, CDKTN_LIB)('dist/js/cdktf-kibana-connectors@<version>.jsii.tgz, installed into a cdktf app outside the repository, synthesizes typed connectors with no warning, and its CLI runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibana-connectors-app-'));
    const sh = (cmd: string, args: string[], cwd: string): string => {
      const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
      expect({ cmd: `${cmd} ${args.join(' ')}`, status: r.status, output: r.status === 0 ? '' : `${r.stdout}${r.stderr}` })
        .toEqual({ cmd: `${cmd} ${args.join(' ')}`, status: 0, output: '' });
      return r.stdout;
    };
    try {
      const tarball = packedTarballs().cdktf;
      const app = path.join(dir, 'my-cdktf-app');
      fs.mkdirSync(app);
      fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'my-cdktf-app', private: true }));
      sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, 'cdktf@^0.21.0', 'constructs@^10.6.0'], app);
      fs.writeFileSync(path.join(app, 'main.js'), [
        "const { App, TerraformStack, TerraformVariable } = require('cdktf');",
        "const { JiraConnector, provider, SlackConnector, WebhookAuthType, WebhookConnector } = require('cdktf-kibana-connectors');",
        "const app = new App({ outdir: 'cdktf.out' });",
        "const stack = new TerraformStack(app, 'alerting');",
        "new provider.ElasticstackProvider(stack, 'elasticstack', { kibana: { endpoints: ['https://kibana.example.com:5601'] } });",
        "const secret = (name) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;",
        "new SlackConnector(stack, 'ops_slack', { name: 'Ops Slack', secrets: { webhookUrl: secret('slack_webhook_url') } });",
        "new JiraConnector(stack, 'jira', { name: 'Jira OPS', config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS' },",
        "  secrets: { email: secret('jira_email'), apiToken: secret('jira_api_token') } });",
        "new WebhookConnector(stack, 'ops_hook', { name: 'Incident service', config: { url: 'https://incidents.example.com/hooks/kibana',",
        "  authType: WebhookAuthType.BASIC }, secrets: { user: secret('hook_user'), password: secret('hook_password') } });",
        'app.synth();',
        '',
      ].join('\n'));
      sh(process.execPath, ['main.js'], app);
      // The mustache checker runs from the package with its bundled mustache.
      const check = "const m = require('cdktf-kibana-connectors/lib/rules/mustache');"
        + "console.log(require.resolve('mustache', { paths: [require.resolve('cdktf-kibana-connectors')] }));"
        + "console.log(JSON.stringify(m.checkTemplate('{{#a}}', 'params.message', { summary: false })));";
      const [mustacheFile, problems] = sh(process.execPath, ['-e', check], app).trim().split('\n');
      expect(fs.realpathSync(mustacheFile)).toBe(fs.realpathSync(path.join(app, 'node_modules', 'cdktf-kibana-connectors', 'node_modules', 'mustache', 'mustache.js')));
      expect(JSON.parse(problems)).toEqual([expect.objectContaining({ path: 'params.message', severity: 'error' })]);
      const manifest = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out', 'manifest.json'), 'utf8'));
      expect(manifest.stacks.alerting.annotations).toEqual([]);
      const json = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json'), 'utf8'));
      expect(Object.keys(json.resource.elasticstack_kibana_action_connector).sort()).toEqual(['jira', 'ops_hook', 'ops_slack']);
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      expect(sh(path.join(app, 'node_modules', '.bin', 'kibana-connectors'), ['--version'], app)).toBe(`${pkg.version}\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
