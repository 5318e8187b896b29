// The Terraform type of the connector resource, `elasticstack_kibana_action_connector`, taken
// from the generated provider binding (src/provider) rather than written out, plus the provider's
// registry source and the version constraint written into `required_providers`. May import the
// binding only.
import { KibanaActionConnector } from './provider/kibana-action-connector';
import { KibanaAlertingRule } from './provider/kibana-alerting-rule';

/** `elasticstack_kibana_action_connector`: the resource type every connector construct synthesizes. */
export const CONNECTOR_RESOURCE_TYPE: string = KibanaActionConnector.tfResourceType;

/** `elasticstack_kibana_alerting_rule`: the resource type every rule construct synthesizes. */
export const RULE_RESOURCE_TYPE: string = KibanaAlertingRule.tfResourceType;

/** Registry source of the provider the binding was generated from. */
export const PROVIDER_SOURCE = 'elastic/elasticstack';

/**
 * Version of the provider the binding was generated from (the binding's `providerVersion`; a test
 * fails when they differ).
 */
export const PROVIDER_VERSION = '0.16.3';

/** The `required_providers` version constraint of emitted code: that version and later patch releases. */
export const PROVIDER_VERSION_CONSTRAINT = `~> ${PROVIDER_VERSION}`;
