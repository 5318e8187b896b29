// A cdktf app with an elasticstack provider and connectors in two Kibana spaces.
// Run from the repository root: npx projen example:synth
// or, with cdktf-cli installed, from this folder: cdktf synth
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { KibanaConnector, provider } from '../../src';

class AlertingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const kibanaUrl = new TerraformVariable(this, 'kibana_url', { type: 'string', default: 'https://kibana.example.com:5601' });
    const kibanaApiKey = new TerraformVariable(this, 'kibana_api_key', { type: 'string', sensitive: true });
    new provider.ElasticstackProvider(this, 'elasticstack', {
      kibana: { endpoints: [kibanaUrl.stringValue], apiKey: kibanaApiKey.stringValue },
    });

    const slackWebhook = new TerraformVariable(this, 'slack_webhook_url', { type: 'string', sensitive: true });
    const pagerdutyKey = new TerraformVariable(this, 'pagerduty_routing_key', { type: 'string', sensitive: true });

    // The default space: an index connector for alert history, and Slack.
    new KibanaConnector(this, 'alert_history', {
      name: 'Alert history',
      connectorTypeId: '.index',
      config: { index: 'alert-history', refresh: false, executionTimeField: '@timestamp' },
    });
    new KibanaConnector(this, 'ops_slack', {
      name: 'Ops Slack',
      connectorTypeId: '.slack',
      secrets: { webhookUrl: slackWebhook.stringValue },
    });

    // The "payments" space: the same Slack webhook plus PagerDuty, kept in state write-only.
    for (const space of ['payments']) {
      new KibanaConnector(this, `${space}_slack`, {
        name: `Slack (${space})`,
        connectorTypeId: '.slack',
        spaceId: space,
        secrets: { webhookUrl: slackWebhook.stringValue },
      });
      new KibanaConnector(this, `${space}_pagerduty`, {
        name: `PagerDuty (${space})`,
        connectorTypeId: '.pagerduty',
        spaceId: space,
        config: { apiUrl: 'https://events.pagerduty.com/v2/enqueue' },
        secrets: { routingKey: pagerdutyKey.stringValue },
        writeOnlySecrets: true,
        preventDestroy: true,
      });
    }
  }
}

const app = new App({ outdir: path.join(__dirname, 'cdktf.out') });
new AlertingStack(app, 'alerting');
app.synth();

if (require.main === module) {
  console.log(`Terraform JSON written to ${path.relative(process.cwd(), path.join(__dirname, 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json'))}`);
}
