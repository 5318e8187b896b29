// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-types.json and rule-catalog/custom-threshold.json.
// The rule catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/custom_threshold/v1.ts
//     (customThresholdParamsSchema with unknowns: 'allow', searchConfigurationSchema, customCriterion, Aggregators,
//     LEGACY_COMPARATORS; main, 2026)
//   elastic/kibana
//     x-pack/solutions/observability/plugins/observability/server/lib/rules/custom_threshold/register_custom_threshold_rule_type.ts
//     (action groups, context variables, producer)
//   elastic/kibana x-pack/solutions/observability/plugins/observability/server/features (getManageRulesFeature:
//     consumers logs, alerts, stackAlerts, observability) and
//     x-pack/solutions/observability/plugins/infra/server/features.ts (getMetricsFeature: infrastructure, alerts,
//     observability)
//   elastic/kibana src/platform/packages/shared/kbn-rule-data-utils (AlertConsumers, DEPRECATED_ALERTING_CONSUMERS =
//     [observability])
//   elastic/terraform-provider-elasticstack issue #998 (consumer stackAlerts refused by an older Kibana)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { AlertingRule, AlertingRuleOptions } from '../alerting-rule';
import { attachParamsSpec } from '../typed-specs';
import { CustomThresholdAggType, CustomThresholdCriterionAggType, ThresholdComparator } from './enums';
import { CUSTOM_THRESHOLD_RULE_SPEC } from './specs/custom-threshold';

/**
 * One condition of a custom threshold rule: metrics over a time window, combined by an equation,
 * compared with a threshold.
 */
export interface CustomThresholdCriterion {
  /**
   * How the value of the equation is compared with the threshold. Kibana also accepts the legacy
   * outside, which this class does not type: use AlertingRule for it.
   */
  readonly comparator: ThresholdComparator;
  /** The threshold: one value, two for between and notBetween. */
  readonly threshold: number[];
  /** The size of the time window, in timeUnit units. */
  readonly timeSize: number;
  /** The unit of the time window (s, m, h or d; Kibana's schema takes any text). */
  readonly timeUnit: string;
  /** The condition's aggregation: custom (the only value Kibana accepts; it may be left out). */
  readonly aggType?: CustomThresholdCriterionAggType;
  /** The metrics the equation combines, named A, B, C, ... */
  readonly metrics: CustomThresholdMetric[];
  /** The equation over the metrics' names, such as (A + B) / 2; left out, the first metric's value. */
  readonly equation?: string;
  /** A label for the equation, shown in alerts. */
  readonly label?: string;
}

/**
 * One metric of a custom threshold condition: an aggregation of a field, or a count of the documents a
 * KQL filter matches.
 */
export interface CustomThresholdMetric {
  /** The metric's name in the equation, such as A. */
  readonly name: string;
  /** The aggregation. */
  readonly aggType: CustomThresholdAggType;
  /** The field the aggregation reads; required unless aggType is count, which takes none. */
  readonly field?: string;
  /** A KQL filter of the documents a count metric counts; only with aggType count. */
  readonly filter?: string;
}

/** The documents a custom threshold rule reads: a data view, a query and filters. */
export interface CustomThresholdSearchConfiguration {
  /**
   * The data view id. Kibana also accepts an ad hoc data view object, which this class does not type:
   * use AlertingRule for it.
   */
  readonly index: string;
  /** The query that limits the documents (an empty query text matches all). */
  readonly query: CustomThresholdQuery;
  /** Filters (Kibana's filter objects) that limit the documents. */
  readonly filter?: CustomThresholdFilter[];
}

/** The query of a custom threshold rule's search configuration. */
export interface CustomThresholdQuery {
  /** The query text; empty matches all documents. */
  readonly query: string;
  /** The query language, such as kuery or lucene. */
  readonly language: string;
}

/** A Kibana filter of a custom threshold rule's search configuration. */
export interface CustomThresholdFilter {
  /** The filter's meta object. */
  readonly meta: { [key: string]: any };
  /** The filter's Elasticsearch query. */
  readonly query?: { [key: string]: any };
}

/**
 * The params of a `observability.rules.custom_threshold` rule, by Kibana's own keys. Kibana's defaults
 * are written for keys left unset; at synth the params are checked as Kibana checks them when the rule
 * is created.
 */
export interface CustomThresholdRuleParams {
  /** The conditions; an alert fires when all of them are met. */
  readonly criteria: CustomThresholdCriterion[];
  /** The data view, query and filters the rule reads. */
  readonly searchConfiguration: CustomThresholdSearchConfiguration;
  /**
   * Fields whose values form groups, each with its own alert. Kibana also accepts a single field as
   * text, which this class does not type: use AlertingRule for it.
   */
  readonly groupBy?: string[];
  /** Whether the rule alerts when there is no data. */
  readonly alertOnNoData?: boolean;
  /** Whether the rule alerts when a group stops reporting data. */
  readonly alertOnGroupDisappear?: boolean;
}

