// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/xsoar.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/xsoar/schemas/v1.ts @ 74d1c62 (newest (zod
//     v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import { checkKnownKeys, checkRequired, checkSection, checkTargetKibana, checkUrl, compact } from '../validation';

/** Configuration of the XsoarConnector (`.xsoar`): Kibana's `config` object. */
export interface XsoarConnectorConfig {
  /**
   * Address of the XSOAR server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
}

/**
 * Secrets of the XsoarConnector (`.xsoar`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface XsoarConnectorSecrets {
  /** XSOAR API key. */
  readonly apiKey: string;
  /**
   * XSOAR API key id; needed for XSOAR cloud instances.
   * @default - none
   */
  readonly apiKeyID?: string;
}

/** Properties of the XsoarConnector (`.xsoar`). */
export interface XsoarConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: XsoarConnectorConfig;
  /** Connector secrets. */
  readonly secrets: XsoarConnectorSecrets;
}

/**
 * Creates incidents in Palo Alto Cortex XSOAR; usable from Security only.
 *
 * Kibana connector type `.xsoar` ("XSOAR"); license: platinum or higher; supported features: siem;
 * first Kibana version: 9.1.
 *
 * Fields are checked at synth (required fields, accepted values, URLs and the Kibana versions that
 * accept them, for the version of the context key `kibanaVersion`, else the newest Kibana); values
 * that are tokens are checked by Kibana when Terraform applies.
 */
export class XsoarConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.xsoar';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '9.1';

  /**
   * Creates the XsoarConnector (`.xsoar`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: XsoarConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.xsoar',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>(['url']);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['apiKey', 'apiKeyID']);

/** Kibana's `config` object. */
function buildConfig(config: XsoarConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({ url: config.url });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: XsoarConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ apiKey: secrets.apiKey, apiKeyID: secrets.apiKeyID });
}

/**
 * Synth-time checks of the XsoarConnector (`.xsoar`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: XsoarConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.xsoar', { since: '9.1' }, problems);
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
