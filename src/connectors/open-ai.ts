// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/gen-ai.json.
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
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import {
  checkAnyOfWhen,
  checkFieldVersion,
  checkForbiddenWhen,
  checkKnownKeys,
  checkNumber,
  checkOneOf,
  checkRequired,
  checkRequiredWhen,
  checkSection,
  checkTargetKibana,
  checkTogether,
  checkUrl,
  compact,
  isKnown,
} from '../validation';
import { OpenAiProvider, TlsVerificationMode } from './enums';

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
   * Kibana 8.10.0 and later.
   *
   * Kibana's default depends on the version or on other fields: 'gpt-4' (Kibana before 8.16.0, when
   * config.apiProvider is "OpenAI"); 'gpt-4o' (Kibana 8.16.0 and later, before 8.19.0, when
   * config.apiProvider is "OpenAI"); 'gpt-4o' (Kibana 9.0.0 and later, before 9.1.0, when
   * config.apiProvider is "OpenAI"); 'gpt-4.1' (Kibana 8.19.0 and later, before 9.0.0, when
   * config.apiProvider is "OpenAI"); 'gpt-4.1' (Kibana 9.1.0 and later, when config.apiProvider is
   * "OpenAI"). When unset, the construct sends the default of the target Kibana (context key
   * `kibanaVersion`, else the newest), so that Terraform sees no drift.
   * @default - Kibana's default for the target version (see above)
   */
  readonly defaultModel?: string;
  /**
   * OpenAI organization id (`OpenAI` only).
   *
   * Kibana 8.18.0 and later.
   * @default - none
   */
  readonly organizationId?: string;
  /**
   * OpenAI project id (`OpenAI` only).
   *
   * Kibana 8.18.0 and later.
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
  /**
   * TLS verification mode (`Other` only). Kibana 8.19 has it too (a backport); the catalog names 9.1.0,
   * the first 9.x release with it.
   *
   * Kibana 9.1.0 and later.
   * @default - Kibana uses 'full'
   */
  readonly verificationMode?: TlsVerificationMode;
  /**
   * Whether to use the model's native function calling (`Other` only).
   *
   * Kibana 9.2.0 and later.
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
   * PEM client certificate for mutual TLS (`Other` only). Kibana 8.19 has it too (a backport); the
   * catalog names 9.1.0, the first 9.x release with it.
   *
   * Kibana 9.1.0 and later.
   * @default - none
   */
  readonly certificateData?: string;
  /**
   * PEM private key of the client certificate (`Other` only). Kibana 8.19 has it too (a backport); the
   * catalog names 9.1.0, the first 9.x release with it.
   *
   * Kibana 9.1.0 and later.
   * @default - none
   */
  readonly privateKeyData?: string;
  /**
   * PEM certificate of a certificate authority to trust (`Other` only). Kibana 8.19 has it too (a
   * backport); the catalog names 9.1.0, the first 9.x release with it.
   *
   * Kibana 9.1.0 and later.
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
 * generativeAIForSecurity, generativeAIForObservability, generativeAIForSearchPlayground; first Kibana
 * version: 8.10.
 *
 * Fields are checked at synth (required fields, accepted values, URLs, the rules between fields and
 * the Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
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
    super(scope, id, {
      ...props,
      connectorTypeId: '.gen-ai',
      config: buildConfig(props.config, KibanaTarget.of(scope)),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_API_PROVIDER_VALUES: readonly string[] = ['OpenAI', 'Azure OpenAI', 'Other'];
const CONFIG_VERIFICATION_MODE_VALUES: readonly string[] = ['full', 'certificate', 'none'];
const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'apiProvider',
  'apiUrl',
  'defaultModel',
  'organizationId',
  'projectId',
  'headers',
  'contextWindowLength',
  'temperature',
  'verificationMode',
  'enableNativeFunctionCalling',
]);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'apiKey',
  'certificateData',
  'privateKeyData',
  'caData',
]);

/**
 * Kibana's `config` object, with the defaults Kibana would otherwise fill in (those of the target
 * Kibana).
 */
function buildConfig(config: OpenAiConnectorConfig | undefined, kibana: KibanaTarget): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    apiProvider: config.apiProvider,
    apiUrl: config.apiUrl,
    defaultModel: config.defaultModel ?? configDefaultModelDefault(config, kibana),
    organizationId: config.organizationId,
    projectId: config.projectId,
    headers: config.headers,
    contextWindowLength: config.contextWindowLength,
    temperature: config.temperature,
    verificationMode: config.verificationMode,
    enableNativeFunctionCalling: config.enableNativeFunctionCalling,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: OpenAiConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({
    apiKey: secrets.apiKey,
    certificateData: secrets.certificateData,
    privateKeyData: secrets.privateKeyData,
    caData: secrets.caData,
  });
}

