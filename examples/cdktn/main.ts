// A CDK Terrain (cdktn) app using cdktn-kibana-connectors: typed Slack and PagerDuty connectors.
// Run from the repository root: npx projen example:synth:cdktn
// or, with cdktn-cli installed, from this folder: cdktn synth
// In an app of your own, import from 'cdktn-kibana-connectors' instead of the generated flavour below.
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktn';
import { Construct } from 'constructs';
import { PagerDutyConnector, provider, SlackConnector } from '../../flavours/cdktn/src';

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

    new SlackConnector(this, 'ops_slack', { name: 'Ops Slack', secrets: { webhookUrl: slackWebhook.stringValue } });
    new PagerDutyConnector(this, 'payments_pagerduty', {
      name: 'PagerDuty (payments)',
      spaceId: 'payments',
      config: { apiUrl: 'https://events.pagerduty.com/v2/enqueue' },
      secrets: { routingKey: pagerdutyKey.stringValue },
      writeOnlySecrets: true,
      preventDestroy: true,
    });
  }
}

// cdktn checks write-only attributes (secrets_wo) against the Terraform versions the app targets.
const app = new App({ outdir: path.join(__dirname, 'cdktf.out'), context: { targetVersions: { terraform: '>=1.11.0' } } });
new AlertingStack(app, 'alerting');
app.synth();

if (require.main === module) {
  console.log(`Terraform JSON written to ${path.relative(process.cwd(), path.join(__dirname, 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json'))}`);
}
