// GENERATED FILE: do not edit by hand.
// Built by @cdktf/provider-generator from generator/provider-schema.json (elastic/elasticstack).
// Regenerate with: npx projen generate:provider
export * as provider from './provider';
export * as kibanaActionConnector from './kibana-action-connector';
export * as kibanaAlertingRule from './kibana-alerting-rule';
export * as dataElasticstackKibanaActionConnector from './data-elasticstack-kibana-action-connector';
