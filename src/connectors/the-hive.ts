// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/the-hive.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/thehive/schemas/v1.ts @ 174aa4c (newest (zod
//     v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { THE_HIVE_CONNECTOR_SPEC } from './specs/the-hive';

/** Configuration of the TheHiveConnector (`.thehive`): Kibana's `config` object. */
export interface TheHiveConnectorConfig {
  /**
   * Address of the TheHive server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
  /**
   * TheHive organisation to use.
   * @default - none
   */
  readonly organisation?: string;
}

/**
 * Secrets of the TheHiveConnector (`.thehive`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface TheHiveConnectorSecrets {
  /** TheHive API key. */
  readonly apiKey: string;
}

/** Properties of the TheHiveConnector (`.thehive`). */
export interface TheHiveConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: TheHiveConnectorConfig;
  /** Connector secrets. */
  readonly secrets: TheHiveConnectorSecrets;
}

/**
 * Creates cases and alerts in TheHive.
 *
 * Kibana connector type `.thehive` ("TheHive"); license: platinum or higher; supported features:
 * alerting, siem, uptime, cases, workflows; Kibana versions: Kibana 8.16 and later (evidence:
 * elastic/kibana#180138, elastic/kibana#191903 v8.16.0, elastic/kibana#192424 v8.16.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class TheHiveConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.thehive';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem', 'uptime', 'cases', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.16';

  /**
   * Creates the TheHiveConnector (`.thehive`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: TheHiveConnectorProps) {
    super(scope, id, typedConnectorProps(THE_HIVE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, THE_HIVE_CONNECTOR_SPEC, props);
  }
}
