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
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { WebhookMethod } from './enums';
import { HttpAuthConfig, HttpAuthSecrets } from './groups/http-auth';
import { TlsConfig, TlsSecrets } from './groups/tls';
import { OauthClientCredentialsConfig, OauthClientCredentialsSecrets } from './groups/oauth-client-credentials';
import { AuthSchemesSecrets } from './groups/auth-schemes';
import { CASES_WEBHOOK_CONNECTOR_SPEC } from './specs/cases-webhook';

/**
 * Configuration of the CasesWebhookConnector (`.cases-webhook`): Kibana's `config` object.
 *
 * For this type, `authType`: Authentication scheme. Leave unset when `hasAuth` is false. When it is
 * unset, Kibana's newest schema stores `webhook-authentication-basic` for this type whatever `hasAuth`
 * says. Kibana refuses OAuth 2.0 client credentials for this type. Accepted values:
 * `webhook-authentication-basic`, `webhook-authentication-ssl`, `http-authentication-query-param`.
 * Kibana 8.15.0 and later (evidence: elastic/kibana#185925 v8.15.0, elastic/kibana#184313 v8.15.0,
 * elastic/kibana#191690 v8.15.1,
 * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
 *
 * For this type, `certType`: Kibana 8.15.0 and later (evidence: elastic/kibana#185925 v8.15.0,
 * elastic/kibana#184313 v8.15.0, elastic/kibana#191690 v8.15.1,
 * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
 *
 * For this type, `ca`: Kibana 8.15.0 and later (evidence: elastic/kibana#185925 v8.15.0,
 * elastic/kibana#184313 v8.15.0, elastic/kibana#191690 v8.15.1,
 * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
 *
 * For this type, `verificationMode`: Kibana 8.15.0 and later (evidence: elastic/kibana#185925 v8.15.0,
 * elastic/kibana#184313 v8.15.0, elastic/kibana#191690 v8.15.1,
 * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
 */
export interface CasesWebhookConnectorConfig extends HttpAuthConfig, TlsConfig, OauthClientCredentialsConfig {
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
   * Kibana 8.17.0 and later (evidence: elastic/kibana#197437 v8.17.0 v9.0.0,
   * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
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
   * Kibana 8.17.0 and later (evidence: elastic/kibana#197437 v8.17.0 v9.0.0,
   * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
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
}

/**
 * Secrets of the CasesWebhookConnector (`.cases-webhook`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 *
 * For this type, `crt`: Kibana 8.15.0 and later (evidence: elastic/kibana#185925 v8.15.0,
 * elastic/kibana#184313 v8.15.0, elastic/kibana#191690 v8.15.1,
 * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
 *
 * For this type, `key`: Kibana 8.15.0 and later (evidence: elastic/kibana#185925 v8.15.0,
 * elastic/kibana#184313 v8.15.0, elastic/kibana#191690 v8.15.1,
 * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
 *
 * For this type, `pfx`: Kibana 8.15.0 and later (evidence: elastic/kibana#185925 v8.15.0,
 * elastic/kibana#184313 v8.15.0, elastic/kibana#191690 v8.15.1,
 * src/platform/packages/shared/kbn-connector-schemas/cases_webhook/schemas/v1.ts at 3659b62).
 */
export interface CasesWebhookConnectorSecrets
  extends HttpAuthSecrets, TlsSecrets, OauthClientCredentialsSecrets, AuthSchemesSecrets {
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
 * supported features: cases; Kibana versions: Kibana 8.4 and later (evidence: elastic/kibana#131762,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/cases_webhook/index.ts at
 * 167598a).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
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
    super(scope, id, typedConnectorProps(CASES_WEBHOOK_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, CASES_WEBHOOK_CONNECTOR_SPEC, props);
  }
}
