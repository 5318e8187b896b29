// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/gemini.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/gemini/schemas/v1.ts @ 2710ead (newest (zod
//     v4))
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/gemini/constants.ts @ 48c17d6 (newest)
//   elastic/kibana docs/reference/configuration-reference/alerting-settings.md (read by id 700658963) @ not
//     reported by index (docs 9.x)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import {
  checkFieldVersion,
  checkKnownKeys,
  checkNumber,
  checkRequired,
  checkSection,
  checkTargetKibana,
  checkUrl,
  compact,
} from '../validation';

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
   * Kibana's default depends on the version or on other fields: 'gemini-1.5-pro-001' (Kibana before 8.16.0);
   * 'gemini-1.5-pro-002' (Kibana 8.16.0 and later, before 8.19.0); 'gemini-1.5-pro-002' (Kibana 9.0.0
   * and later, before 9.1.0); 'gemini-2.5-pro' (Kibana 8.19.0 and later, before 9.0.0); 'gemini-2.5-pro'
   * (Kibana 9.1.0 and later). When unset, the construct sends the default of the target Kibana (context
   * key `kibanaVersion`, else the newest), so that Terraform sees no drift.
   * @default - Kibana's default for the target version (see above)
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
   *
   * Kibana 9.2.0 and later.
   * @default - none
   */
  readonly contextWindowLength?: number;
  /**
   * Sampling temperature used when a request sets none.
   *
   * Kibana 9.3.0 and later.
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
 * Fields are checked at synth (required fields, accepted values, URLs and the Kibana versions that
 * accept them, for the version of the context key `kibanaVersion`, else the newest Kibana); values
 * that are tokens are checked by Kibana when Terraform applies.
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
      config: buildConfig(props.config, KibanaTarget.of(scope)),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
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

/**
 * Kibana's `config` object, with the defaults Kibana would otherwise fill in (those of the target
 * Kibana).
 */
function buildConfig(config: GeminiConnectorConfig | undefined, kibana: KibanaTarget): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    apiUrl: config.apiUrl,
    defaultModel: config.defaultModel ?? configDefaultModelDefault(config, kibana),
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

/** Kibana's default of `config.defaultModel` for the target Kibana and the other fields. */
function configDefaultModelDefault(_config: Partial<GeminiConnectorConfig>, kibana: KibanaTarget): string | undefined {
  if (kibana.accepts(undefined, '8.16.0')) return 'gemini-1.5-pro-001';
  if (kibana.accepts('8.16.0', '8.19.0')) return 'gemini-1.5-pro-002';
  if (kibana.accepts('9.0.0', '9.1.0')) return 'gemini-1.5-pro-002';
  if (kibana.accepts('8.19.0', '9.0.0')) return 'gemini-2.5-pro';
  if (kibana.accepts('9.1.0', undefined)) return 'gemini-2.5-pro';
  return undefined;
}

/**
 * Synth-time checks of the GeminiConnector (`.gemini`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: GeminiConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.gemini', { since: '8.15' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.apiUrl, 'config.apiUrl', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
    checkRequired(config.gcpRegion, 'config.gcpRegion', problems);
    checkRequired(config.gcpProjectID, 'config.gcpProjectID', problems);
    checkNumber(config.contextWindowLength, 'config.contextWindowLength', 1, undefined, true, problems);
    checkFieldVersion(config.contextWindowLength, 'config.contextWindowLength', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.temperature, 'config.temperature', { since: '9.3.0' }, kibana, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', true, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkRequired(secrets.credentialsJson, 'secrets.credentialsJson', problems);
  }

  return problems;
}
