// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-catalog/slo-burn-rate.json.
// Regenerate with: npx projen generate
import type { RuleParamsSpec } from '../../rule-type-info';

/**
 * What Kibana accepts in the params of a `slo.rules.burnRate` rule, as the rule engine (src/engine/)
 * reads it. Rule type versions: Kibana 8.x and later.
 */
export const SLO_BURN_RATE_RULE_SPEC: RuleParamsSpec = {
  ruleTypeId: 'slo.rules.burnRate',
  checkedThrough: '9.4.0',
  params: [
    { key: 'sloId', type: 'string', required: true },
    {
      key: 'windows',
      type: 'structList',
      required: true,
      fields: [
        { key: 'id', type: 'string', required: true },
        { key: 'burnRateThreshold', type: 'number', required: true },
        { key: 'maxBurnRateThreshold', type: 'number', defaults: [{ value: null }], send: true },
        {
          key: 'longWindow',
          type: 'struct',
          required: true,
          fields: [
            { key: 'value', type: 'number', required: true },
            { key: 'unit', type: 'string', required: true },
          ],
        },
        {
          key: 'shortWindow',
          type: 'struct',
          required: true,
          fields: [
            { key: 'value', type: 'number', required: true },
            { key: 'unit', type: 'string', required: true },
          ],
        },
        { key: 'actionGroup', type: 'string', required: true },
      ],
    },
    {
      key: 'dependencies',
      type: 'structList',
      fields: [
        { key: 'ruleId', type: 'string', required: true },
        { key: 'actionGroupsToSuppressOn', type: 'stringList', required: true },
      ],
    },
  ],
  rules: [],
};
