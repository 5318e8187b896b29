// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/cases-webhook.json.
// Shared field groups: http-auth, tls, oauth-client-credentials, auth-schemes (catalog/groups/).
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts @ 3659b62
//     (newest)
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts @ 11b9bae (newest)
//   elastic/kibana
//     x-pack/platform/plugins/shared/stack_connectors/server/connector_types/cases_webhook/validators.ts @ 33fc373
//     (newest (imports @kbn/connector-schemas))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/cases_webhook/schema.ts @
//     15b9933 (9.2-era (kbn-config-schema, AuthConfiguration incl. OAuth fields))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/common/auth/schema.ts @ 0a6baaa (9.x
//     intermediate (AuthConfiguration without OAuth fields, SecretConfiguration without clientSecret/secretHeaders))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/cases_webhook/schema.ts
//     (zod variant, read by id 47782213542) @ not reported by the index (9.x transitional (zod v3 with OAuth
//     fields))
//   elastic/kibana x-pack/plugins/stack_connectors/common/auth/schema.ts @ a3439b3 (8.x (8.15+ shared auth:
//     basic/ssl))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget, KibanaVersionRange } from '../kibana-version';
import {
  checkAnyOfWhen,
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

/** Configuration of the CasesWebhookConnector (`.cases-webhook`): Kibana's `config` object. */
export interface CasesWebhookConnectorConfig {
  /**
   * REST endpoint that creates an incident.
   *
   * Must be an absolute http(s) URL.
   */
  readonly createIncidentUrl: string;
  /**
   * HTTP method used to create an incident.
   *
   * Accepted values: `post`, `put`.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default WebhookMethod.POST
   */
  readonly createIncidentMethod?: WebhookMethod;
  /** JSON text of the create request, with mustache case variables such as `{{{case.title}}}`. */
  readonly createIncidentJson: string;
  /** Path in the create response that holds the external incident id. */
  readonly createIncidentResponseKey: string;
  /**
   * HTTP method used to read an incident.
   *
   * Written to Kibana's `getIncidentMethod` field (renamed: `getIncidentMethod` is not a valid jsii
   * property name).
   *
   * Accepted values: `get`, `post`.
   *
   * Kibana 8.17.0 and later.
   * @default - Kibana uses 'get'
   */
  readonly readIncidentMethod?: WebhookMethod;
  /**
   * REST endpoint that returns an incident; may use `{{{external.system.id}}}`.
   *
   * Written to Kibana's `getIncidentUrl` field (renamed: `getIncidentUrl` is not a valid jsii property
   * name).
   */
  readonly readIncidentUrl: string;
  /**
   * JSON text of the read request when it is sent with POST.
   *
   * Written to Kibana's `getIncidentJson` field (renamed: `getIncidentJson` is not a valid jsii property
   * name).
   *
   * Kibana 8.17.0 and later.
   * @default - none
   */
  readonly readIncidentJson?: string;
  /**
   * Path in the read response that holds the incident title.
   *
   * Written to Kibana's `getIncidentResponseExternalTitleKey` field (renamed:
   * `getIncidentResponseExternalTitleKey` is not a valid jsii property name).
   */
  readonly readIncidentResponseExternalTitleKey: string;
  /**
   * Link to an incident in the external system's UI; may use `{{{external.system.id}}}` and
   * `{{{external.system.title}}}`.
   */
  readonly viewIncidentUrl: string;
  /** REST endpoint that updates an incident; may use `{{{external.system.id}}}`. */
  readonly updateIncidentUrl: string;
  /**
   * HTTP method used to update an incident.
   *
   * Accepted values: `post`, `patch`, `put`.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default WebhookMethod.PUT
   */
  readonly updateIncidentMethod?: WebhookMethod;
  /** JSON text of the update request, with mustache case variables. */
  readonly updateIncidentJson: string;
  /**
   * REST endpoint that adds a comment to an incident.
   * @default - none
   */
  readonly createCommentUrl?: string;
  /**
   * HTTP method used to add a comment.
   *
   * Accepted values: `post`, `put`, `patch`.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default WebhookMethod.PUT
   */
  readonly createCommentMethod?: WebhookMethod;
  /**
   * JSON text of the comment request, with mustache variables such as `{{{case.comment}}}`.
   * @default - none
   */
  readonly createCommentJson?: string;
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
   * Kibana's newest schema stores `webhook-authentication-basic`. Kibana refuses OAuth 2.0 client
   * credentials for this type.
   *
   * Accepted values: `webhook-authentication-basic`, `webhook-authentication-ssl`,
   * `http-authentication-query-param`.
   *
   * Kibana 8.15.0 and later.
   *
   * Values that need another Kibana: `http-authentication-query-param` Kibana's newest source only (no
   * release known to this library).
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
   * Kibana 8.15.0 and later.
   * @default - none
   */
  readonly certType?: WebhookCertType;
  /**
   * Base64-encoded PEM certificate of a certificate authority to trust for this endpoint.
   *
   * Kibana 8.15.0 and later.
   * @default - none
   */
  readonly ca?: string;
  /**
   * TLS verification mode for this endpoint.
   *
   * Kibana 8.15.0 and later.
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
 * Secrets of the CasesWebhookConnector (`.cases-webhook`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface CasesWebhookConnectorSecrets {
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
   * Kibana 8.15.0 and later.
   * @default - none
   */
  readonly crt?: string;
  /**
   * Base64-encoded PEM private key of the client certificate (with `crt`).
   *
   * Kibana 8.15.0 and later.
   * @default - none
   */
  readonly key?: string;
  /**
   * Base64-encoded PFX/PKCS#12 bundle holding the client certificate and key.
   *
   * Kibana 8.15.0 and later.
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

/** Properties of the CasesWebhookConnector (`.cases-webhook`). */
export interface CasesWebhookConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: CasesWebhookConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: CasesWebhookConnectorSecrets;
}

