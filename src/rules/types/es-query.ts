// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-types.json and rule-catalog/es-query.json.
// The rule catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/es_query/v1.ts (EsQueryRuleParamsSchema,
//     validateParams; main, 2026)
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/common/utils.ts (AggTypes,
//     TimeWindowUnits, validateGroupBy with row)
//   elastic/kibana src/platform/packages/shared/response-ops/rule_params/common/constants.ts
//     (MAX_SELECTABLE_SOURCE_FIELDS = 5, ES_QUERY_MAX_HITS_PER_EXECUTION = 10000, MAX_GROUPS = 1000)
//   elastic/kibana x-pack/platform/plugins/shared/stack_alerts/server/rule_types/es_query/rule_type.ts (action
//     group, context variables, validateServerless on serverless)
//   older: x-pack/platform/plugins/shared/stack_alerts/server/rule_types/es_query/rule_type_params.ts
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { AlertingRule, AlertingRuleOptions } from '../alerting-rule';
import { attachParamsSpec } from '../typed-specs';
import { AggType, GroupBy, SearchType, ThresholdComparator, TimeWindowUnit } from './enums';
import { ES_QUERY_RULE_SPEC } from './specs/es-query';

/** The ES|QL query of an Elasticsearch query rule. */
export interface EsQueryRuleEsqlQuery {
  /** The ES|QL query text. */
  readonly esql: string;
}

/** A document field an Elasticsearch query rule copies into its alerts. */
export interface EsQueryRuleSourceField {
  /** The field's label. */
  readonly label: string;
  /** The field's path in the documents. */
  readonly searchPath: string;
}

/**
 * The params of a `.es-query` rule, by Kibana's own keys. Kibana's defaults are written for keys left
 * unset; at synth the params are checked as Kibana checks them when the rule is created.
 */
export interface EsQueryRuleParams {
  /** How many documents are passed to the actions when the condition is met. From 0 to 10000. */
  readonly size: number;
  /** The size of the time window, in timeWindowUnit units. At least 1. */
  readonly timeWindowSize: number;
  /**
   * Whether documents matched by the previous run are left out (not available with a grouping field).
   * @default true (Kibana's default, written when unset so that Terraform sees no drift)
   */
  readonly excludeHitsFromPreviousRun?: boolean;
  /** The unit of the time window. */
  readonly timeWindowUnit: TimeWindowUnit;
  /** The threshold: one value, two for between and notBetween; an ES|QL rule takes [0]. At most 2 items. */
  readonly threshold: number[];
  /** How the value is compared with the threshold; an ES|QL rule takes >. */
  readonly thresholdComparator: ThresholdComparator;
  /**
   * The type of aggregation to perform.
   * @default AggType.COUNT (Kibana's default, written when unset so that Terraform sees no drift)
   */
  readonly aggType?: AggType;
  /** The numeric field the aggregation reads; required unless aggType is count. */
  readonly aggField?: string;
  /**
   * Whether the rule aggregates over all documents (all), per group of termField (top) or per ES|QL row
   * (row, ES|QL only).
   * @default GroupBy.ALL (Kibana's default, written when unset so that Terraform sees no drift)
   */
  readonly groupBy?: GroupBy;
  /**
   * The field whose values form the groups; required when groupBy is top. Kibana also accepts a list of
   * two to four fields, which this class does not type: use AlertingRule for it.
   */
  readonly termField?: string;
  /** How many groups are checked against the threshold; required when groupBy is top. From 1 to 1000. */
  readonly termSize?: number;
  /**
   * How the query is defined: Query DSL on indices (esQuery), a search source (searchSource) or ES|QL
   * (esqlQuery).
   * @default SearchType.ES_QUERY (Kibana's default, written when unset so that Terraform sees no drift)
   */
  readonly searchType?: SearchType;
  /** The field that is used to calculate the time window; required for esQuery and esqlQuery. */
  readonly timeField?: string;
  /** The search source (data view, KQL or Lucene query, filters) of a searchSource rule. */
  readonly searchConfiguration?: { [key: string]: any };
  /** The Query DSL of an esQuery rule, as JSON text holding a query. */
  readonly esQuery?: string;
  /** The indices an esQuery rule queries (at least one). */
  readonly index?: string[];
  /** The query of an esqlQuery rule. */
  readonly esqlQuery?: EsQueryRuleEsqlQuery;
  /** Document fields copied into the alerts. At most 5 items. */
  readonly sourceFields?: EsQueryRuleSourceField[];
}

/** Props of EsQueryRule. */
export interface EsQueryRuleProps extends AlertingRuleOptions {
  /**
   * The Kibana app that owns the rule.
   * @default 'stackAlerts'
   */
  readonly consumer?: string;
  /** The rule type's params. */
  readonly params: EsQueryRuleParams;
}

/**
 * An Elasticsearch query rule: runs a query (Query DSL on indices, a data view search source, or
 * ES|QL) over a time window and compares the number of matches, or an aggregation of them, with a
 * threshold.
 *
 * Kibana rule type `.es-query` ("Elasticsearch query", producer `stackAlerts`, basic license). Action
 * groups: `query matched`, `recovered`; the default is `query matched`, the recovery group
 * `recovered`. It writes its alerts as data.
 *
 * Context variables: `context.message`, `context.title`, `context.date`, `context.value`,
 * `context.hits`, `context.conditions`, `context.link`.
 *
 * Versions: first Kibana release unsettled (the rule type is older than the catalog's version history;
 * when each search type and field arrived was not looked up, so fields carry no versions); the catalog
 * assumes Kibana 7.x and later.
 */
export class EsQueryRule extends AlertingRule {
  /** Kibana's id of the rule type. */
  public static readonly RULE_TYPE_ID: string = '.es-query';
  /** Action group `query matched` ("Query matched") (the default group). */
  public static readonly QUERY_MATCHED: string = 'query matched';
  /** Action group `recovered` ("Recovered") (the recovery group). */
  public static readonly RECOVERED: string = 'recovered';
  /**
   * Every action group of the rule type, the recovery group included: an action's group must be one of
   * them.
   */
  public static readonly ACTION_GROUPS: string[] = ['query matched', 'recovered'];
  /** The group an action gets when it names none. */
  public static readonly DEFAULT_ACTION_GROUP: string = 'query matched';
  /** The group whose actions run when an alert recovers. */
  public static readonly RECOVERY_ACTION_GROUP: string = 'recovered';
  /** The consumer the class writes when none is given: the rule type's producer. */
  public static readonly DEFAULT_CONSUMER: string = 'stackAlerts';
  /**
   * The consumers Kibana authorizes for the rule type, as far as the committed rule_types answer knows
   * them (empty: not known).
   */
  public static readonly CONSUMERS: string[] = [];
  /** The `context.*` variables the rule type gives per-alert action messages. */
  public static readonly CONTEXT_VARIABLES: string[] = [
    'message',
    'title',
    'date',
    'value',
    'hits',
    'conditions',
    'link',
  ];
  /**
   * Whether the rule type writes its alerts as data (alerts filters need it; summary actions run only
   * with it).
   */
  public static readonly WRITES_ALERTS_AS_DATA: boolean = true;
  /** The license Kibana needs to run the rule type. */
  public static readonly MINIMUM_LICENSE: string = 'basic';

  constructor(scope: Construct, id: string, props: EsQueryRuleProps) {
    super(scope, id, {
      ...props,
      ruleTypeId: EsQueryRule.RULE_TYPE_ID,
      consumer: props.consumer ?? EsQueryRule.DEFAULT_CONSUMER,
      params: kibanaParams(props.params),
    });
    attachParamsSpec(this, ES_QUERY_RULE_SPEC);
  }
}

/**
 * Kibana's params object: the keys as given, then Kibana's defaults for the keys left unset (written
 * so that the provider sees no drift). Keys Kibana does not know are kept, so that the check at synth
 * reports them.
 */
function kibanaParams(params: EsQueryRuleParams): { [key: string]: any } {
  const out: { [key: string]: any } = { ...params };
  if (out.excludeHitsFromPreviousRun === undefined) out.excludeHitsFromPreviousRun = true;
  if (out.aggType === undefined) out.aggType = AggType.COUNT;
  if (out.groupBy === undefined) out.groupBy = GroupBy.ALL;
  if (out.searchType === undefined) out.searchType = SearchType.ES_QUERY;
  return out;
}
