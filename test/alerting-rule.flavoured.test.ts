// AlertingRule and typed rule actions on real synth: the resource and its action blocks, every
// literal string read back exactly by the real Terraform CLI, and each of Kibana's checks at synth
// (issue 19 items 5 and 6), each with the construct path and the field.
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import * as lib from '../src';
import { requiresTest, TERRAFORM } from './support/requirements';
import { scratchDir, synthError, synthJson } from './support/synth';
import { evaluateExpressions, testWithImportBlocks } from './support/terraform';
import { RULE_FEATURES } from '../src/rules/features';
import { RULE_TYPES } from '../src/rules/registry';

const RULE = 'elasticstack_kibana_alerting_rule';

function targeting(version?: string): TerraformStack {
  const app = new App({ outdir: scratchDir('kc-rule-'), stackTraces: false, context: version ? { kibanaVersion: version } : undefined });
  const stack = new TerraformStack(app, 'test');
  new lib.provider.ElasticstackProvider(stack, 'elasticstack', {});
  return stack;
}

const secret = (stack: TerraformStack, name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
const THRESHOLD = { index: ['logs-*'], timeField: '@timestamp', aggType: 'count', groupBy: 'all', timeWindowSize: 5, timeWindowUnit: 'm', thresholdComparator: '>', threshold: [100] };

/** A Slack and a PagerDuty connector in `space`. */
function connectors(stack: TerraformStack, space = 'default') {
  const slack = new lib.SlackConnector(stack, 'ops_slack', { name: 'Ops', spaceId: space, secrets: { webhookUrl: secret(stack, 'hook') } });
  const pager = new lib.PagerDutyConnector(stack, 'oncall', { name: 'On call', spaceId: space, secrets: { routingKey: secret(stack, 'key') } });
  return { slack, pager };
}

function rule(scope: Construct, props: Partial<lib.AlertingRuleProps> = {}): lib.AlertingRule {
  return new lib.AlertingRule(scope, 'errors', {
    name: 'Too many errors', ruleTypeId: '.index-threshold', consumer: 'alerts', params: THRESHOLD, ...props,
  });
}

const resources = (stack: TerraformStack) => synthJson(stack).resource[RULE] as Record<string, any>;

describe('the rule and its actions, synthesized', () => {
  test('actions bind to their connectors by reference, in the rule type\'s default group, with params as jsonencode()', () => {
    const stack = targeting();
    const { slack, pager } = connectors(stack);
    rule(stack, {
      actions: [
        slack.action({ params: { message: 'Errors: {{context.value}}' }, frequency: { summary: false, notifyWhen: lib.NotifyWhen.ON_ACTIVE_ALERT } }),
        pager.action({
          group: 'recovered',
          params: { eventAction: lib.PagerDutyEventAction.RESOLVE, dedupKey: '{{rule.id}}-{{alert.id}}', summary: 'Errors back to normal' },
          frequency: { notifyWhen: lib.NotifyWhen.ON_ACTION_GROUP_CHANGE },
        }),
      ],
    });
    const r = resources(stack).errors;
    expect(r.rule_type_id).toBe('.index-threshold');
    expect(r.interval).toBe('1m');
    expect(r.enabled).toBe(true);
    expect(r.actions).toHaveLength(2);
    expect(r.actions[0].id).toBe('${elasticstack_kibana_action_connector.ops_slack.connector_id}');
    expect(r.actions[0].group).toBe('threshold met');
    expect(r.actions[0].params).toBe('${jsonencode({"message" = "Errors: {{context.value}}"})}');
    expect(r.actions[1].id).toBe('${elasticstack_kibana_action_connector.oncall.connector_id}');
    expect(r.actions[1].group).toBe('recovered');
    expect(r.actions[1].frequency).toEqual({ summary: false, notify_when: 'onActionGroupChange' });
  });

  test('an action of an unmanaged or preconfigured connector takes its params as given', () => {
    const stack = targeting();
    const legacy = lib.KibanaConnector.fromConnectorId(stack, 'legacy', 'default', 'c55b6eb0-6bad-11eb-9f3b-611eebc6c3ad');
    rule(stack, {
      actions: [
        lib.RuleAction.ofConnector(legacy, { params: { documents: [{ rule: '{{rule.name}}' }] } }),
        lib.RuleAction.ofPreconfigured('preconfigured-alert-history-es-index', { params: { documents: [{ n: 1 }] } }),
      ],
    });
    const r = resources(stack).errors;
    expect(r.actions.map((a: any) => a.id)).toEqual(['c55b6eb0-6bad-11eb-9f3b-611eebc6c3ad', 'preconfigured-alert-history-es-index']);
  });

  requiresTest(TERRAFORM)('the rule\'s name, params and every action\'s params come back exactly through real Terraform', () => {
    const stack = targeting();
    const { slack } = connectors(stack);
    const hostile = 'Alert ${var.x} %{ if true }x%{ endif } "quoted" \\ {{#context.hits}}{{_id}}{{/context.hits}} é\u2028';
    rule(stack, {
      name: hostile,
      params: { ...THRESHOLD, filterKuery: hostile },
      actions: [slack.action({ params: { message: hostile }, frequency: { notifyWhen: lib.NotifyWhen.ON_ACTIVE_ALERT } })],
    });
    const r = resources(stack).errors;
    const out = evaluateExpressions({ name: r.name, params: r.params, action: r.actions[0].params }, { x: { type: 'string', value: 'INJECTED' } });
    expect(out.name).toBe(hostile);
    expect(JSON.parse(out.params as string).filterKuery).toBe(hostile);
    expect(JSON.parse(out.action as string)).toEqual({ message: hostile });
  });

  testWithImportBlocks('importFrom: <space>/<rule id>, a prefix equal to the rule\'s space accepted once', () => {
    const stack = targeting();
    rule(stack, { spaceId: 'ops' }).importFrom('ops/1b4f2c');
    expect(synthJson(stack).import).toEqual([{ id: 'ops/1b4f2c', to: `${RULE}.errors` }]);
  });

  test('importFrom refuses an empty id and one naming another space, as a connector\'s does', () => {
    const empty = targeting();
    rule(empty).importFrom('');
    expect(synthError(empty)).toContain('[test/errors] importFrom(""): the rule id is empty');
    const other = targeting();
    rule(other).importFrom('ops/abc');
    expect(synthError(other)).toContain('[test/errors] importFrom("ops/abc"): give the rule id alone, or "default/<id>"; the rule is in space "default"');
  });

  test('actions that say nothing of when they run get Kibana\'s documented default, onActiveAlert, per action', () => {
    const stack = targeting();
    const { slack, pager } = connectors(stack);
    const r = rule(stack, { actions: [slack.action({ params: { message: 'm' } })] });
    r.addAction(pager.action({ params: {} }));
    const out = resources(stack).errors;
    expect(out.notify_when).toBeUndefined();
    expect(out.actions.map((a: any) => a.frequency)).toEqual([{ summary: false, notify_when: 'onActiveAlert' }, { summary: false, notify_when: 'onActiveAlert' }]);
  });

  test('below Kibana 8.6 (no per-action frequency) the default is rule-level; a rule-level notifyWhen is kept as given', () => {
    const old = targeting('8.5.0');
    rule(old, { actions: [connectors(old).slack.action({ params: { message: 'm' } })] });
    const out = resources(old).errors;
    expect(out.notify_when).toBe('onActiveAlert');
    expect(out.actions[0].frequency).toBeUndefined();
    const given = targeting();
    rule(given, { notifyWhen: lib.NotifyWhen.ON_ACTION_GROUP_CHANGE, actions: [connectors(given).slack.action({ params: { message: 'm' } })] });
    expect(resources(given).errors.notify_when).toBe('onActionGroupChange');
    expect(resources(given).errors.actions[0].frequency).toBeUndefined();
    const none = targeting('8.5.0');
    rule(none);
    expect(resources(none).errors.notify_when).toBeUndefined();
  });

  test('a preconfigured connector id reaches Kibana exactly (never a Terraform template); an empty one is refused', () => {
    const stack = targeting();
    rule(stack, { actions: [lib.RuleAction.ofPreconfigured('pre-${var.x}%{ if }', { params: { documents: [{ n: 1 }] } })] });
    expect(resources(stack).errors.actions[0].id).toBe('pre-$${var.x}%%{ if }');
    const empty = targeting();
    rule(empty, { actions: [lib.RuleAction.ofPreconfigured(' ', { params: { documents: [{ n: 1 }] } })] });
    expect(synthError(empty)).toContain('[test/errors] actions[0].id, the connector id, is empty');
  });
});

describe('Kibana\'s checks at synth, with the construct path and field', () => {
  const errorOf = (build: (stack: TerraformStack) => void, version?: string) => {
    const stack = targeting(version);
    build(stack);
    return synthError(stack) ?? '';
  };

  test('a group the rule type does not have', () => {
    expect(errorOf((s) => rule(s, { actions: [connectors(s).slack.action({ group: 'threshold_met', params: { message: 'm' } })] })))
      .toContain('[test/errors] actions[0].group is "threshold_met", which rule type .index-threshold does not have; its groups: threshold met, recovered');
  });

  test('an unknown rule type needs an explicit group (the provider\'s "default" exists in few types)', () => {
    expect(errorOf((s) => rule(s, { ruleTypeId: 'my.custom', actions: [connectors(s).slack.action({ params: { message: 'm' } })] })))
      .toContain('[test/errors] actions[0].group is required');
  });

  test('a connector of another space', () => {
    expect(errorOf((s) => rule(s, { spaceId: 'payments', actions: [connectors(s, 'ops').slack.action({ params: { message: 'm' } })] })))
      .toContain('[test/errors] actions[0] uses a connector of space "ops", but the rule is in space "payments"');
  });

  test('frequency on some actions only, or mixed with rule-level notifyWhen', () => {
    expect(errorOf((s) => {
      const { slack, pager } = connectors(s);
      rule(s, { actions: [slack.action({ params: { message: 'm' }, frequency: { notifyWhen: lib.NotifyWhen.ON_ACTIVE_ALERT } }), pager.action({ params: {} })] });
    })).toContain('1 of 2 actions have no frequency');
    expect(errorOf((s) => rule(s, { notifyWhen: lib.NotifyWhen.ON_ACTIVE_ALERT, actions: [connectors(s).slack.action({ params: { message: 'm' }, frequency: {} })] })))
      .toContain('Kibana refuses the mix');
  });

  test('throttles: only with onThrottleInterval, never shorter than the interval', () => {
    const e = errorOf((s) => {
      const { slack, pager } = connectors(s);
      rule(s, {
        interval: '5m',
        actions: [
          slack.action({ params: { message: 'm' }, frequency: { notifyWhen: lib.NotifyWhen.ON_ACTIVE_ALERT, throttle: '10m' } }),
          pager.action({ params: {}, frequency: { notifyWhen: lib.NotifyWhen.ON_THROTTLE_INTERVAL, throttle: '1m' } }),
        ],
      });
    });
    expect(e).toContain('[test/errors] actions[0].frequency.throttle is only used with notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL');
    expect(e).toContain('[test/errors] actions[1].frequency.throttle 1m is shorter than the rule\'s interval 5m');
  });

  test('alerts filters need a query or a complete timeframe', () => {
    const e = errorOf((s) => {
      const { slack, pager } = connectors(s);
      rule(s, {
        actions: [
          slack.action({ params: { message: 'm' }, frequency: {}, alertsFilter: {} }),
          pager.action({ params: {}, frequency: {}, alertsFilter: { timeframe: { days: [0, 8], timezone: 'UTC', hoursStart: '8:00', hoursEnd: '17:00' } } }),
        ],
      });
    });
    expect(e).toContain('[test/errors] actions[0].alertsFilter needs a kql query or a timeframe');
    expect(e).toContain('actions[1].alertsFilter.timeframe.days[0] is 0; expected 1 (Monday) to 7 (Sunday)');
    expect(e).toContain('actions[1].alertsFilter.timeframe.hoursStart "8:00" is not an hour such as "08:30" (HH:mm)');
  });

  test('version gates of the target Kibana', () => {
    const e = errorOf((s) => rule(s, {
      alertDelay: 2,
      flapping: { lookBackWindow: 10, statusChangeThreshold: 3, enabled: true },
      ruleId: 'my-rule',
      actions: [connectors(s).slack.action({ params: { message: 'm' }, frequency: {}, alertsFilter: { kql: 'host.name: a' } })],
    }), '8.5.0');
    expect(e).toContain('actions[0].frequency is not accepted by the target Kibana 8.5.0 (context key "kibanaVersion"): per-action frequency needs Kibana 8.6.0 and later');
    expect(e).toContain('actions[0].alertsFilter is not accepted by the target Kibana 8.5.0');
    expect(e).toContain('alertDelay is not accepted by the target Kibana 8.5.0');
    expect(e).toContain('flapping is not accepted by the target Kibana 8.5.0');
    expect(e).toContain('flapping.enabled is not accepted by the target Kibana 8.5.0');
    expect(e).toContain('ruleId "my-rule" is not a UUID');
    expect(errorOf((s) => rule(s, { ruleId: 'my-rule', alertDelay: 2, flapping: { lookBackWindow: 10, statusChangeThreshold: 3, enabled: true } }), '9.3.0')).toBe('');
  });

  // Each gate at its boundary: refused by the last release before it, accepted from its first release
  // (generator/rule-catalog/rule-features.json holds the versions and their evidence).
  const gates: Array<[string, string, string, (s: TerraformStack) => void, string]> = [
    ['per-action frequency', '8.5.9', '8.6.0', (s) => rule(s, { actions: [connectors(s).slack.action({ params: { message: 'm' }, frequency: {} })] }),
      'actions[0].frequency is not accepted by the target Kibana 8.5.9 (context key "kibanaVersion"): per-action frequency needs Kibana 8.6.0 and later'],
    ['alerts filter', '8.8.2', '8.9.0', (s) => rule(s, { actions: [connectors(s).slack.action({ params: { message: 'm' }, frequency: {}, alertsFilter: { kql: 'a: b' } })] }),
      "actions[0].alertsFilter is not accepted by the target Kibana 8.8.2 (context key \"kibanaVersion\"): an alerts filter needs Kibana 8.9.0 and later (the provider's gate"],
    ['alert delay', '8.12.2', '8.13.0', (s) => rule(s, { alertDelay: 3 }),
      'alertDelay is not accepted by the target Kibana 8.12.2 (context key "kibanaVersion"): an alert delay needs Kibana 8.13.0 and later'],
    ['flapping', '8.15.5', '8.16.0', (s) => rule(s, { flapping: { lookBackWindow: 10, statusChangeThreshold: 3 } }),
      'flapping is not accepted by the target Kibana 8.15.5 (context key "kibanaVersion"): flapping needs Kibana 8.16.0 and later'],
    ['flapping.enabled', '9.2.4', '9.3.0', (s) => rule(s, { flapping: { lookBackWindow: 10, statusChangeThreshold: 3, enabled: false } }),
      'flapping.enabled is not accepted by the target Kibana 9.2.4 (context key "kibanaVersion"): flapping.enabled needs Kibana 9.3.0 and later'],
    ['a rule id that is not a UUID', '8.16.6', '8.17.0', (s) => rule(s, { ruleId: 'checkout-errors' }),
      'ruleId "checkout-errors" is not a UUID, which the target Kibana 8.16.6 (context key "kibanaVersion") requires (a rule id that is not a UUID: Kibana 8.17.0 and later)'],
  ];
  test.each(gates)('the %s gate: refused by Kibana %s, accepted from %s', (_name, before, since, build, message) => {
    expect(errorOf(build, before)).toContain(message);
    expect(errorOf(build, since)).toBe('');
  });
  test('the API docs name the release each gate holds from (the versions are data: src/rules/features.ts)', () => {
    const source = (file: string) => fs.readFileSync(path.join(__dirname, '..', 'src', 'rules', file), 'utf8');
    const docs: Array<[string, string, keyof typeof RULE_FEATURES]> = [
      ['action.ts', 'How often an action runs, and whether it summarizes alerts (Kibana % and later)', 'frequency'],
      ['action.ts', 'Which alerts an action runs for (Kibana %', 'alertsFilter'],
      ['alerting-rule.ts', 'How a rule decides that an alert is flapping (Kibana %', 'flapping'],
      ['alerting-rule.ts', 'Whether flapping detection is on for this rule (Kibana %', 'flappingEnabled'],
      ['alerting-rule.ts', 'A fixed rule id (a UUID before Kibana %', 'anyRuleId'],
      ['alerting-rule.ts', 'Consecutive runs an alert must be active before actions run (Kibana %', 'alertDelay'],
      ['alerting-rule.ts', 'Flapping detection (Kibana %', 'flapping'],
    ];
    for (const [file, text, feature] of docs) {
      const since = RULE_FEATURES[feature].ranges[0].since.replace(/\.0$/, '');
      expect(`${file}: ${source(file).includes(text.replace('%', since))}`).toBe(`${file}: true`);
    }
    // The README's list of the gates, and which of them are the provider's (unsettled in Kibana's source).
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const short = (feature: keyof typeof RULE_FEATURES) => RULE_FEATURES[feature].ranges[0].since.replace(/\.0$/, '');
    expect(readme).toContain(`per-action frequency ${short('frequency')}, alerts filters ${short('alertsFilter')}, \`alertDelay\` ${short('alertDelay')}, `
      + `\`flapping\` ${short('flapping')} (\`flapping.enabled\` ${short('flappingEnabled')}), rule ids that are not UUIDs ${short('anyRuleId')}`);
    const unsettled = Object.keys(RULE_FEATURES).filter((k) => !RULE_FEATURES[k as keyof typeof RULE_FEATURES].settled);
    expect(unsettled).toEqual(['alertsFilter', 'flappingEnabled']);
    expect(readme).toContain('for alerts filters and `flapping.enabled` they are the provider\'s gates');
  });
  test('a UUID rule id needs no gate', () => {
    expect(errorOf((s) => rule(s, { ruleId: '9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a' }), '8.0.0')).toBe('');
  });

  test('action params: required keys, accepted values, unknown keys, PagerDuty dedupKey for resolve', () => {
    const e = errorOf((s) => {
      const { slack, pager } = connectors(s);
      rule(s, {
        actions: [
          slack.action({ params: {} as lib.SlackParams, frequency: {} }),
          pager.action({ params: { eventAction: lib.PagerDutyEventAction.RESOLVE }, frequency: {} }),
          lib.RuleAction.ofConnector(pager, { params: { whatever: 1 }, frequency: {} }),
        ],
      });
    });
    expect(e).toContain('[test/errors] actions[0].params.message is required');
    expect(e).toContain('[test/errors] actions[1].params.dedupKey is required when params.eventAction is "resolve"');
    expect(e).not.toContain('whatever'); // an untyped action's params are as given
  });

  test('email: a recipient list given as a string (provider issue #1226), and no recipient at all', () => {
    const e = errorOf((s) => {
      const email = new lib.EmailConnector(s, 'mail', { name: 'Mail', config: { from: 'alerts@example.com', service: lib.EmailService.ELASTIC_CLOUD } });
      rule(s, {
        actions: [
          email.action({ params: { to: 'oncall@example.com' as unknown as string[], subject: 's', message: 'm' }, frequency: {} }),
          email.action({ params: { subject: 's', message: 'm' }, frequency: {} }),
        ],
      });
    });
    expect(e).toContain('[test/errors] actions[0].params.to is a string; expected a list of strings');
    expect(e).toContain('[test/errors] actions[1]: one of params.to, params.cc, params.bcc is required');
  });

  test('a value holding a mustache template skips the literal checks, as Kibana does', () => {
    expect(errorOf((s) => rule(s, {
      actions: [connectors(s).pager.action({ params: { eventAction: '{{context.action}}' as lib.PagerDutyEventAction, dedupKey: 'k' }, frequency: {} })],
    }))).toBe('');
  });

  test('mustache: an unbalanced section is an error; a variable the action cannot see is a warning', () => {
    expect(errorOf((s) => rule(s, { actions: [connectors(s).slack.action({ params: { message: '{{#context.hits}}x' }, frequency: {} })] })))
      .toContain('[test/errors] actions[0].params.message');
    const stack = targeting();
    const r = rule(stack, { actions: [connectors(stack).slack.action({ params: { message: '{{context.value}}' }, frequency: { summary: true } })] });
    expect(synthError(stack)).toBeUndefined();
    const warnings = r.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings.join('\n')).toContain('actions[0].params.message');
  });
});