/** Props of CustomThresholdRule. */
export interface CustomThresholdRuleProps extends AlertingRuleOptions {
  /**
   * The Kibana app that owns the rule (Kibana authorizes `alerts`, `infrastructure`, `logs`,
   * `observability`, `stackAlerts`; another is refused at synth).
   * @default 'alerts'
   */
  readonly consumer?: string;
  /** The rule type's params. */
  readonly params: CustomThresholdRuleParams;
}

/**
 * A custom threshold rule: aggregates documents of a data view with one or more metrics per condition,
 * combines them with an equation, and compares the result with a threshold over a time window,
 * optionally per group.
 *
 * Kibana rule type `observability.rules.custom_threshold` ("Custom threshold", producer
 * `observability`, basic license). Action groups: `custom_threshold.fired`, `custom_threshold.nodata`,
 * `recovered`; the default is `custom_threshold.fired`, the recovery group `recovered`. It writes its
 * alerts as data.
 *
 * Context variables: `context.group`, `context.alertDetailsUrl`, `context.reason`,
 * `context.timestamp`, `context.value`, `context.cloud`, `context.host`, `context.container`,
 * `context.orchestrator`, `context.labels`, `context.tags`, `context.viewInAppUrl`.
 *
 * Kibana accepts params keys this class does not define, so the check at synth lets them through.
 *
 * Versions: first Kibana release unsettled (the release that added the rule type (technical preview,
 * then GA through KB PR #176514) was not read at a release tag; fields carry no versions); the catalog
 * assumes Kibana 8.x and later.
 */
export class CustomThresholdRule extends AlertingRule {
  /** Kibana's id of the rule type. */
  public static readonly RULE_TYPE_ID: string = 'observability.rules.custom_threshold';
  /** Action group `custom_threshold.fired` ("Alert") (the default group). */
  public static readonly FIRED: string = 'custom_threshold.fired';
  /** Action group `custom_threshold.nodata` ("No Data"). */
  public static readonly NODATA: string = 'custom_threshold.nodata';
  /** Action group `recovered` ("Recovered") (the recovery group). */
  public static readonly RECOVERED: string = 'recovered';
  /**
   * Every action group of the rule type, the recovery group included: an action's group must be one of
   * them.
   */
  public static readonly ACTION_GROUPS: string[] = [
    'custom_threshold.fired',
    'custom_threshold.nodata',
    'recovered',
  ];
  /** The group an action gets when it names none. */
  public static readonly DEFAULT_ACTION_GROUP: string = 'custom_threshold.fired';
  /** The group whose actions run when an alert recovers. */
  public static readonly RECOVERY_ACTION_GROUP: string = 'recovered';
  /** The consumer the class writes when none is given. */
  public static readonly DEFAULT_CONSUMER: string = 'alerts';
  /**
   * The consumers Kibana authorizes for the rule type, as far as the committed rule_types answer knows
   * them (empty: not known).
   */
  public static readonly CONSUMERS: string[] = [
    'alerts',
    'infrastructure',
    'logs',
    'observability',
    'stackAlerts',
  ];
  /** The `context.*` variables the rule type gives per-alert action messages. */
  public static readonly CONTEXT_VARIABLES: string[] = [
    'group',
    'alertDetailsUrl',
    'reason',
    'timestamp',
    'value',
    'cloud',
    'host',
    'container',
    'orchestrator',
    'labels',
    'tags',
    'viewInAppUrl',
  ];
  /**
   * Whether the rule type writes its alerts as data (alerts filters need it; summary actions run only
   * with it).
   */
  public static readonly WRITES_ALERTS_AS_DATA: boolean = true;
  /** The license Kibana needs to run the rule type. */
  public static readonly MINIMUM_LICENSE: string = 'basic';

  constructor(scope: Construct, id: string, props: CustomThresholdRuleProps) {
    super(scope, id, {
      ...props,
      ruleTypeId: CustomThresholdRule.RULE_TYPE_ID,
      consumer: props.consumer ?? CustomThresholdRule.DEFAULT_CONSUMER,
      params: kibanaParams(props.params),
    });
    attachParamsSpec(this, CUSTOM_THRESHOLD_RULE_SPEC);
  }
}

/**
 * Kibana's params object: the keys as given, then Kibana's defaults for the keys left unset (written
 * so that the provider sees no drift). Keys the class does not define are kept (Kibana accepts them).
 */
function kibanaParams(params: CustomThresholdRuleParams): { [key: string]: any } {
  const out: { [key: string]: any } = { ...params };
  return out;
}
