// The library's own rule data for the rule planner (./plan-rules.ts RuleLibrary): the rule types
// (src/rules/registry.ts), the typed rule classes' params specs (src/rules/types/specs/) and the
// connector specs (src/connectors/registry.ts). Data only, no cdktf. May import those three.
import type { RuleLibrary } from './plan-rules';
import { CONNECTOR_SPECS } from '../connectors/registry';
import { RULE_TYPES } from '../rules/registry';
import { RULE_PARAMS_SPECS } from '../rules/types/specs';

/** The package's rule types, rule params specs and connector specs. */
export const RULE_LIBRARY: RuleLibrary = {
  ruleTypes: RULE_TYPES,
  ruleParamsSpecs: RULE_PARAMS_SPECS,
  connectorSpecs: CONNECTOR_SPECS,
};
