// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/webhook.json.
// Shared field groups: http-auth, tls, oauth-client-credentials, auth-schemes (catalog/groups/).
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import {
  checkAtMostOne,
  checkForbiddenWhen,
  checkKnownKeys,
  checkOneOf,
  checkRequired,
  checkRequiredWhen,
  checkSection,
  checkTogether,
  checkUrl,
  compact,
} from '../validation';
import { TlsVerificationMode, WebhookAuthType, WebhookCertType, WebhookMethod } from './enums';

/** Configuration of the WebhookConnector (`.webhook`): Kibana's `config` object. */
export interface WebhookConnectorConfig {
  /**
   * Address the request is sent to. Kibana's allowed-hosts setting must include its host.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
  /**
   * HTTP method of the request. `patch`, `get` and `delete` need Kibana 9.x.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default WebhookMethod.POST
   */
  readonly method?: WebhookMethod;
  /**
   * Extra HTTP headers sent with every request.
   * @default - none
   */
  readonly headers?: { [key: string]: string };
  /**
   * Whether the request carries credentials. Set to false for an unauthenticated endpoint.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default true
   */
  readonly hasAuth?: boolean;
  /**
   * Authentication scheme. Leave unset when `hasAuth` is false.
   * @default - none
   */
  readonly authType?: WebhookAuthType;
  /**
   * Certificate format, used with the SSL authentication scheme.
   * @default - none
   */
  readonly certType?: WebhookCertType;
  /**
   * Base64-encoded PEM certificate of a certificate authority to trust for this endpoint.
   * @default - none
   */
  readonly ca?: string;
  /**
   * TLS verification mode for this endpoint.
   * @default - none
   */
  readonly verificationMode?: TlsVerificationMode;
  /**
   * Token endpoint for the OAuth 2.0 client-credentials scheme.
   *
   * Must be an absolute http(s) URL.
   *
   * Needs Kibana 9.0 or later.
   * @default - none
   */
  readonly accessTokenUrl?: string;
  /**
   * OAuth 2.0 client id for the client-credentials scheme.
   *
   * Needs Kibana 9.0 or later.
   * @default - none
   */
  readonly clientId?: string;
  /**
   * OAuth 2.0 scope to request.
   *
   * Needs Kibana 9.0 or later.
   * @default - none
   */
  readonly scope?: string;
  /**
   * Extra fields for the OAuth 2.0 token request, as JSON text.
   *
   * Needs Kibana 9.0 or later.
   * @default - none
   */
  readonly additionalFields?: string;
}

/**
 * Secrets of the WebhookConnector (`.webhook`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface WebhookConnectorSecrets {
  /**
   * User name for basic authentication.
   * @default - none
   */
  readonly user?: string;
  /**
   * Password for basic authentication, or the passphrase of the client certificate.
   * @default - none
   */
  readonly password?: string;
  /**
   * Base64-encoded PEM client certificate (with `key`).
   * @default - none
   */
  readonly crt?: string;
  /**
   * Base64-encoded PEM private key of the client certificate (with `crt`).
   * @default - none
   */
  readonly key?: string;
  /**
   * Base64-encoded PFX/PKCS#12 bundle holding the client certificate and key.
   * @default - none
   */
  readonly pfx?: string;
  /**
   * OAuth 2.0 client secret for the client-credentials scheme.
   *
   * Needs Kibana 9.0 or later.
   * @default - none
   */
  readonly clientSecret?: string;
  /**
   * Headers whose values are secret, such as API keys.
   *
   * Needs Kibana 9.0 or later.
   * @default - none
   */
  readonly secretHeaders?: { [key: string]: string };
}

/**
 * Parameters of an action run by the WebhookConnector (`.webhook`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface WebhookParams {
  /**
   * Request body; mustache variables are rendered with JSON escaping.
   * @default - none
   */
  readonly body?: string;
}

/** Properties of the WebhookConnector (`.webhook`). */
export interface WebhookConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: WebhookConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: WebhookConnectorSecrets;
}

/**
 * Sends an HTTP request with a body of your choice to any web service.
 *
 * Kibana connector type `.webhook` ("Webhook"); license: gold or higher; supported features: alerting,
 * uptime, siem; first Kibana version: 7.x.
 *
 * Fields are checked at synth (required fields, accepted values, URLs, and the rules between fields);
 * values that are tokens are checked by Kibana when Terraform applies.
 */
export class WebhookConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.webhook';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the WebhookConnector (`.webhook`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: WebhookConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.webhook',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props) });
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: WebhookParams): { [key: string]: any } {
    return compact({ body: params.body });
  }
}

