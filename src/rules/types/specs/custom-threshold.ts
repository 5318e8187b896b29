// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-catalog/custom-threshold.json.
// Regenerate with: npx projen generate
import type { RuleParamsSpec } from '../../rule-type-info';

/**
 * What Kibana accepts in the params of a `observability.rules.custom_threshold` rule, as the rule
 * engine (src/engine/) reads it. Rule type versions: Kibana 8.x and later.
 */
export const CUSTOM_THRESHOLD_RULE_SPEC: RuleParamsSpec = {
  ruleTypeId: 'observability.rules.custom_threshold',
  checkedThrough: '9.4.0',
  params: [
    {
      key: 'criteria',
      type: 'structList',
      required: true,
      fields: [
        {
          key: 'comparator',
          type: 'enum',
          required: true,
          values: ['>', '<', '>=', '<=', 'between', 'notBetween'],
        },
        { key: 'threshold', type: 'numberList', required: true },
        { key: 'timeSize', type: 'number', required: true },
        { key: 'timeUnit', type: 'enum', required: true },
        { key: 'aggType', type: 'enum', values: ['custom'] },
        {
          key: 'metrics',
          type: 'structList',
          required: true,
          fields: [
            { key: 'name', type: 'string', required: true },
            {
              key: 'aggType',
              type: 'enum',
              required: true,
              values: [
                'count',
                'avg',
                'sum',
                'min',
                'max',
                'cardinality',
                'rate',
                'p95',
                'p99',
                'last_value',
              ],
            },
            { key: 'field', type: 'string' },
            { key: 'filter', type: 'string' },
          ],
          rules: [
            {
              kind: 'when',
              when: [{ path: 'params.aggType', op: 'not', values: ['count'] }],
              require: ['params.field'],
              forbid: ['params.filter'],
            },
            {
              kind: 'when',
              when: [{ path: 'params.aggType', op: 'equals', values: ['count'] }],
              forbid: ['params.field'],
            },
          ],
        },
        { key: 'equation', type: 'string' },
        { key: 'label', type: 'string' },
      ],
    },
    {
      key: 'searchConfiguration',
      type: 'struct',
      required: true,
      fields: [
        { key: 'index', type: 'string', required: true },
        {
          key: 'query',
          type: 'struct',
          required: true,
          fields: [
            { key: 'query', type: 'string', required: true },
            { key: 'language', type: 'string', required: true },
          ],
        },
        {
          key: 'filter',
          type: 'structList',
          fields: [{ key: 'meta', type: 'json', required: true }, { key: 'query', type: 'json' }],
        },
      ],
    },
    { key: 'groupBy', type: 'stringList' },
    { key: 'alertOnNoData', type: 'boolean' },
    { key: 'alertOnGroupDisappear', type: 'boolean' },
  ],
  rules: [],
  acceptsUnknownParams: true,
};
