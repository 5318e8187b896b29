// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its input:
// rule-catalog/rule-features.json.
// Regenerate with: npx projen generate
import type { KibanaVersionRange } from '../kibana-version';

/** A rule or action field that only some Kibana versions accept. */
export interface RuleFeatureVersions {
  /** Where the field is in the rule's props. */
  readonly field: string;
  /** What it is, as messages name it. */
  readonly what: string;
  /** The Kibana versions that accept it. */
  readonly ranges: readonly KibanaVersionRange[];
  /** False when Kibana's source and pull requests could not settle the version (rule-features.json says why). */
  readonly settled: boolean;
}

/**
 * The Kibana versions that accept each gated rule and action field, from
 * generator/rule-catalog/rule-features.json (which holds the evidence of each).
 */
export const RULE_FEATURES = {
  /**
   * An action's own notify-when, throttle and summary flag, instead of the rule-level notifyWhen and throttle.
   * Kibana 8.6.0 and later.
   * Evidence: elastic/kibana#144130 (labelled v8.6.0, v8.7.0); the provider: 8.6.0
   * (internal/kibana/alertingrule/models.go at 029459ba5431456b610607ecab2831262a67e3ab).
   */
  frequency: { field: 'actions[].frequency', what: 'per-action frequency', ranges: [{ since: '8.6.0' }], settled: true },
  /**
   * An action's KQL query and timeframe that select the alerts it runs for. Kibana 8.9.0 and later.
   * Evidence: elastic/kibana#152360 (no version label read); unsettled: the backend change (#152360) carries no
   * version label we could read, and the Security app offered conditional actions in 8.8 (elastic/security-docs #3320,
   * labelled v8.8.0); whether the alerting create-rule API accepted alerts_filter in 8.8.0 is not settled, so
   * the gate is the provider's (8.9.0); the provider: 8.9.0 (internal/kibana/alertingrule/models.go at
   * 029459ba5431456b610607ecab2831262a67e3ab).
   */
  alertsFilter: { field: 'actions[].alertsFilter', what: 'an alerts filter', ranges: [{ since: '8.9.0' }], settled: false },
  /**
   * The consecutive runs an alert must be active before its actions run. Kibana 8.13.0 and later.
   * Evidence: elastic/kibana#174657 (labelled v8.13.0); the provider: 8.13.0
   * (internal/kibana/alertingrule/models.go at 029459ba5431456b610607ecab2831262a67e3ab).
   */
  alertDelay: { field: 'alertDelay', what: 'an alert delay', ranges: [{ since: '8.13.0' }], settled: true },
  /**
   * The rule's own flapping detection settings (look-back window, status change threshold). Kibana 8.16.0 and
   * later.
   * Evidence: elastic/kibana#190019 (labelled v8.16.0, v9.0.0); the provider: 8.16.0
   * (internal/kibana/alertingrule/models.go at f2df95a).
   */
  flapping: { field: 'flapping', what: 'flapping', ranges: [{ since: '8.16.0' }], settled: true },
  /**
   * Whether flapping detection is on for the rule, whatever the space setting says. Kibana 9.3.0 and later.
   * Evidence: elastic/kibana#243855 (no version label read); unsettled: #243855 shows no version label we could
   * read; the documentation request elastic/docs-content #4116 names 9.3.0 as the release and the provider gates
   * at 9.3.0, but no label or release-tag read settles it; the provider: 9.3.0
   * (internal/kibana/alertingrule/models.go at f2df95a).
   */
  flappingEnabled: { field: 'flapping.enabled', what: 'flapping.enabled', ranges: [{ since: '9.3.0' }], settled: false },
  /**
   * A predefined rule id of any form; older releases take only a UUID (v1 or v4), as the rule's saved object has
   * encrypted attributes. Kibana 8.17.0 and later.
   * Evidence: elastic/kibana#199119 (labelled v8.17.0, v9.0.0); the provider: no gate (the provider checks no
   * version for rule_id; its schema description says a UUID is needed until Kibana 8.17.0).
   */
  anyRuleId: { field: 'ruleId', what: 'a rule id that is not a UUID', ranges: [{ since: '8.17.0' }], settled: true },
} as const satisfies Readonly<Record<string, RuleFeatureVersions>>;
