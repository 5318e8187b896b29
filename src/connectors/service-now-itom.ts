// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/servicenow-itom.json.
// The catalog entry was checked against:
//   elastic/kibana
//     x-pack/platform/plugins/shared/stack_connectors/server/connector_types/lib/servicenow/validators.ts @ 089d9d1
//     (newest (imports @kbn/connector-schemas/servicenow))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/lib/servicenow/schema.ts @
//     4428bc1 (9.x zod (transitional, before move into kbn-connector-schemas))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import {
  checkFieldVersion,
  checkForbiddenWhen,
  checkKnownKeys,
  checkRequired,
  checkRequiredWhen,
  checkSection,
  checkTargetKibana,
  checkTogether,
  checkUrl,
  compact,
} from '../validation';

/** Configuration of the ServiceNowItomConnector (`.servicenow-itom`): Kibana's `config` object. */
export interface ServiceNowItomConnectorConfig {
  /**
   * Address of the ServiceNow instance.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /**
   * Whether to authenticate with OAuth (JWT) instead of a user name and password.
   *
   * Kibana 8.3.0 and later.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default false
   */
  readonly isOAuth?: boolean;
  /**
   * Value of the ServiceNow user identifier field, for OAuth.
   *
   * Kibana 8.3.0 and later.
   * @default - none
   */
  readonly userIdentifierValue?: string;
  /**
   * Client id of the ServiceNow OAuth application.
   *
   * Kibana 8.3.0 and later.
   * @default - none
   */
  readonly clientId?: string;
  /**
   * Key id of the JWT verifier map, for OAuth.
   *
   * Kibana 8.3.0 and later.
   * @default - none
   */
  readonly jwtKeyId?: string;
}

/**
 * Secrets of the ServiceNowItomConnector (`.servicenow-itom`): Kibana's `secrets` object. Pass
 * sensitive Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ServiceNowItomConnectorSecrets {
  /**
   * ServiceNow user name, for basic authentication.
   * @default - none
   */
  readonly username?: string;
  /**
   * ServiceNow password, for basic authentication.
   * @default - none
   */
  readonly password?: string;
  /**
   * Client secret of the OAuth application.
   *
   * Kibana 8.3.0 and later.
   * @default - none
   */
  readonly clientSecret?: string;
  /**
   * PEM private key that signs the JWT, for OAuth.
   *
   * Kibana 8.3.0 and later.
   * @default - none
   */
  readonly privateKey?: string;
  /**
   * Passphrase of the private key.
   *
   * Kibana 8.3.0 and later.
   * @default - none
   */
  readonly privateKeyPassword?: string;
}

/** Properties of the ServiceNowItomConnector (`.servicenow-itom`). */
export interface ServiceNowItomConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ServiceNowItomConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: ServiceNowItomConnectorSecrets;
}

/**
 * Creates events in ServiceNow ITOM.
 *
 * Kibana connector type `.servicenow-itom` ("ServiceNow ITOM"); license: platinum or higher; supported
 * features: alerting, siem, workflows; first Kibana version: 8.3.
 *
 * Fields are checked at synth (required fields, accepted values, URLs, the rules between fields and
 * the Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class ServiceNowItomConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.servicenow-itom';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.3';

  /**
   * Creates the ServiceNowItomConnector (`.servicenow-itom`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ServiceNowItomConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.servicenow-itom',
      config: buildConfig(props.config, KibanaTarget.of(scope)),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'apiUrl',
  'isOAuth',
  'userIdentifierValue',
  'clientId',
  'jwtKeyId',
]);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'username',
  'password',
  'clientSecret',
  'privateKey',
  'privateKeyPassword',
]);

/**
 * Kibana's `config` object, with the defaults Kibana would otherwise fill in (those of the target
 * Kibana).
 */
