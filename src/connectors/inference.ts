// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/inference.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/inference/schemas/v1.ts @ 1064da9 (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { InferenceProvider, InferenceTaskType } from './enums';
import { INFERENCE_CONNECTOR_SPEC } from './specs/inference';

/** Configuration of the InferenceConnector (`.inference`): Kibana's `config` object. */
export interface InferenceConnectorConfig {
  /**
   * Inference service, such as `openai`, `elastic` or `amazonbedrock`.
   *
   * Values that need another Kibana: `elastic` Kibana 8.18.0 and later (evidence: elastic/kibana#205672
   * v8.18.0).
   */
  readonly provider: InferenceProvider;
  /**
   * Task the endpoint performs.
   *
   * Values that need another Kibana: `chat_completion` Kibana 8.18.0 and later (evidence:
   * elastic/kibana#205672 v8.18.0, unsettled).
   */
  readonly taskType: InferenceTaskType;
  /** Id of the Elasticsearch inference endpoint. */
  readonly inferenceId: string;
  /**
   * Settings of the inference service, as Elasticsearch expects them.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default {}
   */
  readonly providerConfig?: { [key: string]: any };
  /**
   * Settings of the task.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default {}
   */
  readonly taskTypeConfig?: { [key: string]: any };
  /**
   * Size of the model's context window, in tokens.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#228371 v9.2.0, elastic/kibana#230005 v9.2.0).
   * @default - none
   */
  readonly contextWindowLength?: number;
  /**
   * Extra HTTP headers sent to the service.
   *
   * Kibana 9.3.0 and later (evidence: docs/release-notes/index.md at 007bb6d,
   * src/platform/packages/shared/kbn-connector-schemas/inference/schemas/v1.ts at 1064da9, unsettled).
   * @default - none
   */
  readonly headers?: { [key: string]: string };
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
 * Secrets of the InferenceConnector (`.inference`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface InferenceConnectorSecrets {
  /**
   * Credentials of the inference service, such as `{ api_key: ... }`.
   * @default - none
   */
  readonly providerSecrets?: { [key: string]: any };
}

/** Properties of the InferenceConnector (`.inference`). */
export interface InferenceConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: InferenceConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: InferenceConnectorSecrets;
}

/**
 * AI connector backed by an Elasticsearch inference endpoint, which Kibana creates and deletes with
 * the connector.
 *
 * Kibana connector type `.inference` ("AI Connector"); license: enterprise or higher; supported
 * features: generativeAIForSecurity, generativeAIForSearchPlayground, generativeAIForObservability,
 * workflows; Kibana versions: Kibana 8.16 and later (evidence: elastic/kibana#189027 v8.16.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class InferenceConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.inference';
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
  public static readonly FIRST_KIBANA_VERSION: string = '8.16';

  /**
   * Creates the InferenceConnector (`.inference`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: InferenceConnectorProps) {
    super(scope, id, typedConnectorProps(INFERENCE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, INFERENCE_CONNECTOR_SPEC, props);
  }
}
