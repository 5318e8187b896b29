// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/sentinel-one.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/sentinelone/schemas/v1.ts @ 1342a85 (newest
//     (zod v3): config and secrets strict, no defaults)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/sentinelone/index.ts @
//     217ded5 (newest (imports @kbn/connector-schemas): URL allow-list check on url; license enterprise)
//   elastic/kibana PR #174696 (labels v8.12.0) and #174648: the type is available from 8.12
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { SENTINEL_ONE_CONNECTOR_SPEC } from './specs/sentinel-one';

/** Configuration of the SentinelOneConnector (`.sentinelone`): Kibana's `config` object. */
export interface SentinelOneConnectorConfig {
  /**
   * SentinelOne management console address.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
}

/**
 * Secrets of the SentinelOneConnector (`.sentinelone`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface SentinelOneConnectorSecrets {
  /** SentinelOne API token. */
  readonly token: string;
}

/** Properties of the SentinelOneConnector (`.sentinelone`). */
export interface SentinelOneConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: SentinelOneConnectorConfig;
  /** Connector secrets. */
  readonly secrets: SentinelOneConnectorSecrets;
}

/**
 * Runs response actions on hosts managed by SentinelOne.
 *
 * Kibana connector type `.sentinelone` ("Sentinel One"); license: enterprise or higher; supported
 * features: endpointSecurity; Kibana versions: Kibana 8.12 and later (evidence: elastic/kibana#173859
 * v8.12.0, elastic/kibana#174648 v8.13.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class SentinelOneConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.sentinelone';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'enterprise';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['endpointSecurity'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.12';

  /**
   * Creates the SentinelOneConnector (`.sentinelone`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: SentinelOneConnectorProps) {
    super(scope, id, typedConnectorProps(SENTINEL_ONE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SENTINEL_ONE_CONNECTOR_SPEC, props);
  }
}
