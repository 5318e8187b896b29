// The cdktn flavour (flavours/cdktn, made by `npx projen generate:flavour`, which `npm test` runs first):
// it is current, and the same app synthesizes the same resources (connectors, an alerting rule) under cdktf and cdktn.
// Runs in the cdktf jest project only: it loads both flavours side by side (each generator in its own
// process or jest module registry: the two provider generators cannot share one process).
import * as fs from 'fs';
import * as path from 'path';
import { CDKTN_CONTEXT } from './support/flavour';
import { scratchDir } from './support/synth';
import { cdktnFlavourTs, FLAVOUR_DIR, generateCdktnFlavour, rewriteModuleSpecifiers } from '../generator/flavour/cdktn';

function listFiles(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(root, path.join(dir, e.name)) : [path.join(dir, e.name)],
  ).sort();
}

describe('cdktn flavour', () => {
  test('module specifiers are rewritten by the parser: imports, re-exports, import() and deep imports; strings in code are not', () => {
    const text = [
      "import { App } from 'cdktf';",
      "import { TokenString } from 'cdktf/lib/tokens/private/encoding';",
      "export * from 'cdktf';",
      "type T = import('cdktf').App;",
      "const lazy = () => require('cdktf');",
      "const template = `import { App } from 'cdktf';`;",
      "const other = require('cdktf-kibana-connectors');",
    ].join('\n');
    expect(rewriteModuleSpecifiers('x.ts', text).split('\n')).toEqual([
      "import { App } from 'cdktn';",
      "import { TokenString } from 'cdktn/lib/tokens/private/encoding';",
      "export * from 'cdktn';",
      "type T = import('cdktn').App;",
      "const lazy = () => require('cdktn');",
      "const template = `import { App } from 'cdktf';`;",
      "const other = require('cdktf-kibana-connectors');",
    ]);
    expect(() => rewriteModuleSpecifiers('src/x.ts', "import { y } from 'cdktf/lib/no-such-module';"))
      .toThrow('src/x.ts: deep import cdktf/lib/no-such-module has no cdktn counterpart (cdktn/lib/no-such-module not found)');
  });

  test('src/flavour.ts gets the cdktn values, and a src/flavour.ts without them is an error', () => {
    const cdktn = cdktnFlavourTs(fs.readFileSync(path.join(__dirname, '..', 'src', 'flavour.ts'), 'utf8'));
    expect(cdktn).toMatch(/export const FRAMEWORK\b[^=]*= 'cdktn';/);
    expect(cdktn).toMatch(/export const PACKAGE_NAME\b[^=]*= 'cdktn-kibana-connectors';/);
    expect(() => cdktnFlavourTs("export const PACKAGE_NAME = 'x';\n")).toThrow("src/flavour.ts: no `export const FRAMEWORK = '...'` to set to 'cdktn'");
  });

  test('flavours/cdktn equals a fresh run of generate:flavour (run `npx projen generate:flavour` when this fails)', async () => {
    const fresh = scratchDir('kc-flavour-');
    const written = await generateCdktnFlavour(fresh);
    expect(listFiles(path.join(FLAVOUR_DIR, 'src'))).toEqual(listFiles(path.join(fresh, 'src')));
    for (const file of written) {
      expect({ file, same: fs.readFileSync(path.join(FLAVOUR_DIR, file), 'utf8') === fs.readFileSync(path.join(fresh, file), 'utf8') })
        .toEqual({ file, same: true });
    }
  });

  test('no file of the flavour imports cdktf', () => {
    const src = path.join(FLAVOUR_DIR, 'src');
    for (const file of listFiles(src)) {
      expect({ file, cdktf: /(from|require\(|import\()\s*['"]cdktf['"/]/.test(fs.readFileSync(path.join(src, file), 'utf8')) }).toEqual({ file, cdktf: false });
    }
  });

  test('the same app synthesizes identical resources, data sources, imports and variables under cdktf and cdktn', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const flavours = {
      cdktf: { cdk: require('cdktf'), lib: require('../src') },
      cdktn: { cdk: require('cdktn'), lib: require('../flavours/cdktn/src') },
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
    const out: Record<string, any> = {};
    for (const [name, { cdk, lib }] of Object.entries(flavours)) {
      const app = new cdk.App({ outdir: scratchDir(`kc-${name}-`), stackTraces: false, context: CDKTN_CONTEXT });
      const stack = new cdk.TerraformStack(app, 'alerting');
      new lib.provider.ElasticstackProvider(stack, 'elasticstack', { kibana: { endpoints: ['https://kibana.example.com:5601'] } });
      const hook = new cdk.TerraformVariable(stack, 'slack_webhook_url', { type: 'string', sensitive: true });
      const host = new cdk.TerraformVariable(stack, 'host', { type: 'string' });
      new lib.SlackConnector(stack, 'ops_slack', { name: 'Ops "Slack" \\ \n', secrets: { webhookUrl: hook.stringValue } });
      new lib.SlackConnector(stack, 'wo_slack', {
        name: 'WO', spaceId: 'payments', secrets: { webhookUrl: hook.stringValue }, writeOnlySecrets: true, secretsVersion: '2', preventDestroy: true,
      });
      new lib.WebhookConnector(stack, 'hook', {
        name: 'Hook',
        config: { url: `https://${host.stringValue}:9200/$\${path}%{x}`, method: lib.WebhookMethod.POST, headers: { 'X-A': `a${host.stringValue}b` }, hasAuth: false },
      });
      const generic = new lib.KibanaConnector(stack, 'generic', {
        name: 'Generic',
        connectorTypeId: '.index',
        config: { index: 'idx', refresh: false, arr: [null, 1, 'two', host.stringValue], n: cdk.Token.asNumber(host.numberValue) },
        timeouts: { create: '5m' },
        skipTypeValidation: true,
      });
      generic.importFrom('c55b6eb0-6bad-11eb-9f3b-611eebc6c3ad');
      const shared = lib.KibanaConnector.fromLookup(stack, 'shared', { name: 'Shared Slack', spaceId: 'ops' });
      new lib.kibanaAlertingRule.KibanaAlertingRule(stack, 'rule', {
        name: 'Rule',
        consumer: 'stackAlerts',
        ruleTypeId: '.es-query',
        params: '{}',
        interval: '1m',
        spaceId: 'ops',
        tags: ['a'],
        alertDelay: 2,
        flapping: { lookBackWindow: 20, statusChangeThreshold: 4 },
        timeouts: { create: '5m' },
        kibanaConnection: { endpoints: [`https://${host.stringValue}`] },
        actions: [{
          id: shared.connectorId,
          group: 'query matched',
          params: '{"message":"x"}',
          frequency: { summary: true, notifyWhen: 'onActiveAlert' },
          alertsFilter: { kql: 'a: b', timeframe: { days: [1, 7], timezone: 'UTC', hoursStart: '00:00', hoursEnd: '23:59' } },
        }],
      });
      new cdk.TerraformOutput(stack, 'shared_id', { value: shared.connectorId });
      app.synth();
      out[name] = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'alerting', 'cdk.tf.json'), 'utf8'));
    }
    for (const key of ['resource', 'data', 'import', 'variable', 'provider', 'output']) {
      expect({ key, value: out.cdktn[key] }).toEqual({ key, value: out.cdktf[key] });
    }
    expect(Object.keys(out.cdktn.resource.elasticstack_kibana_action_connector).sort()).toEqual(['generic', 'hook', 'ops_slack', 'wo_slack']);
    expect(out.cdktn.resource.elasticstack_kibana_alerting_rule.rule.actions[0].alerts_filter.timeframe.days).toEqual([1, 7]);
    expect(out.cdktn.terraform.required_providers).toEqual(out.cdktf.terraform.required_providers);
  });
});
