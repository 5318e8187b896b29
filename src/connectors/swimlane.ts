// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/swimlane.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/swimlane/schemas/v1.ts @ 1064da9 (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import {
  checkKnownKeys,
  checkOneOf,
  checkRequired,
  checkSection,
  checkStruct,
  checkTargetKibana,
  checkUrl,
  compact,
} from '../validation';
import { SwimlaneConnectorType } from './enums';

/**
 * A Swimlane application field that receives one piece of alert or case data.
 *
 * Used by the SwimlaneConnector (`.swimlane`).
 */
export interface SwimlaneFieldMapping {
  /** Field id in the Swimlane application. */
  readonly id: string;
  /** Field key in the Swimlane application. */
  readonly key: string;
  /** Field name in the Swimlane application. */
  readonly name: string;
  /** Field type in the Swimlane application, such as `text` or `comments`. */
  readonly fieldType: string;
}

/**
 * Which Swimlane fields receive which alert or case data.
 *
 * Used by the SwimlaneConnector (`.swimlane`).
 */
export interface SwimlaneMappings {
  /**
   * Field for the rule name.
   * @default - none
   */
  readonly ruleNameConfig?: SwimlaneFieldMapping;
  /**
   * Field for the alert id.
   * @default - none
   */
  readonly alertIdConfig?: SwimlaneFieldMapping;
  /**
   * Field for the case id.
   * @default - none
   */
  readonly caseIdConfig?: SwimlaneFieldMapping;
  /**
   * Field for the case name.
   * @default - none
   */
  readonly caseNameConfig?: SwimlaneFieldMapping;
  /**
   * Field for comments.
   * @default - none
   */
  readonly commentsConfig?: SwimlaneFieldMapping;
  /**
   * Field for the severity.
   * @default - none
   */
  readonly severityConfig?: SwimlaneFieldMapping;
  /**
   * Field for the description.
   * @default - none
   */
  readonly descriptionConfig?: SwimlaneFieldMapping;
}

/** Configuration of the SwimlaneConnector (`.swimlane`): Kibana's `config` object. */
export interface SwimlaneConnectorConfig {
  /**
   * Address of the Swimlane server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /** Id of the Swimlane application records are created in. */
  readonly appId: string;
  /** Whether the connector handles alerts, cases or both. */
  readonly connectorType: SwimlaneConnectorType;
  /** Field mappings between Kibana data and the Swimlane application. */
  readonly mappings: SwimlaneMappings;
}

/**
 * Secrets of the SwimlaneConnector (`.swimlane`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface SwimlaneConnectorSecrets {
  /** Swimlane API token. */
  readonly apiToken: string;
}

/** Properties of the SwimlaneConnector (`.swimlane`). */
export interface SwimlaneConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: SwimlaneConnectorConfig;
  /** Connector secrets. */
  readonly secrets: SwimlaneConnectorSecrets;
}

/**
 * Creates records in a Swimlane application.
 *
 * Kibana connector type `.swimlane` ("Swimlane"); license: gold or higher; supported features:
 * alerting, cases, siem; first Kibana version: 7.14.
 *
 * Fields are checked at synth (required fields, accepted values, URLs and the Kibana versions that
 * accept them, for the version of the context key `kibanaVersion`, else the newest Kibana); values
 * that are tokens are checked by Kibana when Terraform applies.
 */
export class SwimlaneConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.swimlane';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.14';

  /**
   * Creates the SwimlaneConnector (`.swimlane`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: SwimlaneConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.swimlane',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_CONNECTOR_TYPE_VALUES: readonly string[] = ['all', 'alerts', 'cases'];
const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>(['apiUrl', 'appId', 'connectorType', 'mappings']);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['apiToken']);

/** Kibana's `config` object. */
function buildConfig(config: SwimlaneConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    apiUrl: config.apiUrl,
    appId: config.appId,
    connectorType: config.connectorType,
    mappings: config.mappings,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: SwimlaneConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ apiToken: secrets.apiToken });
}

/**
 * Synth-time checks of the SwimlaneConnector (`.swimlane`), generated from its catalog entry. Tokens
 * are skipped.
 */
function validate(props: SwimlaneConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.swimlane', { since: '7.14' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.apiUrl, 'config.apiUrl', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
    checkRequired(config.appId, 'config.appId', problems);
    checkRequired(config.connectorType, 'config.connectorType', problems);
    checkOneOf(config.connectorType, CONFIG_CONNECTOR_TYPE_VALUES, 'config.connectorType', problems);
    checkRequired(config.mappings, 'config.mappings', problems);
    checkStruct(config.mappings, 'config.mappings', checkSwimlaneMappings, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', true, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkRequired(secrets.apiToken, 'secrets.apiToken', problems);
  }

  return problems;
}

function checkSwimlaneMappings(v: SwimlaneMappings, path: string, problems: string[]): void {
  checkStruct(v.ruleNameConfig, `${path}.ruleNameConfig`, checkSwimlaneFieldMapping, problems);
  checkStruct(v.alertIdConfig, `${path}.alertIdConfig`, checkSwimlaneFieldMapping, problems);
  checkStruct(v.caseIdConfig, `${path}.caseIdConfig`, checkSwimlaneFieldMapping, problems);
  checkStruct(v.caseNameConfig, `${path}.caseNameConfig`, checkSwimlaneFieldMapping, problems);
  checkStruct(v.commentsConfig, `${path}.commentsConfig`, checkSwimlaneFieldMapping, problems);
  checkStruct(v.severityConfig, `${path}.severityConfig`, checkSwimlaneFieldMapping, problems);
  checkStruct(v.descriptionConfig, `${path}.descriptionConfig`, checkSwimlaneFieldMapping, problems);
}

function checkSwimlaneFieldMapping(v: SwimlaneFieldMapping, path: string, problems: string[]): void {
  checkRequired(v.id, `${path}.id`, problems);
  checkRequired(v.key, `${path}.key`, problems);
  checkRequired(v.name, `${path}.name`, problems);
  checkRequired(v.fieldType, `${path}.fieldType`, problems);
}
