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
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { EmailService } from './enums';
import { EMAIL_CONNECTOR_SPEC } from './specs/email';

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
   * Whether the message may contain HTML. Kibana refuses it with the `elastic_cloud` service.
   *
   * Kibana 9.5.0 and later (evidence: elastic/kibana#276584,
   * src/platform/packages/shared/kbn-connector-schemas/email/schemas/v1.ts at 0ad9415, unsettled).
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
   *
   * At most 100 items in Kibana 9.1.10 and later, before 9.2.0; or Kibana 9.2.4 and later (evidence:
   * elastic/kibana#246453, docs/release-notes/index.md at 007bb6d,
   * src/platform/packages/shared/kbn-connector-schemas/email/schemas/v1.ts at 0ad9415, unsettled).
   * @default - none
   */
  readonly to?: string[];
  /**
   * Carbon-copy addresses.
   *
   * At most 100 items in Kibana 9.1.10 and later, before 9.2.0; or Kibana 9.2.4 and later (evidence:
   * elastic/kibana#246453, docs/release-notes/index.md at 007bb6d, unsettled).
   * @default - none
   */
  readonly cc?: string[];
  /**
   * Blind carbon-copy addresses.
   *
   * At most 100 items in Kibana 9.1.10 and later, before 9.2.0; or Kibana 9.2.4 and later (evidence:
   * elastic/kibana#246453, docs/release-notes/index.md at 007bb6d, unsettled).
   * @default - none
   */
  readonly bcc?: string[];
  /**
   * Addresses that replies go to.
   *
   * At most 10 items.
   *
   * Kibana 9.4.0 and later (evidence: elastic/kibana#251013,
   * src/platform/packages/shared/kbn-connector-schemas/email/schemas/v1.ts at 0ad9415, unsettled).
   * @default - none
   */
  readonly replyTo?: string[];
  /** Subject line. */
  readonly subject: string;
  /** Body in Markdown. */
  readonly message: string;
}

/**
 * A rule action run by the EmailConnector (`.email`): its params, and the group, frequency and alerts
 * filter every action takes.
 */
export interface EmailActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: EmailParams;
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
 * uptime, siem; Kibana versions: Kibana 7.x and later (evidence: unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
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
    super(scope, id, typedConnectorProps(EMAIL_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, EMAIL_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: EmailParams): { [key: string]: any } {
    return paramsObject(EMAIL_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: EmailActionOptions): RuleAction {
    return typedAction(this, EMAIL_CONNECTOR_SPEC, options);
  }
}