describe('a rule type without alerts as data (stack monitoring\'s CPU usage rule)', () => {
  // Kibana's rules client refuses an alerts filter for a type without alerts (validate_actions.ts);
  // it accepts a summary action and skips it at every run, logging why (summary_action_scheduler.ts).
  const cpu = (s: TerraformStack, action: (slack: lib.SlackConnector) => lib.RuleAction) => new lib.AlertingRule(s, 'cpu', {
    name: 'CPU',
    ruleTypeId: 'monitoring_alert_cpu_usage',
    consumer: 'monitoring',
    params: { threshold: 85, duration: '5m' },
    actions: [action(connectors(s).slack)],
  });

  test('the registry knows the type, without alerts as data', () => {
    expect(RULE_TYPES.monitoring_alert_cpu_usage.alertsAsData).toBe(false);
  });

  test('an alerts filter fails synth, naming the construct path and the action', () => {
    const stack = targeting();
    cpu(stack, (slack) => slack.action({ params: { message: 'm' }, frequency: {}, alertsFilter: { kql: 'host.name: a' } }));
    expect(synthError(stack)).toContain('[test/cpu] actions[0].alertsFilter: rule type monitoring_alert_cpu_usage does not write alerts as data: '
      + 'Kibana refuses an action with an alerts filter for it');
  });

  test('a summary action synthesizes with a warning: Kibana accepts it and skips it at run time', () => {
    const stack = targeting();
    const r = cpu(stack, (slack) => slack.action({ params: { message: '{{context.internalShortMessage}}' }, frequency: { summary: true } }));
    expect(synthError(stack)).toBeUndefined();
    expect(resources(stack).cpu.actions[0].frequency).toEqual({ summary: true, notify_when: 'onActiveAlert' });
    const warnings = r.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings).toContain('actions[0].frequency.summary: rule type monitoring_alert_cpu_usage does not write alerts as data: '
      + 'Kibana accepts the summary action but skips it at every run (it logs that the rule type does not support alerts as data)');
  });

  test('a type with alerts as data takes both, without that warning', () => {
    const stack = targeting();
    const r = rule(stack, { actions: [connectors(stack).slack.action({ params: { message: 'm' }, frequency: { summary: true }, alertsFilter: { kql: 'a: b' } })] });
    expect(synthError(stack)).toBeUndefined();
    expect(r.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)).join('\n')).not.toContain('alerts as data');
  });
});