const CONFIG_METHOD_VALUES: readonly string[] = ['post', 'put', 'patch', 'get', 'delete'];
const CONFIG_AUTH_TYPE_VALUES: readonly string[] = [
  'webhook-authentication-basic',
  'webhook-authentication-ssl',
  'webhook-oauth2-client-credentials',
];
const CONFIG_CERT_TYPE_VALUES: readonly string[] = ['ssl-crt-key', 'ssl-pfx'];
const CONFIG_VERIFICATION_MODE_VALUES: readonly string[] = ['full', 'certificate', 'none'];
const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'url',
  'method',
  'headers',
  'hasAuth',
  'authType',
  'certType',
  'ca',
  'verificationMode',
  'accessTokenUrl',
  'clientId',
  'scope',
  'additionalFields',
]);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'user',
  'password',
  'crt',
  'key',
  'pfx',
  'clientSecret',
  'secretHeaders',
]);

/** Kibana's `config` object, with the defaults Kibana would otherwise fill in. */
function buildConfig(config: WebhookConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    url: config.url,
    method: config.method ?? WebhookMethod.POST,
    headers: config.headers,
    hasAuth: config.hasAuth ?? true,
    authType: config.authType,
    certType: config.certType,
    ca: config.ca,
    verificationMode: config.verificationMode,
    accessTokenUrl: config.accessTokenUrl,
    clientId: config.clientId,
    scope: config.scope,
    additionalFields: config.additionalFields,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: WebhookConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({
    user: secrets.user,
    password: secrets.password,
    crt: secrets.crt,
    key: secrets.key,
    pfx: secrets.pfx,
    clientSecret: secrets.clientSecret,
    secretHeaders: secrets.secretHeaders,
  });
}

/**
 * Synth-time checks of the WebhookConnector (`.webhook`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: WebhookConnectorProps): string[] {
  const problems: string[] = [];
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.url, 'config.url', problems);
    checkUrl(config.url, 'config.url', problems);
    checkOneOf(config.method, CONFIG_METHOD_VALUES, 'config.method', problems);
    checkOneOf(config.authType, CONFIG_AUTH_TYPE_VALUES, 'config.authType', problems);
    checkOneOf(config.certType, CONFIG_CERT_TYPE_VALUES, 'config.certType', problems);
    checkOneOf(config.verificationMode, CONFIG_VERIFICATION_MODE_VALUES, 'config.verificationMode', problems);
    checkUrl(config.accessTokenUrl, 'config.accessTokenUrl', problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
  }

  if (config && secrets) {
    if ((config.hasAuth ?? true) === false) {
      checkForbiddenWhen(config.authType, 'config.authType', 'config.hasAuth is false', problems);
    }
    if ((config.hasAuth ?? true) === true && config.authType === 'webhook-authentication-basic') {
      checkRequiredWhen(
        secrets.user,
        'secrets.user',
        'config.hasAuth is true and config.authType is "webhook-authentication-basic"',
        problems,
      );
      checkRequiredWhen(
        secrets.password,
        'secrets.password',
        'config.hasAuth is true and config.authType is "webhook-authentication-basic"',
        problems,
      );
    }
    if (
      (config.hasAuth ?? true) === true
      && config.authType === 'webhook-authentication-ssl'
      && config.certType === 'ssl-crt-key'
    ) {
      checkRequiredWhen(
        secrets.crt,
        'secrets.crt',
        'config.hasAuth is true and config.authType is "webhook-authentication-ssl" and config.certType is "ssl-crt-key"',
        problems,
      );
      checkRequiredWhen(
        secrets.key,
        'secrets.key',
        'config.hasAuth is true and config.authType is "webhook-authentication-ssl" and config.certType is "ssl-crt-key"',
        problems,
      );
    }
    if (
      (config.hasAuth ?? true) === true
      && config.authType === 'webhook-authentication-ssl'
      && config.certType === 'ssl-pfx'
    ) {
      checkRequiredWhen(
        secrets.pfx,
        'secrets.pfx',
        'config.hasAuth is true and config.authType is "webhook-authentication-ssl" and config.certType is "ssl-pfx"',
        problems,
      );
    }
    if ((config.hasAuth ?? true) === true && config.authType === 'webhook-oauth2-client-credentials') {
      checkRequiredWhen(
        config.accessTokenUrl,
        'config.accessTokenUrl',
        'config.hasAuth is true and config.authType is "webhook-oauth2-client-credentials"',
        problems,
      );
      checkRequiredWhen(
        config.clientId,
        'config.clientId',
        'config.hasAuth is true and config.authType is "webhook-oauth2-client-credentials"',
        problems,
      );
      checkRequiredWhen(
        secrets.clientSecret,
        'secrets.clientSecret',
        'config.hasAuth is true and config.authType is "webhook-oauth2-client-credentials"',
        problems,
      );
    }
    checkTogether(
      [secrets.user, secrets.password],
      ['secrets.user', 'secrets.password'],
      [secrets.crt, secrets.pfx],
      problems,
    );
    checkTogether([secrets.crt, secrets.key], ['secrets.crt', 'secrets.key'], [], problems);
    checkAtMostOne(
      [secrets.user, secrets.crt, secrets.pfx, secrets.clientSecret],
      ['secrets.user', 'secrets.crt', 'secrets.pfx', 'secrets.clientSecret'],
      problems,
    );
  }

  return problems;
}
