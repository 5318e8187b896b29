// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/resilient.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/resilient/schemas/v1.ts @ 089d9d1 (newest
//     (zod v4): config and secrets strict, no defaults)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/resilient/index.ts @
//     1d137a1 (9.x: URL allow-list check on apiUrl; license platinum)
//   elastic/kibana x-pack/plugins/stack_connectors/server/connector_types/resilient/schema.ts @ 10464f7 (8.x: the
//     same config and secrets keys)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RESILIENT_CONNECTOR_SPEC } from './specs/resilient';

/** Configuration of the ResilientConnector (`.resilient`): Kibana's `config` object. */
export interface ResilientConnectorConfig {
  /**
   * Address of the IBM Resilient server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /** Organization id in IBM Resilient. */
  readonly orgId: string;
}

/**
 * Secrets of the ResilientConnector (`.resilient`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ResilientConnectorSecrets {
  /** API key id. */
  readonly apiKeyId: string;
  /** API key secret. */
  readonly apiKeySecret: string;
}

/** Properties of the ResilientConnector (`.resilient`). */
export interface ResilientConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ResilientConnectorConfig;
  /** Connector secrets. */
  readonly secrets: ResilientConnectorSecrets;
}

/**
 * Creates and updates incidents in IBM Resilient (IBM QRadar SOAR).
 *
 * Kibana connector type `.resilient` ("IBM Resilient"); license: platinum or higher; supported
 * features: alerting, cases, siem; Kibana versions: Kibana 7.9 and later (evidence:
 * elastic/kibana#66385, elastic/kibana#78316 v7.10.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class ResilientConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.resilient';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.9';

  /**
   * Creates the ResilientConnector (`.resilient`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ResilientConnectorProps) {
    super(scope, id, typedConnectorProps(RESILIENT_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, RESILIENT_CONNECTOR_SPEC, props);
  }
}
