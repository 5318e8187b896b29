// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/webhook.json.
// Shared field groups: http-auth, tls, oauth-client-credentials, auth-schemes (catalog/groups/).
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/webhook/schemas/v1.ts @ 41e8515 (newest)
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts @ 11b9bae (newest)
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/common/auth/constants.ts @ 11b9bae (newest)
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/common/auth/constants.ts @ 76746b5 (newest
//     (earlier package version, no QueryParam))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/webhook/validations.ts @
//     08fc853 (newest (stack_connectors server imports @kbn/connector-schemas))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/webhook/index.ts @
//     027ff21 (newest)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/webhook/schema.ts @
//     0703cc8 (9.x (9.2-era, kbn-config-schema, 5 methods + OAuth fields))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/common/auth/schema.ts @ 0a6baaa (9.x
//     (intermediate: separate WebhookAuthConfiguration with OAuth2 + clientSecret, no secretHeaders))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/common/auth/constants.ts @ 1222453 (9.x)
//   elastic/kibana x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts @ 04e8ba1 (8.x (schema
//     inline; methods post/put only))
//   elastic/kibana x-pack/plugins/stack_connectors/common/auth/schema.ts @ a3439b3 (8.x (8.15+-era shared auth:
//     basic/ssl only))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget, KibanaVersionRange } from '../kibana-version';
import {
  checkAtMostOne,
  checkFieldVersion,
  checkForbiddenWhen,
  checkJsonObjectText,
  checkKnownKeys,
  checkOneOf,
  checkRequired,
  checkRequiredWhen,
  checkSection,
  checkTargetKibana,
  checkTogether,
  checkUrl,
  checkValueVersion,
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
   * HTTP method of the request.
   *
   * Values that need another Kibana: `patch` Kibana 9.3.0 and later; `get` Kibana 9.3.0 and later;
   * `delete` Kibana 9.3.0 and later.
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
   * Authentication scheme. Leave unset when `hasAuth` is false; when `hasAuth` is true and it is unset,
   * Kibana's newest schema stores `webhook-authentication-basic`.
   *
   * Kibana 8.10.0 and later.
   *
   * Values that need another Kibana: `webhook-oauth2-client-credentials` Kibana 9.2.0 and later;
   * `http-authentication-query-param` Kibana's newest source only (no release known to this library).
   *
   * Kibana's default depends on the version or on other fields: 'webhook-authentication-basic' (Kibana's
   * newest source only (no release known to this library), when config.hasAuth is true). When unset, the
   * construct sends the default of the target Kibana (context key `kibanaVersion`, else the newest), so
   * that Terraform sees no drift.
   * @default - Kibana's default for the target version (see above)
   */
  readonly authType?: WebhookAuthType;
  /**
   * Certificate format, used with the SSL authentication scheme.
   *
   * Kibana 8.10.0 and later.
   * @default - none
   */
  readonly certType?: WebhookCertType;
  /**
   * Base64-encoded PEM certificate of a certificate authority to trust for this endpoint.
   *
   * Kibana 8.10.0 and later.
   * @default - none
   */
  readonly ca?: string;
  /**
   * TLS verification mode for this endpoint.
   *
   * Kibana 8.10.0 and later.
   * @default - none
   */
  readonly verificationMode?: TlsVerificationMode;
  /**
   * Token endpoint for the OAuth 2.0 client-credentials scheme.
   *
   * Must be an absolute http(s) URL.
   *
   * Kibana 9.2.0 and later.
   * @default - none
   */
  readonly accessTokenUrl?: string;
  /**
   * OAuth 2.0 client id for the client-credentials scheme.
   *
   * Kibana 9.2.0 and later.
   * @default - none
   */
  readonly clientId?: string;
  /**
   * OAuth 2.0 scope to request.
   *
   * Kibana 9.2.0 and later.
   * @default - none
   */
  readonly scope?: string;
  /**
   * Extra fields for the OAuth 2.0 token request, as JSON text of a non-empty object, such as
   * '{"audience":"api"}'.
   *
   * Kibana 9.2.0 and later.
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
   *
   * Kibana 8.10.0 and later.
   * @default - none
   */
  readonly crt?: string;
  /**
   * Base64-encoded PEM private key of the client certificate (with `crt`).
   *
   * Kibana 8.10.0 and later.
   * @default - none
   */
  readonly key?: string;
  /**
   * Base64-encoded PFX/PKCS#12 bundle holding the client certificate and key.
   *
   * Kibana 8.10.0 and later.
   * @default - none
   */
  readonly pfx?: string;
  /**
   * OAuth 2.0 client secret for the client-credentials scheme.
   *
   * Kibana 9.2.0 and later.
   * @default - none
   */
  readonly clientSecret?: string;
  /**
   * Headers whose values are secret, such as API keys.
   *
   * Kibana 9.2.0 and later.
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
 * Fields are checked at synth (required fields, accepted values, URLs, the rules between fields and
 * the Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
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
      config: buildConfig(props.config, KibanaTarget.of(scope)),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
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
  'http-authentication-query-param',
];
const CONFIG_CERT_TYPE_VALUES: readonly string[] = ['ssl-crt-key', 'ssl-pfx'];
const CONFIG_VERIFICATION_MODE_VALUES: readonly string[] = ['full', 'certificate', 'none'];
const CONFIG_METHOD_VERSIONS: Readonly<Record<string, KibanaVersionRange>> = {
  patch: { since: '9.3.0' },
  get: { since: '9.3.0' },
  delete: { since: '9.3.0' },
};

const CONFIG_AUTH_TYPE_VERSIONS: Readonly<Record<string, KibanaVersionRange>> = {
  'webhook-oauth2-client-credentials': { since: '9.2.0' },
  'http-authentication-query-param': { since: 'unreleased' },
};

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

/**
 * Kibana's `config` object, with the defaults Kibana would otherwise fill in (those of the target
 * Kibana).
 */
function buildConfig(config: WebhookConnectorConfig | undefined, kibana: KibanaTarget): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    url: config.url,
    method: config.method ?? WebhookMethod.POST,
    headers: config.headers,
    hasAuth: config.hasAuth ?? true,
    authType: config.authType ?? configAuthTypeDefault(config, kibana),
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

/** Kibana's default of `config.authType` for the target Kibana and the other fields. */
function configAuthTypeDefault(
  config: Partial<WebhookConnectorConfig>,
  kibana: KibanaTarget,
): WebhookAuthType | undefined {
  if (kibana.accepts('unreleased', undefined) && (config.hasAuth ?? true) === true) return WebhookAuthType.BASIC;
  return undefined;
}

/**
 * Synth-time checks of the WebhookConnector (`.webhook`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: WebhookConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.webhook', { since: '7.x' }, problems);
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
    checkValueVersion(config.method, 'config.method', CONFIG_METHOD_VERSIONS, kibana, problems);
    checkFieldVersion(config.authType, 'config.authType', { since: '8.10.0' }, kibana, problems);
    checkValueVersion(config.authType, 'config.authType', CONFIG_AUTH_TYPE_VERSIONS, kibana, problems);
    checkFieldVersion(config.certType, 'config.certType', { since: '8.10.0' }, kibana, problems);
    checkFieldVersion(config.ca, 'config.ca', { since: '8.10.0' }, kibana, problems);
    checkFieldVersion(config.verificationMode, 'config.verificationMode', { since: '8.10.0' }, kibana, problems);
    checkFieldVersion(config.accessTokenUrl, 'config.accessTokenUrl', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.clientId, 'config.clientId', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.scope, 'config.scope', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.additionalFields, 'config.additionalFields', { since: '9.2.0' }, kibana, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkFieldVersion(secrets.crt, 'secrets.crt', { since: '8.10.0' }, kibana, problems);
    checkFieldVersion(secrets.key, 'secrets.key', { since: '8.10.0' }, kibana, problems);
    checkFieldVersion(secrets.pfx, 'secrets.pfx', { since: '8.10.0' }, kibana, problems);
    checkFieldVersion(secrets.clientSecret, 'secrets.clientSecret', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(secrets.secretHeaders, 'secrets.secretHeaders', { since: '9.2.0' }, kibana, problems);
  }

  if (config && secrets) {
    if ((config.hasAuth ?? true) === false) {
      checkForbiddenWhen(config.authType, 'config.authType', 'config.hasAuth is false', problems);
    }
    if (
      (config.hasAuth ?? true) === true
      && (config.authType ?? configAuthTypeDefault(config, kibana)) === 'webhook-authentication-basic'
    ) {
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
      && (config.authType ?? configAuthTypeDefault(config, kibana)) === 'webhook-authentication-ssl'
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
      && (config.authType ?? configAuthTypeDefault(config, kibana)) === 'webhook-authentication-ssl'
      && config.certType === 'ssl-pfx'
    ) {
      checkRequiredWhen(
        secrets.pfx,
        'secrets.pfx',
        'config.hasAuth is true and config.authType is "webhook-authentication-ssl" and config.certType is "ssl-pfx"',
        problems,
      );
    }
    if (
      kibana.accepts('9.2.0', undefined)
      && (config.hasAuth ?? true) === true
      && (config.authType ?? configAuthTypeDefault(config, kibana)) === 'webhook-oauth2-client-credentials'
    ) {
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
    if (kibana.accepts('9.2.0', undefined)) {
      checkJsonObjectText(config.additionalFields, 'config.additionalFields', problems);
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