describe('sub-action connectors: subAction and subActionParams', () => {
  const errorOf = (build: (stack: TerraformStack) => void) => {
    const stack = targeting();
    build(stack);
    return synthError(stack) ?? '';
  };
  const slackApi = (s: TerraformStack) => new lib.SlackApiConnector(s, 'bot', { name: 'Bot', secrets: { token: secret(s, 'token') } });
  const jira = (s: TerraformStack) => new lib.JiraConnector(s, 'jira', {
    name: 'Jira', config: { apiUrl: 'https://example.atlassian.net', projectKey: 'OPS' }, secrets: { email: 'bot@example.com', apiToken: secret(s, 'token') },
  });

  test('a Slack API action without subAction is refused (Kibana would drop the message when the action runs)', () => {
    const e = errorOf((s) => rule(s, {
      actions: [slackApi(s).action({ params: { subActionParams: { channelIds: ['C0123456789'], text: '{{context.message}}' } } as lib.SlackApiParams, frequency: {} })],
    }));
    expect(e).toContain('[test/errors] actions[0].params.subAction is required');
  });

  test('a Jira pushToService action synthesizes bound to the connector, with Kibana\'s keys', () => {
    const stack = targeting();
    rule(stack, {
      actions: [jira(stack).action({
        params: {
          subAction: lib.JiraSubAction.PUSH_TO_SERVICE,
          subActionParams: { incident: { summary: '{{rule.name}}: {{context.message}}', labels: ['kibana'] }, comments: [{ comment: 'c', commentId: '1' }] },
        },
        frequency: {},
      })],
    });
    const r = resources(stack).errors;
    expect(r.actions[0].id).toBe('${elasticstack_kibana_action_connector.jira.connector_id}');
    expect(r.actions[0].params).toBe('${jsonencode({"subAction" = "pushToService", "subActionParams" = {"incident" = {"summary" = "{{rule.name}}: {{context.message}}", "labels" = ["kibana"]}, "comments" = [{"comment" = "c", "commentId" = "1"}]}})}');
  });

  test('an unknown key in subActionParams, or in a struct below it, is refused', () => {
    const e = errorOf((s) => rule(s, {
      actions: [jira(s).action({
        params: { subAction: lib.JiraSubAction.PUSH_TO_SERVICE, subActionParams: { incident: { summary: 's', title: 't' }, comment: 'c' } as lib.JiraSubActionParams },
        frequency: {},
      })],
    }));
    expect(e).toContain('[test/errors] actions[0].params.subActionParams.comment is not a field of params.subActionParams');
    expect(e).toContain('[test/errors] actions[0].params.subActionParams.incident.title is not a field of params.subActionParams.incident');
  });

  test('ServiceNow: renamed struct properties are written as Kibana\'s keys and checked under them', () => {
    const stack = targeting();
    const sn = new lib.ServiceNowItsmConnector(stack, 'sn', {
      name: 'SN', config: { apiUrl: 'https://example.service-now.com' }, secrets: { username: 'u', password: secret(stack, 'pw') },
    });
    rule(stack, {
      actions: [sn.action({
        params: { subAction: lib.ServiceNowItsmSubAction.PUSH_TO_SERVICE, subActionParams: { incident: { shortDescription: 'Errors', correlationId: '{{rule.id}}' } } },
        frequency: {},
      })],
    });
    expect(JSON.stringify(lib.ServiceNowItsmConnector.params({
      subAction: lib.ServiceNowItsmSubAction.CLOSE_INCIDENT, subActionParams: { incident: { correlationId: '{{rule.id}}' } },
    }))).toBe('{"subAction":"closeIncident","subActionParams":{"incident":{"correlation_id":"{{rule.id}}"}}}');
    expect(resources(stack).errors.actions[0].params).toContain('"short_description" = "Errors"');
  });

  test('target versions: Block Kit and channel names', () => {
    const stack = targeting('8.12.0');
    rule(stack, {
      actions: [slackApi(stack).action({
        params: { subAction: lib.SlackApiSubAction.POST_BLOCKKIT, subActionParams: { channelNames: ['#ops'], text: '{"blocks":[]}' } },
        frequency: {},
      })],
    });
    const e = synthError(stack) ?? '';
    expect(e).toContain('actions[0].params.subAction is "postBlockkit", which the target Kibana 8.12.0');
    expect(e).toContain('actions[0].params.subActionParams.channelNames is not accepted by the target Kibana 8.12.0');
  });

  test('Block Kit text that is not JSON: the message shows the connector catalog\'s Block Kit example', () => {
    const stack = targeting();
    rule(stack, {
      actions: [slackApi(stack).action({
        params: { subAction: lib.SlackApiSubAction.POST_BLOCKKIT, subActionParams: { channelIds: ['C1'], text: 'blocks' } },
        frequency: {},
      })],
    });
    expect(synthError(stack)).toContain('[test/errors] actions[0].params.subActionParams.text is not JSON text; Kibana expects the JSON text of a non-empty object, '
      + 'such as \'{"blocks":[{"type":"section","text":{"type":"mrkdwn","text":"An alert"}}]}\'');
  });
});

