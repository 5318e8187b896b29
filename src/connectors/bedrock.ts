// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/bedrock.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/bedrock/schemas/v1.ts @ 027ff21 (newest (zod
//     v4, lazySchema))
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/bedrock/constants.ts @ 1a7bf6c (newest)
//   elastic/kibana docs/reference/configuration-reference/alerting-settings.md (read by id 700658963) @ not
//     reported by index (docs (9.x))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { BEDROCK_CONNECTOR_SPEC } from './specs/bedrock';

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
   * Kibana's default depends on the version or on other fields:
   * 'anthropic.claude-3-sonnet-20240229-v1:0' (Kibana before 8.15.0);
   * 'anthropic.claude-3-5-sonnet-20240620-v1:0' (Kibana 8.15.0 and later, before 8.19.0; or Kibana 9.0.0
   * and later, before 9.1.0); 'us.anthropic.claude-3-7-sonnet-20250219-v1:0' (Kibana 8.19.0 and later,
   * before 9.0.0; or Kibana 9.1.0 and later, before 9.2.0);
   * 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' (Kibana 9.2.0 and later). When unset, the construct
   * sends the default of the target Kibana (context key `kibanaVersion`, else the newest), so that
   * Terraform sees no drift.
   * @default - Kibana's default for the target version (see above)
   */
  readonly defaultModel?: string;
  /**
   * Size of the model's context window, in tokens.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#228371 v9.2.0,
   * src/platform/packages/shared/kbn-connector-schemas/bedrock/schemas/v1.ts at 027ff21).
   * @default - none
   */
  readonly contextWindowLength?: number;
  /**
   * Sampling temperature used when a request sets none.
   *
   * Kibana 9.3.0 and later (evidence: elastic/kibana#239806, docs/release-notes/index.md at 007bb6d,
   * src/platform/packages/shared/kbn-connector-schemas/bedrock/schemas/v1.ts at 027ff21, unsettled).
   * @default - none
   */
  readonly temperature?: number;
  /**
   * AWS region of the Bedrock endpoint.
   *
   * Kibana 9.2.6 and later, before 9.3.0; or Kibana 9.4.0 and later (evidence: elastic/kibana#252956,
   * elastic/kibana#253129, docs/release-notes/index.md at 007bb6d,
   * src/platform/packages/shared/kbn-connector-schemas/bedrock/schemas/v1.ts at 027ff21, unsettled).
   * @default - none
   */
  readonly region?: string;
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
 * workflows; Kibana versions: Kibana 8.11 and later (evidence: elastic/kibana#166662).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
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
    super(scope, id, typedConnectorProps(BEDROCK_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, BEDROCK_CONNECTOR_SPEC, props);
  }
}
