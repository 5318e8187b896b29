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
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { GEMINI_CONNECTOR_SPEC } from './specs/gemini';

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
   * 'gemini-1.5-pro-002' (Kibana 8.16.0 and later, before 8.19.0; or Kibana 9.0.0 and later, before 9.1.0);
   * 'gemini-2.5-pro' (Kibana 8.19.0 and later, before 9.0.0; or Kibana 9.1.0 and later). When unset, the
   * construct sends the default of the target Kibana (context key `kibanaVersion`, else the newest), so
   * that Terraform sees no drift.
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
   * Kibana 9.2.0 and later (evidence: elastic/kibana#228371 v9.2.0).
   * @default - none
   */
  readonly contextWindowLength?: number;
  /**
   * Sampling temperature used when a request sets none.
   *
   * Kibana 9.3.0 and later (evidence: elastic/kibana#239806, docs/release-notes/index.md at 007bb6d,
   * unsettled).
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
 * workflows; Kibana versions: Kibana 8.15 and later (evidence: elastic/kibana#183668 v8.15.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
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
    super(scope, id, typedConnectorProps(GEMINI_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, GEMINI_CONNECTOR_SPEC, props);
  }
}
