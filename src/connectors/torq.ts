// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/torq.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/torq/schemas/v1.ts @ 027ff21 (newest (zod
//     v4): config and secrets strict; params body)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/torq/index.ts @ 0fd28cf
//     (9.x: webhookIntegrationUrl must parse, pass the allow-list and have host hooks.torq.io, hooks.eu.torq.io or
//     localhost; license gold)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/common/torq (host check; hooks.eu.torq.io added
//     by PR #212563, March 2025, closing issue #212511)
//   elastic/kibana PR #149405 (label 8.7 candidate, merged 2023): the type arrived in 8.7
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { TORQ_CONNECTOR_SPEC } from './specs/torq';

/** Configuration of the TorqConnector (`.torq`): Kibana's `config` object. */
export interface TorqConnectorConfig {
  /**
   * Webhook integration URL of the Torq workflow. Kibana accepts only the hosts `hooks.torq.io` and
   * `localhost`, and `hooks.eu.torq.io` in the releases that got the EU-host fix; the construct checks
   * the host against the target Kibana.
   *
   * Must be an absolute http(s) URL.
   */
  readonly webhookIntegrationUrl: string;
}

/**
 * Secrets of the TorqConnector (`.torq`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface TorqConnectorSecrets {
  /** Secret of the Torq webhook integration. */
  readonly token: string;
}

/**
 * Parameters of an action run by the TorqConnector (`.torq`): the `params` object of a rule action or
 * of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as `{{context.message}}` are
 * allowed in strings.
 */
export interface TorqParams {
  /** JSON text sent to the workflow. */
  readonly body: string;
}

/**
 * A rule action run by the TorqConnector (`.torq`): its params, and the group, frequency and alerts
 * filter every action takes.
 */
export interface TorqActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: TorqParams;
}

/** Properties of the TorqConnector (`.torq`). */
export interface TorqConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: TorqConnectorConfig;
  /** Connector secrets. */
  readonly secrets: TorqConnectorSecrets;
}

/**
 * Triggers a Torq workflow through its webhook integration.
 *
 * Kibana connector type `.torq` ("Torq"); license: gold or higher; supported features: alerting,
 * uptime, siem; Kibana versions: Kibana 8.7 and later (evidence: elastic/kibana#149405,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/torq/index.ts at 0fd28cf).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class TorqConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.torq';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.7';

  /**
   * Creates the TorqConnector (`.torq`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: TorqConnectorProps) {
    super(scope, id, typedConnectorProps(TORQ_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, TORQ_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: TorqParams): { [key: string]: any } {
    return paramsObject(TORQ_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: TorqActionOptions): RuleAction {
    return typedAction(this, TORQ_CONNECTOR_SPEC, options);
  }
}
