// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-types.json and rule-catalog/slo-burn-rate.json.
// The rule catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/slo_burn_rate/v1.ts
//     (sloBurnRateParamsSchema, windowSchema with maxBurnRateThreshold: nullable, durationSchema, dependency; main, 2026)
//   elastic/kibana x-pack/solutions/observability/plugins/slo/server/lib/rules/slo_burn_rate/register.ts (action
//     groups, context variables, producer slo, platinum)
//   elastic/kibana x-pack/solutions/observability/plugins/slo/common/constants.ts (ALERT_ACTION,
//     HIGH_PRIORITY_ACTION, MEDIUM_PRIORITY_ACTION, LOW_PRIORITY_ACTION, SUPPRESSED_PRIORITY_ACTION)
//   elastic/kibana x-pack/solutions/observability/plugins/slo/server/plugin.ts (consumers slo, alerts,
//     observability) and the observability plugin's getManageRulesFeature (stackAlerts)
//   elastic/terraform-provider-elasticstack issues #1738 and #1757 (maxBurnRateThreshold: null stored by Kibana:
//     inconsistent result after apply)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { AlertingRule, AlertingRuleOptions } from '../alerting-rule';
import { nestedDefaults } from '../params-spec';
import { attachParamsSpec } from '../typed-specs';
import { SLO_BURN_RATE_RULE_SPEC } from './specs/slo-burn-rate';

/**
 * One burn rate window of an SLO burn rate rule: a threshold over a long and a short window, and the
 * action group its alerts take.
 */
export interface SloBurnRateWindow {
  /** The window's id, unique in the rule. */
  readonly id: string;
  /** The burn rate above which the window fires. */
  readonly burnRateThreshold: number;
  /**
   * The largest burn rate threshold the window may take; null: no upper bound.
   * @default null (Kibana's default, written when unset so that Terraform sees no drift)
   */
  readonly maxBurnRateThreshold?: number;
  /** The long window over which the burn rate is computed. */
  readonly longWindow: SloBurnRateDuration;
  /** The short window, which confirms the burn is still going on. */
  readonly shortWindow: SloBurnRateDuration;
  /**
   * The action group the window's alerts take: one of the class's group constants (Kibana's schema takes
   * any text).
   */
  readonly actionGroup: string;
}

/** A duration of an SLO burn rate window: a value and a unit. */
export interface SloBurnRateDuration {
  /** The duration's value. */
  readonly value: number;
  /** The duration's unit, such as m or h. */
  readonly unit: string;
}

/** A rule an SLO burn rate rule depends on: its alerts suppress this rule's alerts. */
export interface SloBurnRateDependency {
  /** The id of the rule this rule depends on. */
  readonly ruleId: string;
  /** The action groups of that rule whose alerts suppress this rule's. */
  readonly actionGroupsToSuppressOn: string[];
}

/**
 * The params of a `slo.rules.burnRate` rule, by Kibana's own keys. Kibana's defaults are written for
 * keys left unset; at synth the params are checked as Kibana checks them when the rule is created.
 */
export interface SloBurnRateRuleParams {
  /** The id of the SLO. */
  readonly sloId: string;
  /** The burn rate windows. */
  readonly windows: SloBurnRateWindow[];
  /** Rules whose alerts suppress this rule's alerts. */
  readonly dependencies?: SloBurnRateDependency[];
}

/** Props of SloBurnRateRule. */
export interface SloBurnRateRuleProps extends AlertingRuleOptions {
  /**
   * The Kibana app that owns the rule (Kibana authorizes `alerts`, `observability`, `slo`,
   * `stackAlerts`; another is refused at synth).
   * @default 'slo'
   */
  readonly consumer?: string;
  /** The rule type's params. */
  readonly params: SloBurnRateRuleParams;
}

/**
 * An SLO burn rate rule: alerts when an SLO's error budget burns faster than a threshold over a long
 * and a short window, one action group per window.
 *
 * Kibana rule type `slo.rules.burnRate` ("SLO burn rate", producer `slo`, platinum license). Action
 * groups: `slo.burnRate.alert`, `slo.burnRate.high`, `slo.burnRate.medium`, `slo.burnRate.low`,
 * `slo.burnRate.suppressed`, `recovered`; the default is `slo.burnRate.alert`, the recovery group
 * `recovered`. It writes its alerts as data.
 *
 * Context variables: `context.reason`, `context.timestamp`, `context.burnRateThreshold`,
 * `context.longWindow`, `context.shortWindow`, `context.viewInAppUrl`, `context.alertDetailsUrl`,
 * `context.sloId`, `context.sloName`, `context.sloInstanceId`, `context.suppressedAction`,
 * `context.sliValue`, `context.sloStatus`, `context.sloErrorBudgetRemaining`,
 * `context.sloErrorBudgetConsumed`, `context.grouping`.
 *
 * Versions: first Kibana release unsettled (the release that added the rule type, and those that added
 * maxBurnRateThreshold and dependencies, were not read at a release tag; fields carry no versions);
 * the catalog assumes Kibana 8.x and later.
 */
