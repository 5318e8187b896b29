// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-types.json and rule-catalog/index-threshold.json.
// The rule catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/index_threshold/v1.ts (ParamsSchema,
//     validateParams, validateCoreQueryBody; main, 2026)
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/common/utils.ts (AggTypes,
//     TimeWindowUnits, validateGroupBy, getComparatorSchemaType, betweenComparators)
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/common/constants.ts (MAX_GROUPS = 1000,
//     Comparator)
//   elastic/kibana x-pack/platform/plugins/shared/stack_alerts/server/rule_types/index_threshold/rule_type.ts
//     (action group, context variables, producer, alerts)
//   older: x-pack/platform/plugins/shared/stack_alerts/server/rule_types/index_threshold/rule_type_params.ts
//   elastic/terraform-provider-elasticstack internal/kibana/alertingrule/models.go (groupBy and aggType injected
//     when missing)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { AlertingRule, AlertingRuleOptions } from '../alerting-rule';
import { attachParamsSpec } from '../typed-specs';
import { AggType, GroupBy, ThresholdComparator, TimeWindowUnit } from './enums';
import { INDEX_THRESHOLD_RULE_SPEC } from './specs/index-threshold';

/**
 * The params of a `.index-threshold` rule, by Kibana's own keys. Kibana's defaults are written for
 * keys left unset; at synth the params are checked as Kibana checks them when the rule is created.
 */
export interface IndexThresholdRuleParams {
  /** The indices to query (at least one). Kibana also accepts a single string; the provider wants a list. */
  readonly index: string[];
  /** The field that is used to calculate the time window. */
  readonly timeField: string;
  /**
   * The type of aggregation to perform.
   * @default AggType.COUNT (Kibana's default, written when unset so that Terraform sees no drift)
   */
  readonly aggType?: AggType;
  /** The numeric field the aggregation reads; required unless aggType is count. */
  readonly aggField?: string;
  /**
   * Whether the aggregation runs over all documents (all) or per group of termField (top). Kibana's
   * shared validator also accepts row, which only ES|QL rules use. Accepted values: `all`, `top`.
   * @default GroupBy.ALL (Kibana's default, written when unset so that Terraform sees no drift)
   */
  readonly groupBy?: GroupBy;
  /** The field whose values form the groups; required when groupBy is top. */
  readonly termField?: string;
  /** How many groups are checked against the threshold; required when groupBy is top. From 1 to 1000. */
  readonly termSize?: number;
  /** A KQL expression that limits the documents the rule reads. */
  readonly filterKuery?: string;
  /** The size of the time window, in timeWindowUnit units. At least 1. */
  readonly timeWindowSize: number;
  /** The unit of the time window. */
  readonly timeWindowUnit: TimeWindowUnit;
  /** How the aggregated value is compared with the threshold. */
  readonly thresholdComparator: ThresholdComparator;
  /** The threshold: one value, two for between and notBetween. At most 2 items. */
  readonly threshold: number[];
}

/** Props of IndexThresholdRule. */
export interface IndexThresholdRuleProps extends AlertingRuleOptions {
  /**
   * The Kibana app that owns the rule (Kibana authorizes `stackAlerts`, `alerts`; another is refused at
   * synth).
   * @default 'stackAlerts'
   */
  readonly consumer?: string;
  /** The rule type's params. */
  readonly params: IndexThresholdRuleParams;
}

/**
 * An index threshold rule: aggregates documents of some indices over a time window, per group or over
 * all documents, and compares the result with a threshold.
 *
 * Kibana rule type `.index-threshold` ("Index threshold", producer `stackAlerts`, basic license).
 * Action groups: `threshold met`, `recovered`; the default is `threshold met`, the recovery group
 * `recovered`. It writes its alerts as data.
 *
 * Context variables: `context.message`, `context.title`, `context.group`, `context.date`,
 * `context.value`, `context.conditions`.
 *
 * Versions: first Kibana release unsettled (the rule type is older than the catalog's version history;
 * the release that added it was not looked up); the catalog assumes Kibana 7.x and later.
 */
export class IndexThresholdRule extends AlertingRule {
  /** Kibana's id of the rule type. */
  public static readonly RULE_TYPE_ID: string = '.index-threshold';
  /** Action group `threshold met` ("Threshold met") (the default group). */
  public static readonly THRESHOLD_MET: string = 'threshold met';
  /** Action group `recovered` ("Recovered") (the recovery group). */
  public static readonly RECOVERED: string = 'recovered';
  /**
   * Every action group of the rule type, the recovery group included: an action's group must be one of
   * them.
   */
  public static readonly ACTION_GROUPS: string[] = ['threshold met', 'recovered'];
  /** The group an action gets when it names none. */
  public static readonly DEFAULT_ACTION_GROUP: string = 'threshold met';
  /** The group whose actions run when an alert recovers. */
  public static readonly RECOVERY_ACTION_GROUP: string = 'recovered';
  /** The consumer the class writes when none is given: the rule type's producer. */
  public static readonly DEFAULT_CONSUMER: string = 'stackAlerts';
  /**
   * The consumers Kibana authorizes for the rule type, as far as the committed rule_types answer knows
   * them (empty: not known).
   */
  public static readonly CONSUMERS: string[] = ['stackAlerts', 'alerts'];
  /** The `context.*` variables the rule type gives per-alert action messages. */
  public static readonly CONTEXT_VARIABLES: string[] = [
    'message',
    'title',
    'group',
    'date',
    'value',
    'conditions',
  ];
  /**
   * Whether the rule type writes its alerts as data (alerts filters need it; summary actions run only
   * with it).
   */
  public static readonly WRITES_ALERTS_AS_DATA: boolean = true;
  /** The license Kibana needs to run the rule type. */
  public static readonly MINIMUM_LICENSE: string = 'basic';

  constructor(scope: Construct, id: string, props: IndexThresholdRuleProps) {
    super(scope, id, {
      ...props,
      ruleTypeId: IndexThresholdRule.RULE_TYPE_ID,
      consumer: props.consumer ?? IndexThresholdRule.DEFAULT_CONSUMER,
      params: kibanaParams(props.params),
    });
    attachParamsSpec(this, INDEX_THRESHOLD_RULE_SPEC);
  }
}

/**
 * Kibana's params object: the keys as given, then Kibana's defaults for the keys left unset (written
 * so that the provider sees no drift). Keys Kibana does not know are kept, so that the check at synth
 * reports them.
 */
function kibanaParams(params: IndexThresholdRuleParams): { [key: string]: any } {
  const out: { [key: string]: any } = { ...params };
  if (out.aggType === undefined) out.aggType = AggType.COUNT;
  if (out.groupBy === undefined) out.groupBy = GroupBy.ALL;
  return out;
}
