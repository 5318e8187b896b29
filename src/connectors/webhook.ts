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
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { WebhookMethod } from './enums';
import { HttpAuthConfig, HttpAuthSecrets } from './groups/http-auth';
import { TlsConfig, TlsSecrets } from './groups/tls';
import { OauthClientCredentialsConfig, OauthClientCredentialsSecrets } from './groups/oauth-client-credentials';
import { AuthSchemesSecrets } from './groups/auth-schemes';
import { WEBHOOK_CONNECTOR_SPEC } from './specs/webhook';

/** Configuration of the WebhookConnector (`.webhook`): Kibana's `config` object. */
export interface WebhookConnectorConfig extends HttpAuthConfig, TlsConfig, OauthClientCredentialsConfig {
  /**
   * Address the request is sent to. Kibana's allowed-hosts setting must include its host.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
  /**
   * HTTP method of the request.
   *
   * Values that need another Kibana: `patch` Kibana 9.3.0 and later (evidence: elastic/kibana#238072
   * v9.3.0, elastic/kibana#237270,
   * src/platform/packages/shared/kbn-connector-schemas/webhook/schemas/v1.ts at 41e8515); `get` Kibana 9.3.0
   * and later (evidence: elastic/kibana#238072 v9.3.0, elastic/kibana#237270,
   * src/platform/packages/shared/kbn-connector-schemas/webhook/schemas/v1.ts at 41e8515); `delete`
   * Kibana 9.3.0 and later (evidence: elastic/kibana#238072 v9.3.0, elastic/kibana#237270,
   * src/platform/packages/shared/kbn-connector-schemas/webhook/schemas/v1.ts at 41e8515).
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default WebhookMethod.POST
   */
  readonly method?: WebhookMethod;
}

/**
 * Secrets of the WebhookConnector (`.webhook`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface WebhookConnectorSecrets
  extends HttpAuthSecrets, TlsSecrets, OauthClientCredentialsSecrets, AuthSchemesSecrets {
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

/**
 * A rule action run by the WebhookConnector (`.webhook`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface WebhookActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: WebhookParams;
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
 * uptime, siem; Kibana versions: Kibana 7.x and later (evidence:
 * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/webhook/index.ts at 027ff21).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
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
    super(scope, id, typedConnectorProps(WEBHOOK_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, WEBHOOK_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: WebhookParams): { [key: string]: any } {
    return paramsObject(WEBHOOK_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: WebhookActionOptions): RuleAction {
    return typedAction(this, WEBHOOK_CONNECTOR_SPEC, options);
  }
}
