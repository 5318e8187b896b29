// GENERATED FILE: do not edit by hand.
// Written by the rule generator (generator/rules/) from its inputs:
// rule-catalog/.
// Regenerate with: npx projen generate
export * from './custom-threshold';
export * from './enums';
export * from './es-query';
export * from './index-threshold';
export * from './slo-burn-rate';
