// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/email.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/email/schemas/v1.ts @ 0ad9415 (newest (zod
//     v4))
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/email/schemas/v1.ts @ b1932cf (newest (zod
//     v3 version))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/email/index.ts @ 00cb7c7
//     (newest main (references config.allowHtml))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import {
  checkFieldVersion,
  checkKnownKeys,
  checkNumber,
  checkRequired,
  checkRequiredWhen,
  checkSection,
  checkTargetKibana,
  checkUrl,
  compact,
  isKnown,
} from '../validation';
import { EmailService } from './enums';

/** Configuration of the EmailConnector (`.email`): Kibana's `config` object. */
export interface EmailConnectorConfig {
  /** Sender address. Kibana's email domain allowlist, when set, must include its domain. */
  readonly from: string;
  /**
   * Mail service. `other` means a plain SMTP server given by `host` and `port`.
   *
   * Kibana also accepts values outside `EmailService`; they are not checked here.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default EmailService.OTHER
   */
  readonly service?: EmailService;
  /**
   * SMTP server host name. Needed with the `other` service.
   * @default - none
   */
  readonly host?: string;
  /**
   * SMTP server port. Needed with the `other` service.
   *
   * From 1 to 65535, a whole number.
   * @default - none
   */
  readonly port?: number;
  /**
   * Whether to use TLS from the start of the connection. When unset, Kibana uses TLS on port 465 only.
   * @default - none
   */
  readonly secure?: boolean;
  /**
   * Whether the server needs a user name and password.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default true
   */
  readonly hasAuth?: boolean;
  /**
   * Microsoft Entra tenant id, for the `exchange_server` service.
   * @default - none
   */
  readonly tenantId?: string;
  /**
   * Microsoft Entra application (client) id, for the `exchange_server` service.
   * @default - none
   */
  readonly clientId?: string;
  /**
   * OAuth token endpoint to use instead of Microsoft's default, for the `exchange_server` service.
   *
   * Must be an absolute http(s) URL.
   * @default - none
   */
  readonly oauthTokenUrl?: string;
  /**
   * Whether the message may contain HTML (Kibana refuses it with the elastic_cloud service).
   *
   * Kibana's newest source only (no release known to this library).
   * @default - none
   */
  readonly allowHtml?: boolean;
}

/**
 * Secrets of the EmailConnector (`.email`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface EmailConnectorSecrets {
  /**
   * User name for the mail server.
   * @default - none
   */
  readonly user?: string;
  /**
   * Password for the mail server.
   * @default - none
   */
  readonly password?: string;
  /**
   * Client secret of the Microsoft Entra application, for the `exchange_server` service.
   * @default - none
   */
  readonly clientSecret?: string;
}

/**
 * Parameters of an action run by the EmailConnector (`.email`): the `params` object of a rule action
 * or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as `{{context.message}}`
 * are allowed in strings.
 */
export interface EmailParams {
  /**
   * Recipient addresses. At least one of `to`, `cc` and `bcc` must have an address.
   * @default - none
   */
  readonly to?: string[];
  /**
   * Carbon-copy addresses.
   * @default - none
   */
  readonly cc?: string[];
  /**
   * Blind carbon-copy addresses.
   * @default - none
   */
  readonly bcc?: string[];
  /** Subject line. */
  readonly subject: string;
  /** Body in Markdown. */
  readonly message: string;
}

/** Properties of the EmailConnector (`.email`). */
export interface EmailConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: EmailConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: EmailConnectorSecrets;
}

/**
 * Sends email through an SMTP server, a well-known mail service or Microsoft Exchange (Graph API).
 *
 * Kibana connector type `.email` ("Email"); license: gold or higher; supported features: alerting,
 * uptime, siem; first Kibana version: 7.x.
 *
 * Fields are checked at synth (required fields, accepted values, URLs, the rules between fields and
 * the Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class EmailConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.email';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the EmailConnector (`.email`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: EmailConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.email',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: EmailParams): { [key: string]: any } {
    return compact({ to: params.to, cc: params.cc, bcc: params.bcc, subject: params.subject, message: params.message });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>([
  'from',
  'service',
  'host',
  'port',
  'secure',
  'hasAuth',
  'tenantId',
  'clientId',
  'oauthTokenUrl',
  'allowHtml',
]);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['user', 'password', 'clientSecret']);

/** Kibana's `config` object, with the defaults Kibana would otherwise fill in. */
function buildConfig(config: EmailConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({
    from: config.from,
    service: config.service ?? EmailService.OTHER,
    host: config.host,
    port: config.port,
    secure: config.secure,
    hasAuth: config.hasAuth ?? true,
    tenantId: config.tenantId,
    clientId: config.clientId,
    oauthTokenUrl: config.oauthTokenUrl,
    allowHtml: config.allowHtml,
  });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: EmailConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ user: secrets.user, password: secrets.password, clientSecret: secrets.clientSecret });
}

/**
 * Synth-time checks of the EmailConnector (`.email`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: EmailConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.email', { since: '7.x' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.from, 'config.from', problems);
    checkNumber(config.port, 'config.port', 1, 65535, true, problems);
    checkUrl(config.oauthTokenUrl, 'config.oauthTokenUrl', problems);
    checkFieldVersion(config.allowHtml, 'config.allowHtml', { since: 'unreleased' }, kibana, problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', false, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
  }

  if (config && secrets) {
    if ((config.service ?? 'other') === 'other') {
      checkRequiredWhen(config.host, 'config.host', 'config.service is "other"', problems);
      checkRequiredWhen(config.port, 'config.port', 'config.service is "other"', problems);
    }
    if ((config.service ?? 'other') === 'exchange_server') {
      checkRequiredWhen(config.tenantId, 'config.tenantId', 'config.service is "exchange_server"', problems);
      checkRequiredWhen(config.clientId, 'config.clientId', 'config.service is "exchange_server"', problems);
      checkRequiredWhen(secrets.clientSecret, 'secrets.clientSecret', 'config.service is "exchange_server"', problems);
    }
    if (
      (config.hasAuth ?? true) === true
      && (isKnown((config.service ?? 'other')) && (config.service ?? 'other') !== 'exchange_server')
    ) {
      checkRequiredWhen(
        secrets.user,
        'secrets.user',
        'config.hasAuth is true and config.service is not "exchange_server"',
        problems,
      );
      checkRequiredWhen(
        secrets.password,
        'secrets.password',
        'config.hasAuth is true and config.service is not "exchange_server"',
        problems,
      );
    }
  }

  return problems;
}
