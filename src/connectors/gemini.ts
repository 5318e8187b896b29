// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/gemini.json.
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { checkKnownKeys, checkNumber, checkRequired, checkSection, checkUrl, compact } from '../validation';

/** Configuration of the GeminiConnector (`.gemini`): Kibana's `config` object. */
export interface GeminiConnectorConfig {
  /**
   * Vertex AI endpoint, such as `https://us-central1-aiplatform.googleapis.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /**
   * Model used when a request names none. Written explicitly, as Kibana's own default changes between
   * versions.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default 'gemini-2.5-pro'
   */
  readonly defaultModel?: string;
  /** Google Cloud region of the model. */
  readonly gcpRegion: string;
  /** Google Cloud project id. */
  readonly gcpProjectID: string;
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
 * Secrets of the GeminiConnector (`.gemini`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface GeminiConnectorSecrets {
  /** Google Cloud service-account key, as JSON text. */
  readonly credentialsJson: string;
}

/** Properties of the GeminiConnector (`.gemini`). */
export interface GeminiConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: GeminiConnectorConfig;
  /** Connector secrets. */
  readonly secrets: GeminiConnectorSecrets;
}

/**
 * Talks to Google Gemini on Vertex AI for Kibana's AI features.
 *
 * Kibana connector type `.gemini` ("Google Gemini"); license: enterprise or higher; supported
 * features: generativeAIForSecurity, generativeAIForSearchPlayground, generativeAIForObservability,
 * workflows; first Kibana version: 8.15.
 *
 * Fields are checked at synth (required fields, accepted values, URLs); values that are tokens are
 * checked by Kibana when Terraform applies.
 */
export class GeminiConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.gemini';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'enterprise';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = [
    'generativeAIForSecurity',
    'generativeAIForSearchPlayground',
    'generativeAIForObservability',
    'workflows',
  ];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.15';

  /**
   * Creates the GeminiConnector (`.gemini`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: GeminiConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.gemini',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props) });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'apiUrl',
  'defaultModel',
  'gcpRegion',
  'gcpProjectID',
  'contextWindowLength',
  'temperature',
]);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['credentialsJson']);

/** Kibana's `config` object, with the defaults Kibana would otherwise fill in. */
function buildConfig(config: GeminiConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    apiUrl: config.apiUrl,
    defaultModel: config.defaultModel ?? 'gemini-2.5-pro',
    gcpRegion: config.gcpRegion,
    gcpProjectID: config.gcpProjectID,
    contextWindowLength: config.contextWindowLength,
    temperature: config.temperature,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: GeminiConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ credentialsJson: secrets.credentialsJson });
}

/**
 * Synth-time checks of the GeminiConnector (`.gemini`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: GeminiConnectorProps): string[] {
  const problems: string[] = [];
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.apiUrl, 'config.apiUrl', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
    checkRequired(config.gcpRegion, 'config.gcpRegion', problems);
    checkRequired(config.gcpProjectID, 'config.gcpProjectID', problems);
    checkNumber(config.contextWindowLength, 'config.contextWindowLength', 1, undefined, true, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', true, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkRequired(secrets.credentialsJson, 'secrets.credentialsJson', problems);
  }

  return problems;
}
