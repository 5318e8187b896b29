// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/open-ai.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts @ e2971c7 (newest)
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts @ 5bb56f1 (newest
//     (other stored version))
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/openai/constants.ts @ 64590b2 (newest)
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/openai/constants.ts @ 538d041 (newest (other
//     stored version))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/common/openai/schema.ts @ 0935d44 (9.1-9.x
//     (kbn-config-schema; PKI + org/project; no Azure defaultModel))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/common/openai/constants.ts @ f07785a (9.x)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/common/openai/constants.ts @ cd2440c (9.x
//     (other stored version, DEFAULT_OPENAI_MODEL gpt-5-chat, DEFAULT_TIMEOUT_MS 120000))
//   elastic/kibana x-pack/plugins/stack_connectors/common/openai/schema.ts @ 125f023 (8.x (early:
//     OpenAI/Azure/Other, apiKey only, headers))
//   elastic/kibana x-pack/plugins/stack_connectors/common/openai/constants.ts @ 002975b (8.x early (providers
//     OpenAI + Azure only, default gpt-4))
//   elastic/kibana x-pack/plugins/stack_connectors/common/openai/constants.ts @ b66a3d9 (8.x later (Other
//     provider, default gpt-4o))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { OpenAiProvider, TlsVerificationMode } from './enums';
import { OPEN_AI_CONNECTOR_SPEC } from './specs/open-ai';

/** Configuration of the OpenAiConnector (`.gen-ai`): Kibana's `config` object. */
export interface OpenAiConnectorConfig {
  /** Service the connector talks to. */
  readonly apiProvider: OpenAiProvider;
  /**
   * Chat-completions endpoint of the service.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /**
   * Model used when a request names none. Required for `Other`. With `OpenAI`, Kibana stores its own
   * default model when unset (`gpt-4.1` in recent versions), which Terraform may then report as a
   * difference: set it explicitly.
   *
   * Kibana's default depends on the version or on other fields: 'gpt-4' (Kibana before 8.16.0, when
   * config.apiProvider is "OpenAI"); 'gpt-4o' (Kibana 8.16.0 and later, before 8.19.0; or Kibana 9.0.0
   * and later, before 9.1.0, when config.apiProvider is "OpenAI"); 'gpt-4.1' (Kibana 8.19.0 and later,
   * before 9.0.0; or Kibana 9.1.0 and later, when config.apiProvider is "OpenAI"). When unset, the
   * construct sends the default of the target Kibana (context key `kibanaVersion`, else the newest), so
   * that Terraform sees no drift.
   * @default - Kibana's default for the target version (see above)
   */
  readonly defaultModel?: string;
  /**
   * OpenAI organization id (`OpenAI` only).
   *
   * Kibana 8.18.0 and later (evidence: elastic/kibana#213760 v8.18.0 v8.19.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1, unsettled).
   * @default - none
   */
  readonly organizationId?: string;
  /**
   * OpenAI project id (`OpenAI` only).
   *
   * Kibana 8.18.0 and later (evidence: elastic/kibana#213760 v8.18.0 v8.19.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1, unsettled).
   * @default - none
   */
  readonly projectId?: string;
  /**
   * Extra HTTP headers sent with every request.
   * @default - none
   */
  readonly headers?: { [key: string]: string };
  /**
   * Size of the model's context window, in tokens.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#228371 v9.2.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1).
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
  /**
   * TLS verification mode (`Other` only).
   *
   * Kibana 8.19.0 and later, before 9.0.0; or Kibana 9.1.0 and later (evidence: elastic/kibana#215624
   * v8.19.0 v9.1.0, elastic/kibana#219984 v8.19.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1).
   * @default - Kibana uses 'full'
   */
  readonly verificationMode?: TlsVerificationMode;
  /**
   * Whether to use the model's native function calling (`Other` only).
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#232097 v9.2.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1).
   * @default - none
   */
  readonly enableNativeFunctionCalling?: boolean;
}

/**
 * Secrets of the OpenAiConnector (`.gen-ai`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface OpenAiConnectorSecrets {
  /**
   * API key of the service. Required for `OpenAI` and `Azure OpenAI`; optional for `Other` when a client
   * certificate is used.
   * @default - none
   */
  readonly apiKey?: string;
  /**
   * PEM client certificate for mutual TLS (`Other` only).
   *
   * Kibana 8.19.0 and later, before 9.0.0; or Kibana 9.1.0 and later (evidence: elastic/kibana#215624
   * v8.19.0 v9.1.0, elastic/kibana#219984 v8.19.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1).
   * @default - none
   */
  readonly certificateData?: string;
  /**
   * PEM private key of the client certificate (`Other` only).
   *
   * Kibana 8.19.0 and later, before 9.0.0; or Kibana 9.1.0 and later (evidence: elastic/kibana#215624
   * v8.19.0 v9.1.0, elastic/kibana#219984 v8.19.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1).
   * @default - none
   */
  readonly privateKeyData?: string;
  /**
   * PEM certificate of a certificate authority to trust (`Other` only).
   *
   * Kibana 8.19.0 and later, before 9.0.0; or Kibana 9.1.0 and later (evidence: elastic/kibana#215624
   * v8.19.0 v9.1.0, elastic/kibana#219984 v8.19.0,
   * src/platform/packages/shared/kbn-connector-schemas/openai/schemas/v1.ts at 5bb56f1).
   * @default - none
   */
  readonly caData?: string;
}

/** Properties of the OpenAiConnector (`.gen-ai`). */
export interface OpenAiConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: OpenAiConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: OpenAiConnectorSecrets;
}

/**
 * Talks to OpenAI, Azure OpenAI or any OpenAI-compatible service for Kibana's AI features.
 *
 * Kibana connector type `.gen-ai` ("OpenAI"); license: enterprise or higher; supported features:
 * generativeAIForSecurity, generativeAIForObservability, generativeAIForSearchPlayground; Kibana
 * versions: Kibana 8.10 and later (evidence: elastic/kibana#157228, elastic/kibana#158423 v8.10.0,
 * unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class OpenAiConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.gen-ai';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'enterprise';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = [
    'generativeAIForSecurity',
    'generativeAIForObservability',
    'generativeAIForSearchPlayground',
  ];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.10';

  /**
   * Creates the OpenAiConnector (`.gen-ai`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: OpenAiConnectorProps) {
    super(scope, id, typedConnectorProps(OPEN_AI_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, OPEN_AI_CONNECTOR_SPEC, props);
  }
}