describe('typed rule classes', () => {
  const params: lib.IndexThresholdRuleParams = {
    index: ['logs-*'],
    timeField: '@timestamp',
    timeWindowSize: 5,
    timeWindowUnit: lib.TimeWindowUnit.MINUTES,
    thresholdComparator: lib.ThresholdComparator.GREATER_THAN,
    threshold: [100],
  };

  test('IndexThresholdRule writes Kibana\'s defaults (no provider drift), its consumer, and its default group', () => {
    const stack = targeting();
    const { slack } = connectors(stack);
    new lib.IndexThresholdRule(stack, 'errors', { name: 'Errors', params, actions: [slack.action({ params: { message: '{{context.message}}' }, frequency: {} })] });
    const r = resources(stack).errors;
    expect(r.consumer).toBe(lib.IndexThresholdRule.DEFAULT_CONSUMER);
    expect(r.params).toBe('${jsonencode({"index" = ["logs-*"], "timeField" = "@timestamp", "timeWindowSize" = 5, "timeWindowUnit" = "m", "thresholdComparator" = ">", "threshold" = [100], "aggType" = "count", "groupBy" = "all"})}');
    expect(r.actions[0].group).toBe(lib.IndexThresholdRule.THRESHOLD_MET);
  });

  test('its params are checked: a misspelled key, a field a mode needs, a bound', () => {
    const stack = targeting();
    new lib.IndexThresholdRule(stack, 'errors', {
      name: 'Errors',
      params: { ...params, groupBy: lib.GroupBy.TOP, termSize: 5000, timefield: '@timestamp' } as lib.IndexThresholdRuleParams,
    });
    const e = synthError(stack) ?? '';
    expect(e).toContain('[test/errors] params.timefield is not a field');
    expect(e).toContain('[test/errors] params.termField is required when params.groupBy is "top"');
    expect(e).toContain('[test/errors] params.termSize is 5000; expected');
  });

  test('another type\'s group is refused with the groups this type has', () => {
    const stack = targeting();
    const { slack } = connectors(stack);
    new lib.IndexThresholdRule(stack, 'errors', { name: 'Errors', params, actions: [slack.action({ group: lib.EsQueryRule.QUERY_MATCHED, params: { message: 'm' }, frequency: {} })] });
    expect(synthError(stack)).toContain('[test/errors] actions[0].group is "query matched", which rule type .index-threshold does not have; its groups: threshold met, recovered');
  });

  test('EsQueryRule: each search type needs its own keys', () => {
    const stack = targeting();
    new lib.EsQueryRule(stack, 'q', {
      name: 'Q',
      params: {
        searchType: lib.SearchType.ES_QUERY,
        size: 100,
        timeWindowSize: 5,
        timeWindowUnit: lib.TimeWindowUnit.MINUTES,
        thresholdComparator: lib.ThresholdComparator.GREATER_THAN,
        threshold: [0],
      } as lib.EsQueryRuleParams,
    });
    const e = synthError(stack) ?? '';
    expect(e).toContain('[test/q] params.index is required when params.searchType is "esQuery"');
    expect(e).toContain('[test/q] params.esQuery is required when params.searchType is "esQuery"');
  });

  test('a rule\'s messages name the rule type and show a rule\'s example, never a connector\'s', () => {
    const stack = targeting();
    new lib.EsQueryRule(stack, 'q', {
      name: 'Q',
      params: {
        searchType: lib.SearchType.ES_QUERY,
        index: ['logs-*'],
        timeField: '@timestamp',
        esQuery: 'match_all',
        size: 100,
        timeWindowSize: 5,
        timeWindowUnit: lib.TimeWindowUnit.MINUTES,
        thresholdComparator: lib.ThresholdComparator.GREATER_THAN,
        threshold: [0],
        timefield: '@timestamp',
      } as lib.EsQueryRuleParams,
    });
    const e = synthError(stack) ?? '';
    expect(e).toContain('[test/q] params.esQuery is not JSON text; Kibana expects the JSON text of a non-empty object, such as \'{"query":{"match_all":{}}}\'');
    expect(e).toContain('[test/q] params.timefield is not a field of this rule type (Kibana rejects unknown fields)');
    expect(e).not.toContain('connector');
    expect(e).not.toContain('audience');
  });
});