/**
 * Creates, updates and comments on incidents in any ticketing system through its REST API (Webhook -
 * Case Management); usable from Cases only.
 *
 * Kibana connector type `.cases-webhook` ("Webhook - Case Management"); license: gold or higher;
 * supported features: cases; first Kibana version: 8.4.
 *
 * Fields are checked at synth (required fields, accepted values, URLs, the rules between fields and
 * the Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class CasesWebhookConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.cases-webhook';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['cases'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.4';

  /**
   * Creates the CasesWebhookConnector (`.cases-webhook`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: CasesWebhookConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.cases-webhook',
      config: buildConfig(props.config, KibanaTarget.of(scope)),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_CREATE_INCIDENT_METHOD_VALUES: readonly string[] = ['post', 'put'];
const CONFIG_READ_INCIDENT_METHOD_VALUES: readonly string[] = ['get', 'post'];
const CONFIG_UPDATE_INCIDENT_METHOD_VALUES: readonly string[] = ['post', 'patch', 'put'];
const CONFIG_CREATE_COMMENT_METHOD_VALUES: readonly string[] = ['post', 'put', 'patch'];
const CONFIG_AUTH_TYPE_VALUES: readonly string[] = [
  'webhook-authentication-basic',
  'webhook-authentication-ssl',
  'http-authentication-query-param',
];
const CONFIG_CERT_TYPE_VALUES: readonly string[] = ['ssl-crt-key', 'ssl-pfx'];
const CONFIG_VERIFICATION_MODE_VALUES: readonly string[] = ['full', 'certificate', 'none'];
const CONFIG_AUTH_TYPE_VERSIONS: Readonly<Record<string, KibanaVersionRange>> = {
  'http-authentication-query-param': { since: 'unreleased' },
};

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'createIncidentUrl',
  'createIncidentMethod',
  'createIncidentJson',
  'createIncidentResponseKey',
  'readIncidentMethod',
  'readIncidentUrl',
  'readIncidentJson',
  'readIncidentResponseExternalTitleKey',
  'viewIncidentUrl',
  'updateIncidentUrl',
  'updateIncidentMethod',
  'updateIncidentJson',
  'createCommentUrl',
  'createCommentMethod',
  'createCommentJson',
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
function buildConfig(config: CasesWebhookConnectorConfig | undefined, kibana: KibanaTarget): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    createIncidentUrl: config.createIncidentUrl,
    createIncidentMethod: config.createIncidentMethod ?? WebhookMethod.POST,
    createIncidentJson: config.createIncidentJson,
    createIncidentResponseKey: config.createIncidentResponseKey,
    getIncidentMethod: config.readIncidentMethod,
    getIncidentUrl: config.readIncidentUrl,
    getIncidentJson: config.readIncidentJson,
    getIncidentResponseExternalTitleKey: config.readIncidentResponseExternalTitleKey,
    viewIncidentUrl: config.viewIncidentUrl,
    updateIncidentUrl: config.updateIncidentUrl,
    updateIncidentMethod: config.updateIncidentMethod ?? WebhookMethod.PUT,
    updateIncidentJson: config.updateIncidentJson,
    createCommentUrl: config.createCommentUrl,
    createCommentMethod: config.createCommentMethod ?? WebhookMethod.PUT,
    createCommentJson: config.createCommentJson,
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
function buildSecrets(secrets: CasesWebhookConnectorSecrets | undefined): { [key: string]: any } {
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
  config: Partial<CasesWebhookConnectorConfig>,
  kibana: KibanaTarget,
): WebhookAuthType | undefined {
  if (kibana.accepts('unreleased', undefined) && (config.hasAuth ?? true) === true) return WebhookAuthType.BASIC;
  return undefined;
}

/**
 * Synth-time checks of the CasesWebhookConnector (`.cases-webhook`), generated from its catalog entry.
 * Tokens are skipped.
 */
