// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-catalog/es-query.json.
// Regenerate with: npx projen generate
import type { RuleParamsSpec } from '../../rule-type-info';

/**
 * What Kibana accepts in the params of a `.es-query` rule, as the rule engine (src/engine/) reads it.
 * Rule type versions: Kibana 7.x and later.
 */
export const ES_QUERY_RULE_SPEC: RuleParamsSpec = {
  ruleTypeId: '.es-query',
  checkedThrough: '9.4.0',
  params: [
    { key: 'size', type: 'number', required: true, min: 0, max: 10000 },
    { key: 'timeWindowSize', type: 'number', required: true, min: 1 },
    { key: 'excludeHitsFromPreviousRun', type: 'boolean', defaults: [{ value: true }], send: true },
    { key: 'timeWindowUnit', type: 'enum', required: true, values: ['s', 'm', 'h', 'd'] },
    { key: 'threshold', type: 'numberList', required: true, maxItems: 2 },
    {
      key: 'thresholdComparator',
      type: 'enum',
      required: true,
      values: ['>', '<', '>=', '<=', 'between', 'notBetween'],
    },
    {
      key: 'aggType',
      type: 'enum',
      values: ['count', 'avg', 'min', 'max', 'sum'],
      defaults: [{ value: 'count' }],
      send: true,
    },
    { key: 'aggField', type: 'string' },
    { key: 'groupBy', type: 'enum', values: ['all', 'top', 'row'], defaults: [{ value: 'all' }], send: true },
    { key: 'termField', type: 'string' },
    { key: 'termSize', type: 'number', min: 1, max: 1000 },
    {
      key: 'searchType',
      type: 'enum',
      values: ['esQuery', 'searchSource', 'esqlQuery'],
      defaults: [{ value: 'esQuery' }],
      send: true,
    },
    { key: 'timeField', type: 'string' },
    { key: 'searchConfiguration', type: 'json' },
    { key: 'esQuery', type: 'string' },
    { key: 'index', type: 'stringList' },
    { key: 'esqlQuery', type: 'struct', fields: [{ key: 'esql', type: 'string', required: true }] },
    {
      key: 'sourceFields',
      type: 'structList',
      maxItems: 5,
      fields: [{ key: 'label', type: 'string', required: true }, { key: 'searchPath', type: 'string', required: true }],
    },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'params.searchType', op: 'equals', values: ['esQuery'] }],
      require: ['params.index', 'params.timeField', 'params.esQuery'],
      forbid: ['params.searchConfiguration', 'params.esqlQuery'],
    },
    {
      kind: 'when',
      when: [{ path: 'params.searchType', op: 'equals', values: ['searchSource'] }],
      require: ['params.searchConfiguration'],
      forbid: ['params.index', 'params.esQuery', 'params.esqlQuery'],
    },
    {
      kind: 'when',
      when: [{ path: 'params.searchType', op: 'equals', values: ['esqlQuery'] }],
      require: ['params.esqlQuery', 'params.timeField'],
      forbid: ['params.index', 'params.esQuery', 'params.searchConfiguration'],
    },
    { kind: 'when', when: [{ path: 'params.aggType', op: 'not', values: ['count'] }], require: ['params.aggField'] },
    {
      kind: 'when',
      when: [{ path: 'params.groupBy', op: 'equals', values: ['top'] }],
      require: ['params.termField', 'params.termSize'],
    },
    {
      kind: 'when',
      when: [
        { path: 'params.groupBy', op: 'equals', values: ['row'] },
        { path: 'params.searchType', op: 'not', values: ['esqlQuery'] },
      ],
      forbid: ['params.groupBy'],
    },
    { kind: 'value', path: 'params.esQuery', is: 'jsonObjectText', example: '{"query":{"match_all":{}}}' },
  ],
};
