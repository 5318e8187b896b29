// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/mcp.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/mcp/schemas/v1.ts @ 4562831 (newest)
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/mcp/schemas/v1.ts @ 076712a (early
//     (serverUrl + tools list; secrets.headers JSON string))
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/mcp/constants.ts @ d1ccb56 (newest)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { McpAuthType } from './enums';
import { MCP_CONNECTOR_SPEC } from './specs/mcp';

/** Configuration of the McpConnector (`.mcp`): Kibana's `config` object. */
export interface McpConnectorConfig {
  /**
   * Address of the MCP server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly serverUrl: string;
  /**
   * Whether requests carry credentials.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default true
   */
  readonly hasAuth?: boolean;
  /**
   * Authentication scheme.
   * @default - none
   */
  readonly authType?: McpAuthType;
  /**
   * Header that carries the API key (Kibana uses `X-API-Key` when unset); Kibana refuses an empty name.
   * @default - none
   */
  readonly apiKeyHeaderName?: string;
  /**
   * Extra HTTP headers that are not secret.
   * @default - none
   */
  readonly headers?: { [key: string]: string };
}

/**
 * Secrets of the McpConnector (`.mcp`): Kibana's `secrets` object. Pass sensitive Terraform variables
 * rather than literal values, which would be written to the synthesized configuration in clear text.
 */
export interface McpConnectorSecrets {
  /**
   * Bearer token.
   * @default - none
   */
  readonly token?: string;
  /**
   * API key.
   * @default - none
   */
  readonly apiKey?: string;
  /**
   * User name for basic authentication.
   * @default - none
   */
  readonly user?: string;
  /**
   * Password for basic authentication.
   * @default - none
   */
  readonly password?: string;
  /**
   * Headers whose values are secret.
   * @default - none
   */
  readonly secretHeaders?: { [key: string]: string };
}

/** Properties of the McpConnector (`.mcp`). */
export interface McpConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: McpConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: McpConnectorSecrets;
}

/**
 * Connects to a Model Context Protocol server (technical preview).
 *
 * Kibana connector type `.mcp` ("MCP"); license: enterprise or higher; supported features:
 * generativeAIForSecurity, generativeAIForObservability, workflows; Kibana versions: Kibana 9.3 and
 * later (evidence: docs/release-notes/index.md at 007bb6d, unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class McpConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.mcp';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'enterprise';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = [
    'generativeAIForSecurity',
    'generativeAIForObservability',
    'workflows',
  ];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '9.3';

  /**
   * Creates the McpConnector (`.mcp`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: McpConnectorProps) {
    super(scope, id, typedConnectorProps(MCP_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, MCP_CONNECTOR_SPEC, props);
  }
}
