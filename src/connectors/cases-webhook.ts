// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/cases-webhook.json.
// Shared field groups: http-auth, tls, oauth-client-credentials, auth-schemes (catalog/groups/).
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import {
  checkAnyOfWhen,
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
   * Needs Kibana 9.0 or later.
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
   * Needs Kibana 9.0 or later.
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
 * Fields are checked at synth (required fields, accepted values, URLs, and the rules between fields);
 * values that are tokens are checked by Kibana when Terraform applies.
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
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props) });
  }
}

const CONFIG_CREATE_INCIDENT_METHOD_VALUES: readonly string[] = ['post', 'put'];
const CONFIG_READ_INCIDENT_METHOD_VALUES: readonly string[] = ['get', 'post'];
const CONFIG_UPDATE_INCIDENT_METHOD_VALUES: readonly string[] = ['post', 'patch', 'put'];
const CONFIG_CREATE_COMMENT_METHOD_VALUES: readonly string[] = ['post', 'put', 'patch'];
const CONFIG_AUTH_TYPE_VALUES: readonly string[] = [
  'webhook-authentication-basic',
  'webhook-authentication-ssl',
  'webhook-oauth2-client-credentials',
];
const CONFIG_CERT_TYPE_VALUES: readonly string[] = ['ssl-crt-key', 'ssl-pfx'];
const CONFIG_VERIFICATION_MODE_VALUES: readonly string[] = ['full', 'certificate', 'none'];
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

/** Kibana's `config` object, with the defaults Kibana would otherwise fill in. */
function buildConfig(config: CasesWebhookConnectorConfig | undefined): { [key: string]: any } {
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

/**
 * Synth-time checks of the CasesWebhookConnector (`.cases-webhook`), generated from its catalog entry.
 * Tokens are skipped.
 */
function validate(props: CasesWebhookConnectorProps): string[] {
  const problems: string[] = [];
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
