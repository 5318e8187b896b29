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
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import {
  checkOneOf,
  checkRequired,
  checkRequiredWhen,
  checkSection,
  checkTargetKibana,
  checkUrl,
  compact,
} from '../validation';
import { McpAuthType } from './enums';

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
   * Header that carries the API key (Kibana uses `X-API-Key` when unset).
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
 * generativeAIForSecurity, generativeAIForObservability, workflows; first Kibana version: 9.3.
 *
 * Fields are checked at synth (required fields, accepted values, URLs, the rules between fields and
 * the Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
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
    super(scope, id, {
      ...props,
      connectorTypeId: '.mcp',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_AUTH_TYPE_VALUES: readonly string[] = ['none', 'bearer', 'apiKey', 'basic'];

/** Kibana's `config` object, with the defaults Kibana would otherwise fill in. */
function buildConfig(config: McpConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    serverUrl: config.serverUrl,
    hasAuth: config.hasAuth ?? true,
    authType: config.authType,
    apiKeyHeaderName: config.apiKeyHeaderName,
    headers: config.headers,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: McpConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({
    token: secrets.token,
    apiKey: secrets.apiKey,
    user: secrets.user,
    password: secrets.password,
    secretHeaders: secrets.secretHeaders,
  });
}

/**
 * Synth-time checks of the McpConnector (`.mcp`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: McpConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.mcp', { since: '9.3' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkRequired(config.serverUrl, 'config.serverUrl', problems);
    checkUrl(config.serverUrl, 'config.serverUrl', problems);
    checkOneOf(config.authType, CONFIG_AUTH_TYPE_VALUES, 'config.authType', problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (config && secrets) {
    if (config.authType === 'bearer') {
      checkRequiredWhen(secrets.token, 'secrets.token', 'config.authType is "bearer"', problems);
    }
    if (config.authType === 'apiKey') {
      checkRequiredWhen(secrets.apiKey, 'secrets.apiKey', 'config.authType is "apiKey"', problems);
    }
    if (config.authType === 'basic') {
      checkRequiredWhen(secrets.user, 'secrets.user', 'config.authType is "basic"', problems);
      checkRequiredWhen(secrets.password, 'secrets.password', 'config.authType is "basic"', problems);
    }
  }

  return problems;
}
