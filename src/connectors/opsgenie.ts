// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/opsgenie.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/opsgenie/schemas/v1.ts @ 1594432 (newest
//     (zod v4): config and secrets strict, no defaults)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/opsgenie/index.ts @
//     027ff21 (newest (imports @kbn/connector-schemas): URL allow-list check on apiUrl; license platinum)
//   elastic/kibana PR #142164 (label v8.6.0): the type arrived in 8.6
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { OPSGENIE_CONNECTOR_SPEC } from './specs/opsgenie';

/** Configuration of the OpsgenieConnector (`.opsgenie`): Kibana's `config` object. */
export interface OpsgenieConnectorConfig {
  /**
   * Opsgenie API address, such as `https://api.opsgenie.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
}

/**
 * Secrets of the OpsgenieConnector (`.opsgenie`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface OpsgenieConnectorSecrets {
  /** Opsgenie API integration key. */
  readonly apiKey: string;
}

/** Properties of the OpsgenieConnector (`.opsgenie`). */
export interface OpsgenieConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: OpsgenieConnectorConfig;
  /** Connector secrets. */
  readonly secrets: OpsgenieConnectorSecrets;
}

/**
 * Creates and closes Opsgenie alerts.
 *
 * Kibana connector type `.opsgenie` ("Opsgenie"); license: platinum or higher; supported features:
 * alerting, uptime, siem; Kibana versions: Kibana 8.6 and later (evidence:
 * src/platform/packages/shared/kbn-connector-schemas/opsgenie/schemas/v1.ts at 1594432).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class OpsgenieConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.opsgenie';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.6';

  /**
   * Creates the OpsgenieConnector (`.opsgenie`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: OpsgenieConnectorProps) {
    super(scope, id, typedConnectorProps(OPSGENIE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, OPSGENIE_CONNECTOR_SPEC, props);
  }
}
