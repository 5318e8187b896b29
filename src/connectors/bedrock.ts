// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/bedrock.json.
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { checkKnownKeys, checkNumber, checkRequired, checkSection, checkUrl, compact } from '../validation';

/** Configuration of the BedrockConnector (`.bedrock`): Kibana's `config` object. */
export interface BedrockConnectorConfig {
  /**
   * Bedrock runtime endpoint, such as `https://bedrock-runtime.us-east-1.amazonaws.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /**
   * Model used when a request names none. Written explicitly, as Kibana's own default changes between
   * versions.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
   */
  readonly defaultModel?: string;
  /**
   * Size of the model's context window, in tokens.
   *
   * At least 1, a whole number.
   * @default - none
   */
  readonly contextWindowLength?: number;
  /**
   * Sampling temperature used when a request sets none.
   * @default - none
   */
  readonly temperature?: number;
}

/**
 * Secrets of the BedrockConnector (`.bedrock`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface BedrockConnectorSecrets {
  /** AWS access key id. */
  readonly accessKey: string;
  /** AWS secret access key. */
  readonly secret: string;
}

/** Properties of the BedrockConnector (`.bedrock`). */
export interface BedrockConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: BedrockConnectorConfig;
  /** Connector secrets. */
  readonly secrets: BedrockConnectorSecrets;
}

/**
 * Talks to Amazon Bedrock for Kibana's AI features.
 *
 * Kibana connector type `.bedrock` ("Amazon Bedrock"); license: enterprise or higher; supported
 * features: generativeAIForSecurity, generativeAIForObservability, generativeAIForSearchPlayground,
 * workflows; first Kibana version: 8.11.
 *
 * Fields are checked at synth (required fields, accepted values, URLs); values that are tokens are
 * checked by Kibana when Terraform applies.
 */
export class BedrockConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.bedrock';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'enterprise';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = [
    'generativeAIForSecurity',
    'generativeAIForObservability',
    'generativeAIForSearchPlayground',
    'workflows',
  ];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.11';

  /**
   * Creates the BedrockConnector (`.bedrock`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: BedrockConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.bedrock',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props) });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'apiUrl',
  'defaultModel',
  'contextWindowLength',
  'temperature',
]);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['accessKey', 'secret']);

/** Kibana's `config` object, with the defaults Kibana would otherwise fill in. */
function buildConfig(config: BedrockConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    apiUrl: config.apiUrl,
    defaultModel: config.defaultModel ?? 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    contextWindowLength: config.contextWindowLength,
    temperature: config.temperature,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: BedrockConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ accessKey: secrets.accessKey, secret: secrets.secret });
}

/**
 * Synth-time checks of the BedrockConnector (`.bedrock`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: BedrockConnectorProps): string[] {
  const problems: string[] = [];
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.apiUrl, 'config.apiUrl', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
    checkNumber(config.contextWindowLength, 'config.contextWindowLength', 1, undefined, true, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', true, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkRequired(secrets.accessKey, 'secrets.accessKey', problems);
    checkRequired(secrets.secret, 'secrets.secret', problems);
  }

  return problems;
}
