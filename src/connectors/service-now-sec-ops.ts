// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/service-now-sec-ops.json.
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
import { ServiceNowSecOpsSubAction } from './enums';
import { ServicenowConfig, ServicenowSecrets } from './groups/servicenow';
import { SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC } from './specs/service-now-sec-ops';

/**
 * The ServiceNow security incident a rule action creates or updates.
 *
 * Used by the ServiceNowSecOpsConnector (`.servicenow-sir`).
 */
export interface ServiceNowSecOpsIncident {
  /**
   * Short description of the security incident; Kibana requires it.
   *
   * Written to Kibana's `short_description` field (renamed: `short_description` is not a valid jsii
   * property name).
   */
  readonly shortDescription: string;
  /**
   * Description of the security incident.
   * @default - none
   */
  readonly description?: string;
  /**
   * Id of an existing security incident to update.
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
   * Correlation id: actions with the same id update the same security incident. Kibana uses
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
   * Destination IP addresses; Kibana also takes a single string.
   *
   * Written to Kibana's `dest_ip` field (renamed: `dest_ip` is not a valid jsii property name).
   * @default - none
   */
  readonly destIp?: string[];
  /**
   * Malware hashes; Kibana also takes a single string.
   *
   * Written to Kibana's `malware_hash` field (renamed: `malware_hash` is not a valid jsii property
   * name).
   * @default - none
   */
  readonly malwareHash?: string[];
  /**
   * Malware URLs; Kibana also takes a single string.
   *
   * Written to Kibana's `malware_url` field (renamed: `malware_url` is not a valid jsii property name).
   * @default - none
   */
  readonly malwareUrl?: string[];
  /**
   * Source IP addresses; Kibana also takes a single string.
   *
   * Written to Kibana's `source_ip` field (renamed: `source_ip` is not a valid jsii property name).
   * @default - none
   */
  readonly sourceIp?: string[];
  /**
   * Priority.
   * @default - none
   */
  readonly priority?: string;
}

/**
 * A comment added to the incident.
 *
 * Used by the ServiceNowSecOpsConnector (`.servicenow-sir`).
 */
export interface ServiceNowSecOpsComment {
  /** Text of the comment. */
  readonly comment: string;
  /** Id of the comment, so that pushing it again updates it. */
  readonly commentId: string;
}

/**
 * The security incident, and its comments.
 *
 * Used by the ServiceNowSecOpsConnector (`.servicenow-sir`).
 */
export interface ServiceNowSecOpsSubActionParams {
  /** The security incident. */
  readonly incident: ServiceNowSecOpsIncident;
  /**
   * Comments to add to the security incident.
   * @default - none
   */
  readonly comments?: ServiceNowSecOpsComment[];
}

/** Configuration of the ServiceNowSecOpsConnector (`.servicenow-sir`): Kibana's `config` object. */
export interface ServiceNowSecOpsConnectorConfig extends ServicenowConfig {
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
 * Secrets of the ServiceNowSecOpsConnector (`.servicenow-sir`): Kibana's `secrets` object. Pass
 * sensitive Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ServiceNowSecOpsConnectorSecrets extends ServicenowSecrets {
}

/**
 * Parameters of an action run by the ServiceNowSecOpsConnector (`.servicenow-sir`): the `params`
 * object of a rule action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such
 * as `{{context.message}}` are allowed in strings.
 */
export interface ServiceNowSecOpsParams {
  /** What the action does: create or update a security incident. */
  readonly subAction: ServiceNowSecOpsSubAction;
  /** The security incident and its comments. */
  readonly subActionParams: ServiceNowSecOpsSubActionParams;
}

/**
 * A rule action run by the ServiceNowSecOpsConnector (`.servicenow-sir`): its params, and the group,
 * frequency and alerts filter every action takes.
 */
export interface ServiceNowSecOpsActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: ServiceNowSecOpsParams;
}

/** Properties of the ServiceNowSecOpsConnector (`.servicenow-sir`). */
export interface ServiceNowSecOpsConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ServiceNowSecOpsConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: ServiceNowSecOpsConnectorSecrets;
}

/**
 * Creates and updates security incidents in ServiceNow SecOps.
 *
 * Kibana connector type `.servicenow-sir` ("ServiceNow SecOps"); license: platinum or higher;
 * supported features: alerting, cases, siem; Kibana versions: Kibana 7.x and later (evidence:
 * elastic/kibana#132481 v7.12.0,
 * x-pack/plugins/actions/server/builtin_action_types/servicenow/schema.ts at 00ec1ff,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/servicenow_sir/index.ts at
 * 01ad79c).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class ServiceNowSecOpsConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.servicenow-sir';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the ServiceNowSecOpsConnector (`.servicenow-sir`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ServiceNowSecOpsConnectorProps) {
    super(scope, id, typedConnectorProps(SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: ServiceNowSecOpsParams): { [key: string]: any } {
    return paramsObject(SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: ServiceNowSecOpsActionOptions): RuleAction {
    return typedAction(this, SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC, options);
  }
}