function buildConfig(config: ServiceNowItomConnectorConfig | undefined, kibana: KibanaTarget): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    apiUrl: config.apiUrl,
    isOAuth: config.isOAuth ?? configIsOAuthDefault(config, kibana),
    userIdentifierValue: config.userIdentifierValue,
    clientId: config.clientId,
    jwtKeyId: config.jwtKeyId,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: ServiceNowItomConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({
    username: secrets.username,
    password: secrets.password,
    clientSecret: secrets.clientSecret,
    privateKey: secrets.privateKey,
    privateKeyPassword: secrets.privateKeyPassword,
  });
}

/** Kibana's default of `config.isOAuth` for the target Kibana and the other fields. */
function configIsOAuthDefault(
  _config: Partial<ServiceNowItomConnectorConfig>,
  kibana: KibanaTarget,
): boolean | undefined {
  if (kibana.accepts('8.3.0', undefined)) return false;
  return undefined;
}

/**
 * Synth-time checks of the ServiceNowItomConnector (`.servicenow-itom`), generated from its catalog
 * entry. Tokens are skipped.
 */
function validate(props: ServiceNowItomConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.servicenow-itom', { since: '8.3' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.apiUrl, 'config.apiUrl', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
    checkFieldVersion(config.isOAuth, 'config.isOAuth', { since: '8.3.0' }, kibana, problems);
    checkFieldVersion(config.userIdentifierValue, 'config.userIdentifierValue', { since: '8.3.0' }, kibana, problems);
    checkFieldVersion(config.clientId, 'config.clientId', { since: '8.3.0' }, kibana, problems);
    checkFieldVersion(config.jwtKeyId, 'config.jwtKeyId', { since: '8.3.0' }, kibana, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkFieldVersion(secrets.clientSecret, 'secrets.clientSecret', { since: '8.3.0' }, kibana, problems);
    checkFieldVersion(secrets.privateKey, 'secrets.privateKey', { since: '8.3.0' }, kibana, problems);
    checkFieldVersion(secrets.privateKeyPassword, 'secrets.privateKeyPassword', { since: '8.3.0' }, kibana, problems);
  }

  if (config && secrets) {
    if ((config.isOAuth ?? false) === false) {
      checkRequiredWhen(secrets.username, 'secrets.username', 'config.isOAuth is false', problems);
      checkRequiredWhen(secrets.password, 'secrets.password', 'config.isOAuth is false', problems);
      checkForbiddenWhen(config.clientId, 'config.clientId', 'config.isOAuth is false', problems);
      checkForbiddenWhen(config.userIdentifierValue, 'config.userIdentifierValue', 'config.isOAuth is false', problems);
      checkForbiddenWhen(config.jwtKeyId, 'config.jwtKeyId', 'config.isOAuth is false', problems);
      checkForbiddenWhen(secrets.clientSecret, 'secrets.clientSecret', 'config.isOAuth is false', problems);
      checkForbiddenWhen(secrets.privateKey, 'secrets.privateKey', 'config.isOAuth is false', problems);
    }
    if ((config.isOAuth ?? false) === true) {
      checkRequiredWhen(config.clientId, 'config.clientId', 'config.isOAuth is true', problems);
      checkRequiredWhen(config.userIdentifierValue, 'config.userIdentifierValue', 'config.isOAuth is true', problems);
      checkRequiredWhen(config.jwtKeyId, 'config.jwtKeyId', 'config.isOAuth is true', problems);
      checkRequiredWhen(secrets.clientSecret, 'secrets.clientSecret', 'config.isOAuth is true', problems);
      checkRequiredWhen(secrets.privateKey, 'secrets.privateKey', 'config.isOAuth is true', problems);
      checkForbiddenWhen(secrets.username, 'secrets.username', 'config.isOAuth is true', problems);
      checkForbiddenWhen(secrets.password, 'secrets.password', 'config.isOAuth is true', problems);
    }
    checkTogether([secrets.username, secrets.password], ['secrets.username', 'secrets.password'], [], problems);
    checkTogether(
      [secrets.clientSecret, secrets.privateKey],
      ['secrets.clientSecret', 'secrets.privateKey'],
      [],
      problems,
    );
  }

  return problems;
}
