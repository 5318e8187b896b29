// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/microsoft-defender-endpoint.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/microsoft_defender_endpoint/schemas/v1.ts @
//     731a3af (newest (zod v3): config and secrets strict, every field a non-empty string)
//   elastic/kibana
//     x-pack/platform/plugins/shared/stack_connectors/server/connector_types/microsoft_defender_endpoint/index.ts @
//     1fb23bc (9.x: URL allow-list checks on oAuthServerUrl and apiUrl; license enterprise)
//   elastic/kibana PR #203183 (labels v8.18.0, v9.0.0) and elastic/docs-content #249: the type arrived in 8.18
//     (technical preview)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { MICROSOFT_DEFENDER_ENDPOINT_CONNECTOR_SPEC } from './specs/microsoft-defender-endpoint';

/**
 * Configuration of the MicrosoftDefenderEndpointConnector (`.microsoft_defender_endpoint`): Kibana's
 * `config` object.
 */
export interface MicrosoftDefenderEndpointConnectorConfig {
  /** Application (client) id of the Microsoft Entra application. */
  readonly clientId: string;
  /** Microsoft Entra tenant id. */
  readonly tenantId: string;
  /**
   * Microsoft OAuth server address, such as `https://login.microsoftonline.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly oAuthServerUrl: string;
  /** OAuth scope, such as `https://securitycenter.onmicrosoft.com/.default`. */
  readonly oAuthScope: string;
  /**
   * Microsoft Defender for Endpoint API address, such as `https://api.securitycenter.microsoft.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
}

/**
 * Secrets of the MicrosoftDefenderEndpointConnector (`.microsoft_defender_endpoint`): Kibana's
 * `secrets` object. Pass sensitive Terraform variables rather than literal values, which would be
 * written to the synthesized configuration in clear text.
 */
export interface MicrosoftDefenderEndpointConnectorSecrets {
  /** Client secret of the Microsoft Entra application. */
  readonly clientSecret: string;
}

/** Properties of the MicrosoftDefenderEndpointConnector (`.microsoft_defender_endpoint`). */
export interface MicrosoftDefenderEndpointConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: MicrosoftDefenderEndpointConnectorConfig;
  /** Connector secrets. */
  readonly secrets: MicrosoftDefenderEndpointConnectorSecrets;
}

/**
 * Runs response actions on hosts managed by Microsoft Defender for Endpoint.
 *
 * Kibana connector type `.microsoft_defender_endpoint` ("Microsoft Defender for Endpoint"); license:
 * enterprise or higher; supported features: endpointSecurity; Kibana versions: Kibana 8.18 and later
 * (evidence: elastic/kibana#203183 v8.18.0 v9.0.0, elastic/kibana#205012 v8.18.0 v9.0.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class MicrosoftDefenderEndpointConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.microsoft_defender_endpoint';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'enterprise';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['endpointSecurity'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.18';

  /**
   * Creates the MicrosoftDefenderEndpointConnector (`.microsoft_defender_endpoint`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: MicrosoftDefenderEndpointConnectorProps) {
    super(scope, id, typedConnectorProps(MICROSOFT_DEFENDER_ENDPOINT_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, MICROSOFT_DEFENDER_ENDPOINT_CONNECTOR_SPEC, props);
  }
}
