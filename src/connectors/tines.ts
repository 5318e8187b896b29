// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/tines.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/tines/schemas/v1.ts @ 50558a2 (newest (zod
//     v3))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { TINES_CONNECTOR_SPEC } from './specs/tines';

/** Configuration of the TinesConnector (`.tines`): Kibana's `config` object. */
export interface TinesConnectorConfig {
  /**
   * Address of the Tines tenant.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
}

/**
 * Secrets of the TinesConnector (`.tines`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface TinesConnectorSecrets {
  /** Email address of the Tines account. */
  readonly email: string;
  /** Tines API token. */
  readonly token: string;
}

/** Properties of the TinesConnector (`.tines`). */
export interface TinesConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: TinesConnectorConfig;
  /** Connector secrets. */
  readonly secrets: TinesConnectorSecrets;
}

/**
 * Sends events to a Tines story through its webhooks; usable from Security only.
 *
 * Kibana connector type `.tines` ("Tines"); license: gold or higher; supported features: siem; Kibana
 * versions: Kibana 8.6 and later (evidence: elastic/kibana#143505,
 * src/platform/packages/shared/kbn-connector-schemas/tines/schemas/v1.ts at 50558a2).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class TinesConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.tines';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.6';

  /**
   * Creates the TinesConnector (`.tines`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: TinesConnectorProps) {
    super(scope, id, typedConnectorProps(TINES_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, TINES_CONNECTOR_SPEC, props);
  }
}
