// A cdktf app for a platform team: typed connectors (Slack, PagerDuty, Jira, a webhook with basic
// authentication) in two Kibana spaces, every secret from a sensitive variable, an alerting rule whose
// actions page and resolve through PagerDuty and post to Slack, and the typed params of rule actions
// as outputs.
// Run from the repository root: npx projen example:synth
// or, with cdktf-cli installed, from this folder: cdktf synth
import * as path from 'path';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  IndexConnector, IndexThresholdRule, JiraConnector, NotifyWhen, PagerDutyConnector, PagerDutyEventAction, PagerDutySeverity,
  provider, SlackConnector, ThresholdComparator, TimeWindowUnit, WebhookAuthType, WebhookConnector, WebhookMethod,
} from '../../src';

class AlertingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const kibanaUrl = new TerraformVariable(this, 'kibana_url', { type: 'string', default: 'https://kibana.example.com:5601' });
    const kibanaApiKey = new TerraformVariable(this, 'kibana_api_key', { type: 'string', sensitive: true });
    new provider.ElasticstackProvider(this, 'elasticstack', {
      kibana: { endpoints: [kibanaUrl.stringValue], apiKey: kibanaApiKey.stringValue },
    });
    const secret = (name: string) => new TerraformVariable(this, name, { type: 'string', sensitive: true }).stringValue;

    // The default space: alert history, the ops channel, Jira and the incident service.
    new IndexConnector(this, 'alert_history', {
      name: 'Alert history',
      config: { index: 'alert-history', executionTimeField: '@timestamp' },
    });
    new SlackConnector(this, 'ops_slack', {
      name: 'Ops Slack',
      secrets: { webhookUrl: secret('slack_webhook_url') },
    });
    new JiraConnector(this, 'ops_jira', {
      name: 'Jira OPS',
      config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS' },
      secrets: { email: secret('jira_email'), apiToken: secret('jira_api_token') },
    });
    new WebhookConnector(this, 'incident_hook', {
      name: 'Incident service',
      config: {
        url: 'https://incidents.example.com/hooks/kibana',
        method: WebhookMethod.POST,
        headers: { 'Content-Type': 'application/json' },
        authType: WebhookAuthType.BASIC,
      },
      secrets: { user: secret('incident_service_user'), password: secret('incident_service_password') },
    });

    // The "payments" space: its own Slack channel and PagerDuty service; the routing key is sent
    // write-only (never stored in state), and the connector may not be destroyed by accident.
    const paymentsSlack = new SlackConnector(this, 'payments_slack', {
      name: 'Slack (payments)',
      spaceId: 'payments',
      secrets: { webhookUrl: secret('payments_slack_webhook_url') },
    });
    const paymentsPagerDuty = new PagerDutyConnector(this, 'payments_pagerduty', {
      name: 'PagerDuty (payments)',
      spaceId: 'payments',
      secrets: { routingKey: secret('pagerduty_routing_key') },
      writeOnlySecrets: true,
      preventDestroy: true,
    });

    // A rule in the same space: page on-call while checkout errors are high, resolve the incident when
    // they recover, and post a summary to Slack every 10 minutes. Each action binds to its connector by
    // reference; groups, frequencies and params are checked at synth.
    new IndexThresholdRule(this, 'checkout_errors', {
      name: 'Checkout errors',
      spaceId: 'payments',
      params: {
        index: ['logs-payments-*'],
        timeField: '@timestamp',
        filterKuery: 'service.name: checkout and log.level: error',
        timeWindowSize: 5,
        timeWindowUnit: TimeWindowUnit.MINUTES,
        thresholdComparator: ThresholdComparator.GREATER_THAN,
        threshold: [50],
      },
      actions: [
        paymentsPagerDuty.action({
          params: {
            eventAction: PagerDutyEventAction.TRIGGER,
            severity: PagerDutySeverity.CRITICAL,
            summary: '{{context.message}}',
            dedupKey: '{{rule.id}}-{{alert.id}}',
          },
          frequency: { notifyWhen: NotifyWhen.ON_ACTION_GROUP_CHANGE },
        }),
        paymentsPagerDuty.action({
          group: IndexThresholdRule.RECOVERED,
          params: { eventAction: PagerDutyEventAction.RESOLVE, dedupKey: '{{rule.id}}-{{alert.id}}' },
          frequency: { notifyWhen: NotifyWhen.ON_ACTION_GROUP_CHANGE },
        }),
        paymentsSlack.action({
          params: { message: '{{alerts.new.count}} new checkout error alerts: {{rule.url}}' },
          frequency: { summary: true, notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL, throttle: '10m' },
        }),
      ],
    });

    // Typed params of rule actions, ready for `kibana-connectors test --params`.
    new TerraformOutput(this, 'pagerduty_trigger_params', {
      value: PagerDutyConnector.params({
        eventAction: PagerDutyEventAction.TRIGGER,
        severity: PagerDutySeverity.CRITICAL,
        summary: '{{context.reason}}',
        dedupKey: '{{rule.id}}-{{alert.id}}',
      }),
    });
    new TerraformOutput(this, 'slack_message_params', {
      value: SlackConnector.params({ message: 'Rule {{rule.name}} fired: {{context.reason}}' }),
    });
  }
}

const app = new App({ outdir: path.join(__dirname, 'cdktf.out') });
new AlertingStack(app, 'alerting');
app.synth();

if (require.main === module) {
  console.log(`Terraform JSON written to ${path.relative(process.cwd(), path.join(__dirname, 'cdktf.out', 'stacks', 'alerting', 'cdk.tf.json'))}`);
}
