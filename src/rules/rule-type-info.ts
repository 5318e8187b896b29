// What a rule checks about its own rule type: the record the rule-type generator writes per type
// (src/rules/registry.ts, from generator/rule-types.json, Kibana's GET /api/alerting/rule_types
// answer) and the rule params spec (src/rules/specs/). Types only: imports ../engine/spec.
import { FieldSpec, RuleSpec, Versions } from '../engine/spec';

/** One of Kibana's rule types, as the rule construct checks actions against it. */
export interface RuleTypeInfo {
  /** `rule_type_id`, such as `.index-threshold`. */
  readonly ruleTypeId: string;
  /** The typed class, when the library has one. */
  readonly className?: string;
  /** Action group ids the type declares (`action_groups`), the recovery group included. */
  readonly actionGroups: readonly string[];
  /** `default_action_group_id`. */
  readonly defaultActionGroup: string;
  /** `recovery_action_group.id`. */
  readonly recoveryActionGroup: string;
  /** Whether the type writes alerts as data (Kibana refuses alerts filters without it, and skips summary actions). */
  readonly alertsAsData: boolean;
  /** `action_variables.context[].name`: the `context.*` variables its actions can use. */
  readonly contextVariables: readonly string[];
  /** `producer`: the app that owns the type (and its usual consumer). */
  readonly producer: string;
  /** The consumers the type can be created with (`authorized_consumers`, ...). Empty: not known. */
  readonly consumers: readonly string[];
  /** The Kibana versions that have the type. */
  readonly versions?: Versions;
}

/** The params of a typed rule class: fields and rules, checked by the rule engine (src/engine/check.ts). */
export interface RuleParamsSpec {
  readonly ruleTypeId: string;
  /** The newest Kibana release the rule catalog was checked against. */
  readonly checkedThrough: string;
  readonly params: readonly FieldSpec[];
  readonly rules: readonly RuleSpec[];
  /**
   * Whether Kibana accepts params keys the spec does not define (its params schema lets unknown keys
   * through, as `observability.rules.custom_threshold`'s does). Absent: unknown keys are refused.
   */
  readonly acceptsUnknownParams?: boolean;
}
