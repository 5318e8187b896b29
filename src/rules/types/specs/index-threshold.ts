// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-catalog/index-threshold.json.
// Regenerate with: npx projen generate
import type { RuleParamsSpec } from '../../rule-type-info';

/**
 * What Kibana accepts in the params of a `.index-threshold` rule, as the rule engine (src/engine/)
 * reads it. Rule type versions: Kibana 7.x and later.
 */
export const INDEX_THRESHOLD_RULE_SPEC: RuleParamsSpec = {
  ruleTypeId: '.index-threshold',
  checkedThrough: '9.4.0',
  params: [
    { key: 'index', type: 'stringList', required: true },
    { key: 'timeField', type: 'string', required: true },
    {
      key: 'aggType',
      type: 'enum',
      values: ['count', 'avg', 'min', 'max', 'sum'],
      defaults: [{ value: 'count' }],
      send: true,
    },
    { key: 'aggField', type: 'string' },
    { key: 'groupBy', type: 'enum', values: ['all', 'top'], defaults: [{ value: 'all' }], send: true },
    { key: 'termField', type: 'string' },
    { key: 'termSize', type: 'number', min: 1, max: 1000 },
    { key: 'filterKuery', type: 'string' },
    { key: 'timeWindowSize', type: 'number', required: true, min: 1 },
    { key: 'timeWindowUnit', type: 'enum', required: true, values: ['s', 'm', 'h', 'd'] },
    {
      key: 'thresholdComparator',
      type: 'enum',
      required: true,
      values: ['>', '<', '>=', '<=', 'between', 'notBetween'],
    },
    { key: 'threshold', type: 'numberList', required: true, maxItems: 2 },
  ],
  rules: [
    { kind: 'when', when: [{ path: 'params.aggType', op: 'not', values: ['count'] }], require: ['params.aggField'] },
    {
      kind: 'when',
      when: [{ path: 'params.groupBy', op: 'equals', values: ['top'] }],
      require: ['params.termField', 'params.termSize'],
    },
  ],
};