describe('rules into sub-action params (paths into struct fields)', () => {
  const errorOf = (build: (stack: TerraformStack) => void) => {
    const stack = targeting();
    build(stack);
    return synthError(stack) ?? '';
  };
  const bot = (s: TerraformStack) => new lib.SlackApiConnector(s, 'bot', { name: 'Bot', secrets: { token: secret(s, 'token') } });
  const genie = (s: TerraformStack) => new lib.OpsgenieConnector(s, 'genie', { name: 'Genie', config: { apiUrl: 'https://api.opsgenie.com' }, secrets: { apiKey: secret(s, 'k') } });

  test('Block Kit text must be JSON text of an object with "blocks"', () => {
    const e = errorOf((s) => {
      const b = bot(s);
      const post = (subAction: lib.SlackApiSubAction, text: string) => b.action({ params: { subAction, subActionParams: { channelIds: ['C1'], text } }, frequency: {} });
      rule(s, {
        actions: [
          post(lib.SlackApiSubAction.POST_BLOCKKIT, 'plain text'),
          post(lib.SlackApiSubAction.POST_BLOCKKIT, '{"text":"no blocks"}'),
          post(lib.SlackApiSubAction.POST_MESSAGE, 'plain text'),
          post(lib.SlackApiSubAction.POST_BLOCKKIT, '{"blocks":[]}'),
        ],
      });
    });
    expect(e).toContain('[test/errors] actions[0].params.subActionParams.text is not JSON text');
    expect(e).toContain('[test/errors] actions[1].params.subActionParams.text is JSON text without a "blocks" key');
    expect(e).not.toContain('actions[2]');
    expect(e).not.toContain('actions[3]');
  });

  test('Opsgenie: createAlert needs a message, closeAlert an alias', () => {
    const e = errorOf((s) => {
      const g = genie(s);
      rule(s, {
        actions: [
          g.action({ params: { subAction: lib.OpsgenieSubAction.CREATE_ALERT, subActionParams: { alias: 'a' } }, frequency: {} }),
          g.action({ group: 'recovered', params: { subAction: lib.OpsgenieSubAction.CLOSE_ALERT, subActionParams: { message: 'm' } }, frequency: {} }),
          g.action({ params: { subAction: lib.OpsgenieSubAction.CREATE_ALERT, subActionParams: { message: '{{context.message}}' } }, frequency: {} }),
        ],
      });
    });
    expect(e).toContain('[test/errors] actions[0].params.subActionParams.message is required when params.subAction is "createAlert"');
    expect(e).toContain('[test/errors] actions[1].params.subActionParams.alias is required when params.subAction is "closeAlert"');
    expect(e).not.toContain('actions[2]');
  });
});

