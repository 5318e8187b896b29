// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/thehive.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/thehive/schemas/v1.ts @ 174aa4c (newest (zod
//     v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import { checkKnownKeys, checkRequired, checkSection, checkTargetKibana, checkUrl, compact } from '../validation';

/** Configuration of the TheHiveConnector (`.thehive`): Kibana's `config` object. */
export interface TheHiveConnectorConfig {
  /**
   * Address of the TheHive server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
  /**
   * TheHive organisation to use.
   * @default - none
   */
  readonly organisation?: string;
}

/**
 * Secrets of the TheHiveConnector (`.thehive`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface TheHiveConnectorSecrets {
  /** TheHive API key. */
  readonly apiKey: string;
}

/** Properties of the TheHiveConnector (`.thehive`). */
export interface TheHiveConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: TheHiveConnectorConfig;
  /** Connector secrets. */
  readonly secrets: TheHiveConnectorSecrets;
}

/**
 * Creates cases and alerts in TheHive.
 *
 * Kibana connector type `.thehive` ("TheHive"); license: platinum or higher; supported features:
 * alerting, siem, uptime, cases, workflows; first Kibana version: 8.16.
 *
 * Fields are checked at synth (required fields, accepted values, URLs and the Kibana versions that
 * accept them, for the version of the context key `kibanaVersion`, else the newest Kibana); values
 * that are tokens are checked by Kibana when Terraform applies.
 */
export class TheHiveConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.thehive';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem', 'uptime', 'cases', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.16';

  /**
   * Creates the TheHiveConnector (`.thehive`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: TheHiveConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.thehive',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>(['url', 'organisation']);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['apiKey']);

/** Kibana's `config` object. */
function buildConfig(config: TheHiveConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({ url: config.url, organisation: config.organisation });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: TheHiveConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ apiKey: secrets.apiKey });
}

/**
 * Synth-time checks of the TheHiveConnector (`.thehive`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: TheHiveConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.thehive', { since: '8.16' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.url, 'config.url', problems);
    checkUrl(config.url, 'config.url', problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', true, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkRequired(secrets.apiKey, 'secrets.apiKey', problems);
  }

  return problems;
}
