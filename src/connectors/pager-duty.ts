// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/pager-duty.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/pagerduty/schemas/v1.ts @ 524c5f6 (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { PagerDutyEventAction, PagerDutySeverity } from './enums';
import { PAGER_DUTY_CONNECTOR_SPEC } from './specs/pager-duty';

/**
 * A link attached to a PagerDuty event.
 *
 * Used by the PagerDutyConnector (`.pagerduty`).
 */
export interface PagerDutyLink {
  /** Link target. */
  readonly href: string;
  /** Link text. */
  readonly text: string;
}

/** Configuration of the PagerDutyConnector (`.pagerduty`): Kibana's `config` object. */
export interface PagerDutyConnectorConfig {
  /**
   * Events API endpoint. When unset, Kibana uses PagerDuty's public endpoint.
   *
   * Must be an absolute http(s) URL.
   * @default - none
   */
  readonly apiUrl?: string;
}

/**
 * Secrets of the PagerDutyConnector (`.pagerduty`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface PagerDutyConnectorSecrets {
  /** Integration (routing) key of the PagerDuty service. */
  readonly routingKey: string;
}

/**
 * Parameters of an action run by the PagerDutyConnector (`.pagerduty`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface PagerDutyParams {
  /**
   * What the event does. Kibana triggers when unset.
   * @default - none
   */
  readonly eventAction?: PagerDutyEventAction;
  /**
   * Deduplication key; needed to resolve or acknowledge an incident.
   *
   * At most 255 characters.
   * @default - none
   */
  readonly dedupKey?: string;
  /**
   * Summary of the event.
   *
   * At most 1024 characters.
   * @default - none
   */
  readonly summary?: string;
  /**
   * Where the event comes from.
   * @default - none
   */
  readonly source?: string;
  /**
   * Severity of the event. Kibana uses `info` when unset.
   * @default - none
   */
  readonly severity?: PagerDutySeverity;
  /**
   * Time of the event, as an ISO 8601 date. Kibana refuses a value that does not parse as a date.
   * @default - none
   */
  readonly timestamp?: string;
  /**
   * Component of the source that the event is about.
   * @default - none
   */
  readonly component?: string;
  /**
   * Logical group of components.
   * @default - none
   */
  readonly group?: string;
  /**
   * Class or type of the event.
   * @default - none
   */
  readonly class?: string;
  /**
   * Links to show with the incident.
   *
   * Kibana 8.12.0 and later (evidence: elastic/kibana#170459, elastic/kibana#175507 v8.12.1,
   * src/platform/packages/shared/kbn-connector-schemas/pagerduty/schemas/v1.ts at 524c5f6, unsettled).
   * @default - none
   */
  readonly links?: PagerDutyLink[];
  /**
   * Free-form details attached to the event.
   *
   * Kibana 8.12.0 and later (evidence: elastic/kibana#170459, elastic/kibana#175507 v8.12.1,
   * src/platform/packages/shared/kbn-connector-schemas/pagerduty/schemas/v1.ts at 524c5f6, unsettled).
   * @default - none
   */
  readonly customDetails?: { [key: string]: any };
}

/**
 * A rule action run by the PagerDutyConnector (`.pagerduty`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface PagerDutyActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: PagerDutyParams;
}

/** Properties of the PagerDutyConnector (`.pagerduty`). */
export interface PagerDutyConnectorProps extends KibanaConnectorOptions {
  /**
   * Connector configuration.
   * @default - the defaults of each field
   */
  readonly config?: PagerDutyConnectorConfig;
  /** Connector secrets. */
  readonly secrets: PagerDutyConnectorSecrets;
}

/**
 * Triggers, acknowledges and resolves PagerDuty events through the Events API v2.
 *
 * Kibana connector type `.pagerduty` ("PagerDuty"); license: gold or higher; supported features:
 * alerting, uptime, siem, workflows; Kibana versions: Kibana 7.x and later (evidence:
 * src/platform/packages/shared/kbn-connector-schemas/pagerduty/schemas/v1.ts at 524c5f6).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class PagerDutyConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.pagerduty';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the PagerDutyConnector (`.pagerduty`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: PagerDutyConnectorProps) {
    super(scope, id, typedConnectorProps(PAGER_DUTY_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, PAGER_DUTY_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: PagerDutyParams): { [key: string]: any } {
    return paramsObject(PAGER_DUTY_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: PagerDutyActionOptions): RuleAction {
    return typedAction(this, PAGER_DUTY_CONNECTOR_SPEC, options);
  }
}
