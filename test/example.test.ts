import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

describe('examples/basic', () => {
  test('`npx projen example:synth` synthesizes connectors in two spaces and prints where the JSON is', () => {
    const outFile = path.join(ROOT, 'examples', 'basic', 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json');
    fs.rmSync(path.dirname(path.dirname(path.dirname(outFile))), { recursive: true, force: true });
    const run = spawnSync('npx', ['projen', 'example:synth'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Terraform JSON written to examples/basic/cdktf.out/stacks/alerting/cdk.tf.json');
    const json = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    const resources = json.resource.elasticstack_kibana_action_connector;
    expect(Object.keys(resources).sort()).toEqual(['alert_history', 'ops_slack', 'payments_pagerduty', 'payments_slack']);
    expect(new Set(Object.values(resources).map((r: any) => r.space_id))).toEqual(new Set(['default', 'payments']));
    expect(json.provider.elasticstack[0].kibana).toEqual({ endpoints: ['${var.kibana_url}'], api_key: '${var.kibana_api_key}' });
    expect(json.variable.slack_webhook_url.sensitive).toBe(true);
  });
});