test('a typed action keeps a key its type does not define, and the rule refuses it (nothing dropped silently)', () => {
  const stack = targeting();
  const { slack } = connectors(stack);
  rule(stack, { actions: [slack.action({ params: { message: 'm', channel: '#ops' } as lib.SlackParams, frequency: {} })] });
  expect(synthError(stack)).toContain('[test/errors] actions[0].params.channel is not a field of this connector type');
});

describe('CustomThresholdRule and SloBurnRateRule', () => {
  const customParams: lib.CustomThresholdRuleParams = {
    criteria: [{
      comparator: lib.ThresholdComparator.GREATER_THAN,
      threshold: [0.9],
      timeSize: 5,
      timeUnit: 'm',
      metrics: [
        { name: 'A', aggType: lib.CustomThresholdAggType.AVG, field: 'system.cpu.total.norm.pct' },
        { name: 'B', aggType: lib.CustomThresholdAggType.COUNT, filter: 'host.name: "web-1"' },
      ],
      equation: 'A * B',
    }],
    searchConfiguration: { index: 'metrics-data-view', query: { query: '', language: 'kuery' } },
    groupBy: ['host.name'],
  };
  const sloParams: lib.SloBurnRateRuleParams = {
    sloId: 'checkout-availability',
    windows: [
      { id: 'fast', burnRateThreshold: 14.4, longWindow: { value: 1, unit: 'h' }, shortWindow: { value: 5, unit: 'm' }, actionGroup: lib.SloBurnRateRule.ALERT },
      {
        id: 'slow',
        burnRateThreshold: 6,
        maxBurnRateThreshold: 168,
        longWindow: { value: 6, unit: 'h' },
        shortWindow: { value: 30, unit: 'm' },
        actionGroup: lib.SloBurnRateRule.HIGH,
      },
    ],
  };

  test('CustomThresholdRule: Kibana\'s keys as given (Kibana injects no defaults), consumer alerts, its default group', () => {
    const stack = targeting();
    const { slack } = connectors(stack);
    new lib.CustomThresholdRule(stack, 'cpu', { name: 'CPU', params: customParams, actions: [slack.action({ params: { message: '{{context.reason}}' }, frequency: {} })] });
    const r = resources(stack).cpu;
    expect(r.rule_type_id).toBe('observability.rules.custom_threshold');
    expect(r.consumer).toBe('alerts');
    expect(lib.CustomThresholdRule.DEFAULT_CONSUMER).toBe('alerts');
    expect(r.actions[0].group).toBe(lib.CustomThresholdRule.FIRED);
    expect(lib.CustomThresholdRule.ACTION_GROUPS).toEqual(['custom_threshold.fired', 'custom_threshold.nodata', 'recovered']);
    expect(r.params).toBe('${jsonencode({"criteria" = [{"comparator" = ">", "threshold" = [0.9], "timeSize" = 5, "timeUnit" = "m", "metrics" = ['
      + '{"name" = "A", "aggType" = "avg", "field" = "system.cpu.total.norm.pct"}, {"name" = "B", "aggType" = "count", "filter" = "host.name: \\"web-1\\""}], '
      + '"equation" = "A * B"}], "searchConfiguration" = {"index" = "metrics-data-view", "query" = {"query" = "", "language" = "kuery"}}, "groupBy" = ["host.name"]})}');
  });

  test('SloBurnRateRule writes maxBurnRateThreshold: null in every window that leaves it unset (as Kibana stores it: no drift)', () => {
    const stack = targeting();
    new lib.SloBurnRateRule(stack, 'slo', { name: 'Checkout SLO', params: sloParams });
    const r = resources(stack).slo;
    expect(r.consumer).toBe('slo');
    expect(r.params).toBe('${jsonencode({"sloId" = "checkout-availability", "windows" = ['
      + '{"id" = "fast", "burnRateThreshold" = 14.4, "longWindow" = {"value" = 1, "unit" = "h"}, "shortWindow" = {"value" = 5, "unit" = "m"}, '
      + '"actionGroup" = "slo.burnRate.alert", "maxBurnRateThreshold" = null}, '
      + '{"id" = "slow", "burnRateThreshold" = 6, "maxBurnRateThreshold" = 168, "longWindow" = {"value" = 6, "unit" = "h"}, "shortWindow" = {"value" = 30, "unit" = "m"}, '
      + '"actionGroup" = "slo.burnRate.high"}]})}');
  });

  test('their checks name the construct path and the field: a misspelled key, a missing key, a wrong value, a nested rule', () => {
    const stack = targeting();
    new lib.SloBurnRateRule(stack, 'slo', {
      name: 'SLO',
      params: { ...sloParams, sloID: 'x', windows: [{ ...sloParams.windows[0], shortWindow: undefined }] } as unknown as lib.SloBurnRateRuleParams,
    });
    new lib.CustomThresholdRule(stack, 'cpu', {
      name: 'CPU',
      params: {
        ...customParams,
        criteria: [{ ...customParams.criteria[0], metrics: [{ name: 'A', aggType: 'median' as lib.CustomThresholdAggType, field: 'x' }, { name: 'B', aggType: lib.CustomThresholdAggType.MAX }] }],
      },
    });
    const e = synthError(stack) ?? '';
    expect(e).toContain('[test/slo] params.sloID is not a field');
    expect(e).toContain('[test/slo] params.windows[0].shortWindow is required');
    expect(e).toContain('[test/cpu] params.criteria[0].metrics[0].aggType is "median"; expected one of "count"');
    expect(e).toContain('[test/cpu] params.criteria[0].metrics[1].field is required when params.criteria[0].metrics[1].aggType is not "count"');
  });

  test('another type\'s action group, and a consumer the rule type does not authorize, are refused with the construct path', () => {
    const stack = targeting();
    const { slack } = connectors(stack);
    new lib.SloBurnRateRule(stack, 'slo', {
      name: 'SLO', params: sloParams, actions: [slack.action({ group: lib.CustomThresholdRule.FIRED, params: { message: 'm' }, frequency: {} })],
    });
    new lib.CustomThresholdRule(stack, 'cpu', { name: 'CPU', consumer: 'siem', params: customParams });
    const e = synthError(stack) ?? '';
    expect(e).toContain('[test/slo] actions[0].group is "custom_threshold.fired", which rule type slo.rules.burnRate does not have; its groups: slo.burnRate.alert, ');
    expect(e).toContain('[test/cpu] consumer is "siem", which Kibana does not authorize for rule type observability.rules.custom_threshold; '
      + 'its consumers: alerts, infrastructure, logs, observability, stackAlerts');
  });

  test('the generic AlertingRule takes any consumer (the check belongs to the typed classes)', () => {
    const stack = targeting();
    new lib.AlertingRule(stack, 'cpu', { name: 'CPU', ruleTypeId: lib.CustomThresholdRule.RULE_TYPE_ID, consumer: 'siem', params: customParams });
    expect(synthError(stack)).toBeUndefined();
  });

  requiresTest(TERRAFORM)('real Terraform reads both rules\' params back exactly, hostile text and nulls included', () => {
    const stack = targeting();
    const hostile = 'host.name: "${var.x}" and %{ if true }x%{ endif } \\ {{rule.id}} é\u2028';
    const custom = {
      ...customParams,
      criteria: [{ ...customParams.criteria[0], label: hostile }],
      searchConfiguration: { index: 'metrics-data-view', query: { query: hostile, language: 'kuery' } },
    };
    const slo = { ...sloParams, sloId: hostile };
    new lib.CustomThresholdRule(stack, 'cpu', { name: hostile, params: custom });
    new lib.SloBurnRateRule(stack, 'slo', { name: 'SLO', params: slo });
    const r = resources(stack);
    const out = evaluateExpressions({ name: r.cpu.name, custom: r.cpu.params, slo: r.slo.params }, { x: { type: 'string', value: 'INJECTED' } });
    expect(out.name).toBe(hostile);
    expect(JSON.parse(out.custom as string)).toEqual(custom);
    expect(JSON.parse(out.slo as string)).toEqual({
      ...slo,
      windows: [{ ...slo.windows[0], maxBurnRateThreshold: null }, slo.windows[1]],
    });
  });
});
