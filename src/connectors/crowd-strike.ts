// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/crowd-strike.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/crowdstrike/schemas/v1.ts @ 55ad5fd (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { CROWD_STRIKE_CONNECTOR_SPEC } from './specs/crowd-strike';

/** Configuration of the CrowdStrikeConnector (`.crowdstrike`): Kibana's `config` object. */
export interface CrowdStrikeConnectorConfig {
  /**
   * CrowdStrike API address.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
}

/**
 * Secrets of the CrowdStrikeConnector (`.crowdstrike`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface CrowdStrikeConnectorSecrets {
  /** CrowdStrike API client id. */
  readonly clientId: string;
  /** CrowdStrike API client secret. */
  readonly clientSecret: string;
}

/** Properties of the CrowdStrikeConnector (`.crowdstrike`). */
export interface CrowdStrikeConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: CrowdStrikeConnectorConfig;
  /** Connector secrets. */
  readonly secrets: CrowdStrikeConnectorSecrets;
}

/**
 * Runs response actions on hosts managed by CrowdStrike Falcon.
 *
 * Kibana connector type `.crowdstrike` ("CrowdStrike"); license: enterprise or higher; supported
 * features: endpointSecurity; Kibana versions: Kibana 8.15 and later (evidence: elastic/kibana#180175
 * v8.14.0, elastic/kibana#186801 v8.15.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class CrowdStrikeConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.crowdstrike';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'enterprise';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['endpointSecurity'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.15';

  /**
   * Creates the CrowdStrikeConnector (`.crowdstrike`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: CrowdStrikeConnectorProps) {
    super(scope, id, typedConnectorProps(CROWD_STRIKE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, CROWD_STRIKE_CONNECTOR_SPEC, props);
  }
}