/** Kibana's default of `config.defaultModel` for the target Kibana and the other fields. */
function configDefaultModelDefault(config: Partial<OpenAiConnectorConfig>, kibana: KibanaTarget): string | undefined {
  if (kibana.accepts(undefined, '8.16.0') && config.apiProvider === 'OpenAI') return 'gpt-4';
  if (kibana.accepts('8.16.0', '8.19.0') && config.apiProvider === 'OpenAI') return 'gpt-4o';
  if (kibana.accepts('9.0.0', '9.1.0') && config.apiProvider === 'OpenAI') return 'gpt-4o';
  if (kibana.accepts('8.19.0', '9.0.0') && config.apiProvider === 'OpenAI') return 'gpt-4.1';
  if (kibana.accepts('9.1.0', undefined) && config.apiProvider === 'OpenAI') return 'gpt-4.1';
  return undefined;
}

/**
 * Synth-time checks of the OpenAiConnector (`.gen-ai`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: OpenAiConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.gen-ai', { since: '8.10' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.apiProvider, 'config.apiProvider', problems);
    checkOneOf(config.apiProvider, CONFIG_API_PROVIDER_VALUES, 'config.apiProvider', problems);
    checkRequired(config.apiUrl, 'config.apiUrl', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
    checkNumber(config.contextWindowLength, 'config.contextWindowLength', 1, undefined, true, problems);
    checkOneOf(config.verificationMode, CONFIG_VERIFICATION_MODE_VALUES, 'config.verificationMode', problems);
    checkFieldVersion(config.defaultModel, 'config.defaultModel', { since: '8.10.0' }, kibana, problems);
    checkFieldVersion(config.organizationId, 'config.organizationId', { since: '8.18.0' }, kibana, problems);
    checkFieldVersion(config.projectId, 'config.projectId', { since: '8.18.0' }, kibana, problems);
    checkFieldVersion(config.contextWindowLength, 'config.contextWindowLength', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.temperature, 'config.temperature', { since: '9.3.0' }, kibana, problems);
    checkFieldVersion(config.verificationMode, 'config.verificationMode', { since: '9.1.0' }, kibana, problems);
    checkFieldVersion(
      config.enableNativeFunctionCalling,
      'config.enableNativeFunctionCalling',
      { since: '9.2.0' },
      kibana,
      problems,
    );
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkFieldVersion(secrets.certificateData, 'secrets.certificateData', { since: '9.1.0' }, kibana, problems);
    checkFieldVersion(secrets.privateKeyData, 'secrets.privateKeyData', { since: '9.1.0' }, kibana, problems);
    checkFieldVersion(secrets.caData, 'secrets.caData', { since: '9.1.0' }, kibana, problems);
  }

  if (config && secrets) {
    if ((config.apiProvider === 'OpenAI' || config.apiProvider === 'Azure OpenAI')) {
      checkRequiredWhen(secrets.apiKey, 'secrets.apiKey', 'config.apiProvider is "OpenAI" or "Azure OpenAI"', problems);
    }
    if (config.apiProvider === 'Other') {
      checkRequiredWhen(config.defaultModel, 'config.defaultModel', 'config.apiProvider is "Other"', problems);
    }
    if (config.apiProvider === 'Other') {
      checkAnyOfWhen(
        [secrets.apiKey, secrets.certificateData],
        ['secrets.apiKey', 'secrets.certificateData'],
        'config.apiProvider is "Other"',
        problems,
      );
    }
    if ((isKnown(config.apiProvider) && config.apiProvider !== 'OpenAI')) {
      checkForbiddenWhen(
        config.organizationId,
        'config.organizationId',
        'config.apiProvider is not "OpenAI"',
        problems,
      );
      checkForbiddenWhen(config.projectId, 'config.projectId', 'config.apiProvider is not "OpenAI"', problems);
    }
    if ((isKnown(config.apiProvider) && config.apiProvider !== 'Other')) {
      checkForbiddenWhen(
        config.verificationMode,
        'config.verificationMode',
        'config.apiProvider is not "Other"',
        problems,
      );
      checkForbiddenWhen(
        config.enableNativeFunctionCalling,
        'config.enableNativeFunctionCalling',
        'config.apiProvider is not "Other"',
        problems,
      );
      checkForbiddenWhen(
        secrets.certificateData,
        'secrets.certificateData',
        'config.apiProvider is not "Other"',
        problems,
      );
      checkForbiddenWhen(
        secrets.privateKeyData,
        'secrets.privateKeyData',
        'config.apiProvider is not "Other"',
        problems,
      );
      checkForbiddenWhen(secrets.caData, 'secrets.caData', 'config.apiProvider is not "Other"', problems);
    }
    checkTogether(
      [secrets.certificateData, secrets.privateKeyData],
      ['secrets.certificateData', 'secrets.privateKeyData'],
      [],
      problems,
    );
    if (kibana.accepts(undefined, '9.2.5') && config.apiProvider === 'Azure OpenAI') {
      checkForbiddenWhen(config.defaultModel, 'config.defaultModel', 'config.apiProvider is "Azure OpenAI"', problems);
    }
    if (kibana.accepts('9.3.0', '9.3.1') && config.apiProvider === 'Azure OpenAI') {
      checkForbiddenWhen(config.defaultModel, 'config.defaultModel', 'config.apiProvider is "Azure OpenAI"', problems);
    }
  }

  return problems;
}
