// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/xsoar.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/xsoar/schemas/v1.ts @ 74d1c62 (newest (zod
//     v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { XSOAR_CONNECTOR_SPEC } from './specs/xsoar';

/** Configuration of the XsoarConnector (`.xsoar`): Kibana's `config` object. */
export interface XsoarConnectorConfig {
  /**
   * Address of the XSOAR server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
}

/**
 * Secrets of the XsoarConnector (`.xsoar`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface XsoarConnectorSecrets {
  /** XSOAR API key. */
  readonly apiKey: string;
  /**
   * XSOAR API key id; needed for XSOAR cloud instances.
   * @default - none
   */
  readonly apiKeyID?: string;
}

/** Properties of the XsoarConnector (`.xsoar`). */
export interface XsoarConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: XsoarConnectorConfig;
  /** Connector secrets. */
  readonly secrets: XsoarConnectorSecrets;
}

/**
 * Creates incidents in Palo Alto Cortex XSOAR; usable from Security only.
 *
 * Kibana connector type `.xsoar` ("XSOAR"); license: platinum or higher; supported features: siem;
 * Kibana versions: Kibana 9.1 and later (evidence: elastic/kibana#212049,
 * docs/reference/connectors-kibana/xsoar-action-type.md at 04b8cc1).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class XsoarConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.xsoar';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '9.1';

  /**
   * Creates the XsoarConnector (`.xsoar`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: XsoarConnectorProps) {
    super(scope, id, typedConnectorProps(XSOAR_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, XSOAR_CONNECTOR_SPEC, props);
  }
}
