// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/inference.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/inference/schemas/v1.ts @ 1064da9 (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import { checkKnownKeys, checkNumber, checkRequired, checkSection, checkTargetKibana, compact } from '../validation';
import { InferenceTaskType } from './enums';

/** Configuration of the InferenceConnector (`.inference`): Kibana's `config` object. */
export interface InferenceConnectorConfig {
  /** Inference service, such as `openai`, `elastic` or `amazonbedrock`. */
  readonly provider: string;
  /**
   * Task the endpoint performs.
   *
   * Kibana also accepts values outside `InferenceTaskType`; they are not checked here.
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
   * At least 1, a whole number.
   * @default - none
   */
  readonly contextWindowLength?: number;
  /**
   * Extra HTTP headers sent to the service.
   * @default - none
   */
  readonly headers?: { [key: string]: string };
  /**
   * Sampling temperature used when a request sets none.
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
 * workflows; first Kibana version: 8.16.
 *
 * Fields are checked at synth (required fields, accepted values, URLs and the Kibana versions that
 * accept them, for the version of the context key `kibanaVersion`, else the newest Kibana); values
 * that are tokens are checked by Kibana when Terraform applies.
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
    super(scope, id, {
      ...props,
      connectorTypeId: '.inference',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'provider',
  'taskType',
  'inferenceId',
  'providerConfig',
  'taskTypeConfig',
  'contextWindowLength',
  'headers',
  'temperature',
]);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['providerSecrets']);

/** Kibana's `config` object, with the defaults Kibana would otherwise fill in. */
function buildConfig(config: InferenceConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    provider: config.provider,
    taskType: config.taskType,
    inferenceId: config.inferenceId,
    providerConfig: config.providerConfig ?? {},
    taskTypeConfig: config.taskTypeConfig ?? {},
    contextWindowLength: config.contextWindowLength,
    headers: config.headers,
    temperature: config.temperature,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: InferenceConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ providerSecrets: secrets.providerSecrets });
}

/**
 * Synth-time checks of the InferenceConnector (`.inference`), generated from its catalog entry. Tokens
 * are skipped.
 */
function validate(props: InferenceConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.inference', { since: '8.16' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.provider, 'config.provider', problems);
    checkRequired(config.taskType, 'config.taskType', problems);
    checkRequired(config.inferenceId, 'config.inferenceId', problems);
    checkNumber(config.contextWindowLength, 'config.contextWindowLength', 1, undefined, true, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
  }

  return problems;
}
