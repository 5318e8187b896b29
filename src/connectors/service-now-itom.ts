// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/service-now-itom.json.
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
import { ServiceNowItomSubAction } from './enums';
import { ServicenowConfig, ServicenowSecrets } from './groups/servicenow';
import { SERVICE_NOW_ITOM_CONNECTOR_SPEC } from './specs/service-now-itom';

/**
 * The ServiceNow ITOM event a rule action sends.
 *
 * Used by the ServiceNowItomConnector (`.servicenow-itom`).
 */
export interface ServiceNowItomEvent {
  /**
   * Name of the event source.
   * @default - none
   */
  readonly source?: string;
  /**
   * Name of the event class (the source instance).
   *
   * Written to Kibana's `event_class` field (renamed: `event_class` is not a valid jsii property name).
   * @default - none
   */
  readonly eventClass?: string;
  /**
   * The node's resource the event is about.
   * @default - none
   */
  readonly resource?: string;
  /**
   * The host the event is about.
   * @default - none
   */
  readonly node?: string;
  /**
   * Name of the metric.
   *
   * Written to Kibana's `metric_name` field (renamed: `metric_name` is not a valid jsii property name).
   * @default - none
   */
  readonly metricName?: string;
  /**
   * Type of the event.
   * @default - none
   */
  readonly type?: string;
  /**
   * Severity of the event.
   * @default - none
   */
  readonly severity?: string;
  /**
   * Description of the event.
   * @default - none
   */
  readonly description?: string;
  /**
   * More information, as JSON text.
   *
   * Written to Kibana's `additional_info` field (renamed: `additional_info` is not a valid jsii property
   * name).
   * @default - none
   */
  readonly additionalInfo?: string;
  /**
   * Key that deduplicates events: events with the same key update the same alert. Kibana uses
   * `{{rule.id}}:{{alert.id}}` when unset.
   *
   * Written to Kibana's `message_key` field (renamed: `message_key` is not a valid jsii property name).
   * @default - none
   */
  readonly messageKey?: string;
  /**
   * Time of the event.
   *
   * Written to Kibana's `time_of_event` field (renamed: `time_of_event` is not a valid jsii property
   * name).
   * @default - none
   */
  readonly timeOfEvent?: string;
}

/** Configuration of the ServiceNowItomConnector (`.servicenow-itom`): Kibana's `config` object. */
export interface ServiceNowItomConnectorConfig extends ServicenowConfig {
}

/**
 * Secrets of the ServiceNowItomConnector (`.servicenow-itom`): Kibana's `secrets` object. Pass
 * sensitive Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ServiceNowItomConnectorSecrets extends ServicenowSecrets {
}

/**
 * Parameters of an action run by the ServiceNowItomConnector (`.servicenow-itom`): the `params` object
 * of a rule action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface ServiceNowItomParams {
  /** What the action does: send an event. */
  readonly subAction: ServiceNowItomSubAction;
  /** The event. */
  readonly subActionParams: ServiceNowItomEvent;
}

/**
 * A rule action run by the ServiceNowItomConnector (`.servicenow-itom`): its params, and the group,
 * frequency and alerts filter every action takes.
 */
export interface ServiceNowItomActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: ServiceNowItomParams;
}

/** Properties of the ServiceNowItomConnector (`.servicenow-itom`). */
export interface ServiceNowItomConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ServiceNowItomConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: ServiceNowItomConnectorSecrets;
}

/**
 * Creates events in ServiceNow ITOM.
 *
 * Kibana connector type `.servicenow-itom` ("ServiceNow ITOM"); license: platinum or higher; supported
 * features: alerting, siem, workflows; Kibana versions: Kibana 7.16 and later (evidence:
 * elastic/kibana#117122 v7.16.0, elastic/kibana#142346 v7.16.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class ServiceNowItomConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.servicenow-itom';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.16';

  /**
   * Creates the ServiceNowItomConnector (`.servicenow-itom`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ServiceNowItomConnectorProps) {
    super(scope, id, typedConnectorProps(SERVICE_NOW_ITOM_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SERVICE_NOW_ITOM_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: ServiceNowItomParams): { [key: string]: any } {
    return paramsObject(SERVICE_NOW_ITOM_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: ServiceNowItomActionOptions): RuleAction {
    return typedAction(this, SERVICE_NOW_ITOM_CONNECTOR_SPEC, options);
  }
}
