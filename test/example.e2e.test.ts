import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

describe('examples/basic', () => {
  test('`npx projen example:synth` synthesizes typed connectors in two spaces and a rule, with no warning, and prints where the JSON is', () => {
    const outFile = path.join(ROOT, 'examples', 'basic', 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json');
    fs.rmSync(path.dirname(path.dirname(path.dirname(outFile))), { recursive: true, force: true });
    const run = spawnSync('npx', ['projen', 'example:synth'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Terraform JSON written to examples/basic/cdktf.out/stacks/alerting/cdk.tf.json');
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/warn/i);
    const json = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    // Warnings (a literal secret, say) are annotations in the manifest, which `cdktf synth` prints.
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'basic', 'cdktf.out', 'manifest.json'), 'utf8'));
    expect(manifest.stacks.alerting.annotations).toEqual([]);
    const resources = json.resource.elasticstack_kibana_action_connector;
    expect(Object.fromEntries(Object.entries(resources).map(([k, r]: [string, any]) => [k, `${r.space_id} ${r.connector_type_id}`]))).toEqual({
      alert_history: 'default .index',
      incident_hook: 'default .webhook',
      ops_jira: 'default .jira',
      ops_slack: 'default .slack',
      payments_pagerduty: 'payments .pagerduty',
      payments_slack: 'payments .slack',
    });
    // Every secret is a sensitive variable: no literal secret anywhere in the output.
    for (const r of Object.values(resources) as any[]) {
      const secrets = r.secrets ?? r.secrets_wo;
      expect(secrets.replace(/var\.[a-z_]+/g, 'VAR')).toMatch(/^\$\{jsonencode\(\{("[A-Za-z]+" = VAR(, )?)*\}\)\}$/);
    }
    expect(resources.incident_hook.config).toContain('"authType" = "webhook-authentication-basic"');
    expect(json.output.pagerduty_trigger_params.value).toEqual({
      dedupKey: '{{rule.id}}-{{alert.id}}', eventAction: 'trigger', severity: 'critical', summary: '{{context.reason}}',
    });
    expect(json.provider.elasticstack[0].kibana).toEqual({ endpoints: ['${var.kibana_url}'], api_key: '${var.kibana_api_key}' });
    expect(json.variable.slack_webhook_url.sensitive).toBe(true);
    // The rule: in the payments space, its actions bound to that space's connectors by reference.
    const rule = json.resource.elasticstack_kibana_alerting_rule.checkout_errors;
    expect(rule.space_id).toBe('payments');
    expect(rule.actions.map((a: any) => `${a.group} -> ${a.id}`)).toEqual([
      'threshold met -> ${elasticstack_kibana_action_connector.payments_pagerduty.connector_id}',
      'recovered -> ${elasticstack_kibana_action_connector.payments_pagerduty.connector_id}',
      'threshold met -> ${elasticstack_kibana_action_connector.payments_slack.connector_id}',
    ]);
    expect(rule.actions[1].params).toBe('${jsonencode({"eventAction" = "resolve", "dedupKey" = "{{rule.id}}-{{alert.id}}"})}');
    expect(rule.params).toContain('"groupBy" = "all"');
  });
});
