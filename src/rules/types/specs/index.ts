// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-catalog/.
// Regenerate with: npx projen generate
import type { RuleParamsSpec } from '../../rule-type-info';
import { CUSTOM_THRESHOLD_RULE_SPEC } from './custom-threshold';
import { ES_QUERY_RULE_SPEC } from './es-query';
import { INDEX_THRESHOLD_RULE_SPEC } from './index-threshold';
import { SLO_BURN_RATE_RULE_SPEC } from './slo-burn-rate';

/**
 * The params spec of each typed rule class, by rule type id: what the class checks its params against,
 * for tools that read rules (the importer).
 */
export const RULE_PARAMS_SPECS: Readonly<Record<string, RuleParamsSpec>> = {
  '.es-query': ES_QUERY_RULE_SPEC,
  '.index-threshold': INDEX_THRESHOLD_RULE_SPEC,
  'observability.rules.custom_threshold': CUSTOM_THRESHOLD_RULE_SPEC,
  'slo.rules.burnRate': SLO_BURN_RATE_RULE_SPEC,
};
