// The Terraform types of the connector and rule resources, the provider's registry source and the
// version constraint written into `required_providers`. Written out rather than read from the
// generated binding (src/provider), which loads cdktf: the CLI's guard and the HCL writer need only
// the names (test/provider-binding.test.ts checks them against the binding's tfResourceType).
// Imports nothing.

/** `elasticstack_kibana_action_connector`: the resource type every connector construct synthesizes. */
export const CONNECTOR_RESOURCE_TYPE = 'elasticstack_kibana_action_connector';

/** `elasticstack_kibana_alerting_rule`: the resource type every rule construct synthesizes. */
export const RULE_RESOURCE_TYPE = 'elasticstack_kibana_alerting_rule';

/** Registry source of the provider the binding was generated from. */
export const PROVIDER_SOURCE = 'elastic/elasticstack';

/**
 * Version of the provider the binding was generated from (the binding's `providerVersion`; a test
 * fails when they differ).
 */
export const PROVIDER_VERSION = '0.16.3';

/** The `required_providers` version constraint of emitted code: that version and later patch releases. */
export const PROVIDER_VERSION_CONSTRAINT = `~> ${PROVIDER_VERSION}`;
