// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/service-now-itsm.json.
// Shared field groups: servicenow (catalog/groups/).
// The catalog entry was checked against:
//   elastic/kibana
//     x-pack/platform/plugins/shared/stack_connectors/server/connector_types/lib/servicenow/validators.ts @ 089d9d1
//     (newest (imports @kbn/connector-schemas/servicenow))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/lib/servicenow/schema.ts @
//     4428bc1 (9.x zod (transitional, before move into kbn-connector-schemas))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { ServiceNowItsmSubAction } from './enums';
import { ServicenowConfig, ServicenowSecrets } from './groups/servicenow';
import { SERVICE_NOW_ITSM_CONNECTOR_SPEC } from './specs/service-now-itsm';

/**
 * The ServiceNow incident a rule action creates, updates or closes (the fields of both sub-actions).
 *
 * Used by the ServiceNowItsmConnector (`.servicenow`).
 */
export interface ServiceNowItsmIncident {
  /**
   * Short description of the incident. Kibana requires it for `pushToService`; `closeIncident` takes
   * only `externalId` and `correlation_id`.
   *
   * Written to Kibana's `short_description` field (renamed: `short_description` is not a valid jsii
   * property name).
   * @default - none
   */
  readonly shortDescription?: string;
  /**
   * Description of the incident.
   * @default - none
   */
  readonly description?: string;
  /**
   * Id of an existing incident to update or close.
   * @default - none
   */
  readonly externalId?: string;
  /**
   * Category.
   * @default - none
   */
  readonly category?: string;
  /**
   * Subcategory.
   * @default - none
   */
  readonly subcategory?: string;
  /**
   * Correlation id: actions with the same id update (or close) the same incident. Kibana uses
   * `{{rule.id}}:{{alert.id}}` when unset.
   *
   * Written to Kibana's `correlation_id` field (renamed: `correlation_id` is not a valid jsii property
   * name).
   * @default - none
   */
  readonly correlationId?: string;
  /**
   * Correlation display name.
   *
   * Written to Kibana's `correlation_display` field (renamed: `correlation_display` is not a valid jsii
   * property name).
   * @default - none
   */
  readonly correlationDisplay?: string;
  /**
   * Other fields of the ServiceNow record, by column name (the Elastic for ITSM application prefixes its
   * columns with `u_`); the fields above cannot be set here.
   *
   * Written to Kibana's `additional_fields` field (renamed: `additional_fields` is not a valid jsii
   * property name).
   *
   * Kibana 8.15.0 and later (evidence: elastic/kibana#184023, unsettled).
   * @default - none
   */
  readonly additionalFields?: { [key: string]: any };
  /**
   * Severity.
   * @default - none
   */
  readonly severity?: string;
  /**
   * Urgency.
   * @default - none
   */
  readonly urgency?: string;
  /**
   * Impact.
   * @default - none
   */
  readonly impact?: string;
}

/**
 * A comment added to the incident.
 *
 * Used by the ServiceNowItsmConnector (`.servicenow`).
 */
export interface ServiceNowItsmComment {
  /** Text of the comment. */
  readonly comment: string;
  /** Id of the comment, so that pushing it again updates it. */
  readonly commentId: string;
}

/**
 * The incident, and its comments.
 *
 * Used by the ServiceNowItsmConnector (`.servicenow`).
 */
export interface ServiceNowItsmSubActionParams {
  /** The incident. */
  readonly incident: ServiceNowItsmIncident;
  /**
   * Comments to add to the incident (`pushToService`).
   * @default - none
   */
  readonly comments?: ServiceNowItsmComment[];
}

/** Configuration of the ServiceNowItsmConnector (`.servicenow`): Kibana's `config` object. */
export interface ServiceNowItsmConnectorConfig extends ServicenowConfig {
  /**
   * Whether to use the ServiceNow table API instead of the Elastic scoped application's import set API
   * (deprecated).
   *
   * Kibana 7.16.0 and later (evidence: elastic/kibana#105440, elastic/kibana#114777,
   * elastic/kibana#115028 v7.16.0 v8.0.0, elastic/kibana#115367 v7.16.0 v8.0.0,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default true
   */
  readonly usesTableApi?: boolean;
}

/**
 * Secrets of the ServiceNowItsmConnector (`.servicenow`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ServiceNowItsmConnectorSecrets extends ServicenowSecrets {
}

/**
 * Parameters of an action run by the ServiceNowItsmConnector (`.servicenow`): the `params` object of a
 * rule action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface ServiceNowItsmParams {
  /**
   * What the action does: create or update an incident, or close it (for a recovered alert).
   *
   * Values that need another Kibana: `closeIncident` Kibana 8.12.0 and later (evidence:
   * elastic/kibana#171760 v8.12.0).
   */
  readonly subAction: ServiceNowItsmSubAction;
  /** The incident and its comments. */
  readonly subActionParams: ServiceNowItsmSubActionParams;
}

/**
 * A rule action run by the ServiceNowItsmConnector (`.servicenow`): its params, and the group,
 * frequency and alerts filter every action takes.
 */
export interface ServiceNowItsmActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: ServiceNowItsmParams;
}

/** Properties of the ServiceNowItsmConnector (`.servicenow`). */
export interface ServiceNowItsmConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ServiceNowItsmConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: ServiceNowItsmConnectorSecrets;
}

/**
 * Creates and updates incidents in ServiceNow ITSM.
 *
 * Kibana connector type `.servicenow` ("ServiceNow ITSM"); license: platinum or higher; supported
 * features: alerting, cases, uptime, siem, workflows; Kibana versions: Kibana 7.x and later (evidence:
 * elastic/kibana#132481 v7.12.0,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/servicenow_itsm/index.ts at
 * 12071a2).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class ServiceNowItsmConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.servicenow';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'uptime', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the ServiceNowItsmConnector (`.servicenow`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ServiceNowItsmConnectorProps) {
    super(scope, id, typedConnectorProps(SERVICE_NOW_ITSM_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SERVICE_NOW_ITSM_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: ServiceNowItsmParams): { [key: string]: any } {
    return paramsObject(SERVICE_NOW_ITSM_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: ServiceNowItsmActionOptions): RuleAction {
    return typedAction(this, SERVICE_NOW_ITSM_CONNECTOR_SPEC, options);
  }
}
