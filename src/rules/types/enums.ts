// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-catalog/.
// Regenerate with: npx projen generate
/** The aggregation a threshold rule computes over the documents of the time window. */
export enum AggType {
  /** Kibana value `count`. */
  COUNT = 'count',
  /** Kibana value `avg`. */
  AVG = 'avg',
  /** Kibana value `min`. */
  MIN = 'min',
  /** Kibana value `max`. */
  MAX = 'max',
  /** Kibana value `sum`. */
  SUM = 'sum'
}

/** The aggregation of one metric of a custom threshold condition. */
export enum CustomThresholdAggType {
  /** Kibana value `count`. */
  COUNT = 'count',
  /** Kibana value `avg`. */
  AVG = 'avg',
  /** Kibana value `sum`. */
  SUM = 'sum',
  /** Kibana value `min`. */
  MIN = 'min',
  /** Kibana value `max`. */
  MAX = 'max',
  /** Kibana value `cardinality`. */
  CARDINALITY = 'cardinality',
  /** Kibana value `rate`. */
  RATE = 'rate',
  /** Kibana value `p95`. */
  P95 = 'p95',
  /** Kibana value `p99`. */
  P99 = 'p99',
  /** Kibana value `last_value`. */
  LAST_VALUE = 'last_value'
}

/** How a custom threshold condition aggregates: custom, its metrics combined by an equation. */
export enum CustomThresholdCriterionAggType {
  /** Kibana value `custom`. */
  CUSTOM = 'custom'
}

/** Whether a rule aggregates over all documents, per top group of a term field, or per ES|QL row. */
export enum GroupBy {
  /** Kibana value `all`. */
  ALL = 'all',
  /** Kibana value `top`. */
  TOP = 'top',
  /** Kibana value `row`. */
  ROW = 'row'
}

/** How an Elasticsearch query rule defines its query. */
export enum SearchType {
  /** Kibana value `esQuery`. */
  ES_QUERY = 'esQuery',
  /** Kibana value `searchSource`. */
  SEARCH_SOURCE = 'searchSource',
  /** Kibana value `esqlQuery`. */
  ESQL_QUERY = 'esqlQuery'
}

/** How a rule compares the measured value with its threshold. */
export enum ThresholdComparator {
  /** Kibana value `>`. */
  GREATER_THAN = '>',
  /** Kibana value `<`. */
  LESS_THAN = '<',
  /** Kibana value `>=`. */
  GREATER_THAN_OR_EQUALS = '>=',
  /** Kibana value `<=`. */
  LESS_THAN_OR_EQUALS = '<=',
  /** Kibana value `between`. */
  BETWEEN = 'between',
  /** Kibana value `notBetween`. */
  NOT_BETWEEN = 'notBetween'
}

/** The unit of a rule's time window. */
export enum TimeWindowUnit {
  /** Kibana value `s`. */
  SECONDS = 's',
  /** Kibana value `m`. */
  MINUTES = 'm',
  /** Kibana value `h`. */
  HOURS = 'h',
  /** Kibana value `d`. */
  DAYS = 'd'
}