function validate(props: CasesWebhookConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.cases-webhook', { since: '8.4' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.createIncidentUrl, 'config.createIncidentUrl', problems);
    checkUrl(config.createIncidentUrl, 'config.createIncidentUrl', problems);
    checkOneOf(
      config.createIncidentMethod,
      CONFIG_CREATE_INCIDENT_METHOD_VALUES,
      'config.createIncidentMethod',
      problems,
    );
    checkRequired(config.createIncidentJson, 'config.createIncidentJson', problems);
    checkRequired(config.createIncidentResponseKey, 'config.createIncidentResponseKey', problems);
    checkOneOf(config.readIncidentMethod, CONFIG_READ_INCIDENT_METHOD_VALUES, 'config.readIncidentMethod', problems);
    checkRequired(config.readIncidentUrl, 'config.readIncidentUrl', problems);
    checkRequired(config.readIncidentResponseExternalTitleKey, 'config.readIncidentResponseExternalTitleKey', problems);
    checkRequired(config.viewIncidentUrl, 'config.viewIncidentUrl', problems);
    checkRequired(config.updateIncidentUrl, 'config.updateIncidentUrl', problems);
    checkOneOf(
      config.updateIncidentMethod,
      CONFIG_UPDATE_INCIDENT_METHOD_VALUES,
      'config.updateIncidentMethod',
      problems,
    );
    checkRequired(config.updateIncidentJson, 'config.updateIncidentJson', problems);
    checkOneOf(config.createCommentMethod, CONFIG_CREATE_COMMENT_METHOD_VALUES, 'config.createCommentMethod', problems);
    checkOneOf(config.authType, CONFIG_AUTH_TYPE_VALUES, 'config.authType', problems);
    checkOneOf(config.certType, CONFIG_CERT_TYPE_VALUES, 'config.certType', problems);
    checkOneOf(config.verificationMode, CONFIG_VERIFICATION_MODE_VALUES, 'config.verificationMode', problems);
    checkUrl(config.accessTokenUrl, 'config.accessTokenUrl', problems);
    checkFieldVersion(config.readIncidentMethod, 'config.readIncidentMethod', { since: '8.17.0' }, kibana, problems);
    checkFieldVersion(config.readIncidentJson, 'config.readIncidentJson', { since: '8.17.0' }, kibana, problems);
    checkFieldVersion(config.authType, 'config.authType', { since: '8.15.0' }, kibana, problems);
    checkValueVersion(config.authType, 'config.authType', CONFIG_AUTH_TYPE_VERSIONS, kibana, problems);
    checkFieldVersion(config.certType, 'config.certType', { since: '8.15.0' }, kibana, problems);
    checkFieldVersion(config.ca, 'config.ca', { since: '8.15.0' }, kibana, problems);
    checkFieldVersion(config.verificationMode, 'config.verificationMode', { since: '8.15.0' }, kibana, problems);
    checkFieldVersion(config.accessTokenUrl, 'config.accessTokenUrl', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.clientId, 'config.clientId', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.scope, 'config.scope', { since: '9.2.0' }, kibana, problems);
    checkFieldVersion(config.additionalFields, 'config.additionalFields', { since: '9.2.0' }, kibana, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkFieldVersion(secrets.crt, 'secrets.crt', { since: '8.15.0' }, kibana, problems);
    checkFieldVersion(secrets.key, 'secrets.key', { since: '8.15.0' }, kibana, problems);
    checkFieldVersion(secrets.pfx, 'secrets.pfx', { since: '8.15.0' }, kibana, problems);
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
    if ((config.hasAuth ?? true) === true) {
      checkAnyOfWhen(
        [secrets.user, secrets.crt, secrets.pfx, secrets.clientSecret],
        ['secrets.user', 'secrets.crt', 'secrets.pfx', 'secrets.clientSecret'],
        'config.hasAuth is true',
        problems,
      );
    }
    checkTogether(
      [config.createCommentUrl, config.createCommentJson],
      ['config.createCommentUrl', 'config.createCommentJson'],
      [],
      problems,
    );
  }

  return problems;
}
