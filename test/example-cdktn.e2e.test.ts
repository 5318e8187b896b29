// The cdktn flavour as users meet it: examples/cdktn (a cdktn app in the repository, `npx projen
// example:synth:cdktn`), and the packed dist/js/cdktn-kibana-connectors@<version>.jsii.tgz installed into a cdktn app outside the
// repository that synthesizes a SlackConnector. Runs in the cdktf jest project (it spawns processes).
import { spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { freshClone } from './support/fresh-clone';
import { packedTarballs } from './support/packages';
import { CDKTN_LIB, LIB, requires } from './support/requirements';
import { scratchDir } from './support/synth';

const ROOT = path.join(__dirname, '..');

function run(cmd: string, args: string[], options: SpawnSyncOptions): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  expect({ cmd: `${cmd} ${args.join(' ')}`, status: r.status, stderr: r.status === 0 ? '' : String(r.stderr) + String(r.stdout) })
    .toEqual({ cmd: `${cmd} ${args.join(' ')}`, status: 0, stderr: '' });
  return String(r.stdout);
}

describe('examples/cdktn', () => {
  test('`npx projen example:synth:cdktn` synthesizes a Slack and a write-only PagerDuty connector with cdktn', () => {
    const out = path.join(ROOT, 'examples', 'cdktn', 'cdktf.out');
    fs.rmSync(out, { recursive: true, force: true });
    const stdout = run('npx', ['projen', 'example:synth:cdktn'], { cwd: ROOT });
    expect(stdout).toContain('Terraform JSON written to examples/cdktn/cdktf.out/stacks/alerting/cdk.tf.json');
    const json = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'alerting', 'cdk.tf.json'), 'utf8'));
    expect(json['//'].metadata.version).toMatch(/^0\.24\./); // cdktn's version, not cdktf's 0.21
    const resources = json.resource.elasticstack_kibana_action_connector;
    expect(Object.keys(resources).sort()).toEqual(['ops_slack', 'payments_pagerduty']);
    expect(resources.ops_slack.secrets).toBe('${jsonencode({"webhookUrl" = var.slack_webhook_url})}');
    expect(resources.payments_pagerduty.secrets_wo).toBe('${jsonencode({"routingKey" = var.pagerduty_routing_key})}');
    expect(resources.payments_pagerduty.space_id).toBe('payments');
  });
});

describe('a fresh clone (no flavours/, nothing built)', () => {
  test('`npx projen example:synth:cdktn` writes the flavour it imports, then synthesizes', () => {
    const clone = freshClone('kc-clone-cdktn-');
    expect(fs.existsSync(path.join(clone, 'flavours'))).toBe(false);
    const stdout = run('npx', ['projen', 'example:synth:cdktn'], { cwd: clone });
    expect(stdout).toContain('Terraform JSON written to examples/cdktn/cdktf.out/stacks/alerting/cdk.tf.json');
    const json = JSON.parse(fs.readFileSync(path.join(clone, 'examples', 'cdktn', 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json'), 'utf8'));
    expect(json['//'].metadata.version).toMatch(/^0\.24\./);
    expect(Object.keys(json.resource.elasticstack_kibana_action_connector).sort()).toEqual(['ops_slack', 'payments_pagerduty']);
  });
});

requires(LIB, CDKTN_LIB)('cdktn-kibana-connectors, packed and installed into a cdktn app outside the repository', () => {
  test('dist/js/cdktn-kibana-connectors@<version>.jsii.tgz holds the compiled flavour and bundles mustache; an app synthesizes a SlackConnector from it', () => {
    const tarball = packedTarballs().cdktn;
    const files = run('tar', ['tzf', tarball], {}).trim().split('\n').map((f) => f.replace(/^package\//, '')).filter((f) => !f.endsWith('/'));
    expect(files).toEqual(expect.arrayContaining(['.jsii', 'lib/index.js', 'lib/index.d.ts', 'README.md', 'LICENSE', 'package.json']));
    expect(files.filter((f) => !/^(lib\/.+\.(js|d\.ts)|\.jsii|README\.md|LICENSE|package\.json|node_modules\/mustache\/.+)$/.test(f))).toEqual([]);
    // mustache.js is bundled, as in the cdktf package (generate:flavour copies it into flavours/cdktn/node_modules).
    expect(JSON.parse(run('tar', ['xzOf', tarball, 'package/package.json'], {})).bundledDependencies).toEqual(['mustache']);
    expect(files).toEqual(expect.arrayContaining(['node_modules/mustache/package.json', 'node_modules/mustache/mustache.js']));

    const app = scratchDir('kc-cdktn-app-');
    const cdktnVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'cdktn', 'package.json'), 'utf8')).version;
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'my-cdktn-app', private: true }));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `cdktn@${cdktnVersion}`, tarball], { cwd: app });
    fs.writeFileSync(path.join(app, 'main.js'), [
      "const { App, TerraformStack, TerraformVariable } = require('cdktn');",
      "const { provider, SlackConnector } = require('cdktn-kibana-connectors');",
      "const app = new App({ outdir: 'cdktf.out', context: { targetVersions: { terraform: '>=1.11.0' } } });",
      "const stack = new TerraformStack(app, 'alerting');",
      "new provider.ElasticstackProvider(stack, 'elasticstack', {});",
      "const hook = new TerraformVariable(stack, 'slack_webhook_url', { type: 'string', sensitive: true });",
      "new SlackConnector(stack, 'ops_slack', { name: 'Ops Slack', secrets: { webhookUrl: hook.stringValue } });",
      "new SlackConnector(stack, 'wo_slack', { name: 'WO Slack', secrets: { webhookUrl: hook.stringValue }, writeOnlySecrets: true });",
      'app.synth();',
      '',
    ].join('\n'));
    // The library must come from the app's node_modules, never from the repository.
    expect(run('node', ['-p', "require.resolve('cdktn-kibana-connectors')"], { cwd: app }).trim()).toBe(fs.realpathSync(path.join(app, 'node_modules', 'cdktn-kibana-connectors', 'lib', 'index.js')));
    run('node', ['main.js'], { cwd: app });
    const check = "console.log(JSON.stringify(require('cdktn-kibana-connectors/lib/rules/mustache').checkTemplate('{{#a}}', 'p', { summary: false })))";
    expect(JSON.parse(run('node', ['-e', check], { cwd: app }))).toEqual([expect.objectContaining({ path: 'p', severity: 'error' })]);
    const json = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json'), 'utf8'));
    expect(json['//'].metadata.version).toBe(cdktnVersion);
    const slack = json.resource.elasticstack_kibana_action_connector;
    expect(slack.ops_slack).toMatchObject({ name: 'Ops Slack', connector_type_id: '.slack', secrets: '${jsonencode({"webhookUrl" = var.slack_webhook_url})}' });
    expect(slack.wo_slack.secrets_wo).toBe('${jsonencode({"webhookUrl" = var.slack_webhook_url})}');
  });
});