export class SloBurnRateRule extends AlertingRule {
  /** Kibana's id of the rule type. */
  public static readonly RULE_TYPE_ID: string = 'slo.rules.burnRate';
  /** Action group `slo.burnRate.alert` ("Critical") (the default group). */
  public static readonly ALERT: string = 'slo.burnRate.alert';
  /** Action group `slo.burnRate.high` ("High"). */
  public static readonly HIGH: string = 'slo.burnRate.high';
  /** Action group `slo.burnRate.medium` ("Medium"). */
  public static readonly MEDIUM: string = 'slo.burnRate.medium';
  /** Action group `slo.burnRate.low` ("Low"). */
  public static readonly LOW: string = 'slo.burnRate.low';
  /** Action group `slo.burnRate.suppressed` ("Suppressed"). */
  public static readonly SUPPRESSED: string = 'slo.burnRate.suppressed';
  /** Action group `recovered` ("Recovered") (the recovery group). */
  public static readonly RECOVERED: string = 'recovered';
  /**
   * Every action group of the rule type, the recovery group included: an action's group must be one of
   * them.
   */
  public static readonly ACTION_GROUPS: string[] = [
    'slo.burnRate.alert',
    'slo.burnRate.high',
    'slo.burnRate.medium',
    'slo.burnRate.low',
    'slo.burnRate.suppressed',
    'recovered',
  ];
  /** The group an action gets when it names none. */
  public static readonly DEFAULT_ACTION_GROUP: string = 'slo.burnRate.alert';
  /** The group whose actions run when an alert recovers. */
  public static readonly RECOVERY_ACTION_GROUP: string = 'recovered';
  /** The consumer the class writes when none is given: the rule type's producer. */
  public static readonly DEFAULT_CONSUMER: string = 'slo';
  /**
   * The consumers Kibana authorizes for the rule type, as far as the committed rule_types answer knows
   * them (empty: not known).
   */
  public static readonly CONSUMERS: string[] = ['alerts', 'observability', 'slo', 'stackAlerts'];
  /** The `context.*` variables the rule type gives per-alert action messages. */
  public static readonly CONTEXT_VARIABLES: string[] = [
    'reason',
    'timestamp',
    'burnRateThreshold',
    'longWindow',
    'shortWindow',
    'viewInAppUrl',
    'alertDetailsUrl',
    'sloId',
    'sloName',
    'sloInstanceId',
    'suppressedAction',
    'sliValue',
    'sloStatus',
    'sloErrorBudgetRemaining',
    'sloErrorBudgetConsumed',
    'grouping',
  ];
  /**
   * Whether the rule type writes its alerts as data (alerts filters need it; summary actions run only
   * with it).
   */
  public static readonly WRITES_ALERTS_AS_DATA: boolean = true;
  /** The license Kibana needs to run the rule type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';

  constructor(scope: Construct, id: string, props: SloBurnRateRuleProps) {
    super(scope, id, {
      ...props,
      ruleTypeId: SloBurnRateRule.RULE_TYPE_ID,
      consumer: props.consumer ?? SloBurnRateRule.DEFAULT_CONSUMER,
      params: kibanaParams(props.params),
    });
    attachParamsSpec(this, SLO_BURN_RATE_RULE_SPEC);
  }
}

/**
 * Kibana's params object: the keys as given, then Kibana's defaults for the keys left unset, in nested
 * structs too (written so that the provider sees no drift). Keys Kibana does not know are kept, so
 * that the check at synth reports them.
 */
function kibanaParams(params: SloBurnRateRuleParams): { [key: string]: any } {
  const out: { [key: string]: any } = { ...params };
  if (out.windows !== undefined) out.windows = nestedDefaults(SLO_BURN_RATE_RULE_SPEC, 'windows', out.windows);
  return out;
}
