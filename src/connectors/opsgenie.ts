// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/opsgenie.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/opsgenie/schemas/v1.ts @ 1594432 (newest
//     (zod v4): config and secrets strict, no defaults)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/opsgenie/index.ts @
//     027ff21 (newest (imports @kbn/connector-schemas): URL allow-list check on apiUrl; license platinum)
//   elastic/kibana PR #142164 (label v8.6.0): the type arrived in 8.6
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { OpsgeniePriority, OpsgenieResponderType, OpsgenieSubAction, OpsgenieVisibleToType } from './enums';
import { OPSGENIE_CONNECTOR_SPEC } from './specs/opsgenie';

/**
 * A responder of an Opsgenie alert: its type and one of id, name or username (username only for
 * users).
 *
 * Used by the OpsgenieConnector (`.opsgenie`).
 */
export interface OpsgenieResponder {
  /** Kind of responder. */
  readonly type: OpsgenieResponderType;
  /**
   * Id of the responder.
   * @default - none
   */
  readonly id?: string;
  /**
   * Name of the responder.
   * @default - none
   */
  readonly name?: string;
  /**
   * Username (email) of a user responder.
   * @default - none
   */
  readonly username?: string;
}

/**
 * A team or user an Opsgenie alert is visible to: its type and one of id, name (teams) or username
 * (users).
 *
 * Used by the OpsgenieConnector (`.opsgenie`).
 */
export interface OpsgenieVisibleTo {
  /** Kind of viewer. */
  readonly type: OpsgenieVisibleToType;
  /**
   * Id of the team or user.
   * @default - none
   */
  readonly id?: string;
  /**
   * Name of the team.
   * @default - none
   */
  readonly name?: string;
  /**
   * Username (email) of the user.
   * @default - none
   */
  readonly username?: string;
}

/**
 * The fields of `createAlert` and of `closeAlert` in one struct (jsii has no unions): `closeAlert`
 * takes only `alias`, `user`, `source` and `note`.
 *
 * Used by the OpsgenieConnector (`.opsgenie`).
 */
export interface OpsgenieSubActionParams {
  /**
   * Alert message. Kibana requires it for `createAlert` (not checked here: one struct holds both
   * sub-actions).
   * @default - none
   */
  readonly message?: string;
  /**
   * Alias that identifies the alert: `closeAlert` requires it (not checked here); `createAlert`
   * deduplicates on it.
   * @default - none
   */
  readonly alias?: string;
  /**
   * Description of the alert (`createAlert`).
   *
   * At most 15000 characters.
   * @default - none
   */
  readonly description?: string;
  /**
   * Teams, users, escalations or schedules notified of the alert (`createAlert`).
   *
   * At most 50 items.
   * @default - none
   */
  readonly responders?: OpsgenieResponder[];
  /**
   * Teams and users the alert is visible to without being notified (`createAlert`).
   *
   * At most 50 items.
   * @default - none
   */
  readonly visibleTo?: OpsgenieVisibleTo[];
  /**
   * Custom actions available on the alert (`createAlert`).
   *
   * At most 10 items.
   * @default - none
   */
  readonly actions?: string[];
  /**
   * Tags of the alert (`createAlert`).
   *
   * At most 20 items.
   * @default - none
   */
  readonly tags?: string[];
  /**
   * Custom properties of the alert (`createAlert`).
   * @default - none
   */
  readonly details?: { [key: string]: string };
  /**
   * Entity the alert is about (`createAlert`).
   *
   * At most 512 characters.
   * @default - none
   */
  readonly entity?: string;
  /**
   * Source of the alert.
   *
   * At most 100 characters.
   * @default - none
   */
  readonly source?: string;
  /**
   * Priority of the alert (`createAlert`).
   * @default - none
   */
  readonly priority?: OpsgeniePriority;
  /**
   * Display name of the request owner.
   *
   * At most 100 characters.
   * @default - none
   */
  readonly user?: string;
  /**
   * Note added to the alert.
   *
   * At most 25000 characters.
   * @default - none
   */
  readonly note?: string;
}

/** Configuration of the OpsgenieConnector (`.opsgenie`): Kibana's `config` object. */
export interface OpsgenieConnectorConfig {
  /**
   * Opsgenie API address, such as `https://api.opsgenie.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
}

/**
 * Secrets of the OpsgenieConnector (`.opsgenie`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface OpsgenieConnectorSecrets {
  /** Opsgenie API integration key. */
  readonly apiKey: string;
}

/**
 * Parameters of an action run by the OpsgenieConnector (`.opsgenie`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface OpsgenieParams {
  /** What the action does: create an alert, or close it (for a recovered alert). */
  readonly subAction: OpsgenieSubAction;
  /** The alert. */
  readonly subActionParams: OpsgenieSubActionParams;
}

/**
 * A rule action run by the OpsgenieConnector (`.opsgenie`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface OpsgenieActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: OpsgenieParams;
}

/** Properties of the OpsgenieConnector (`.opsgenie`). */
export interface OpsgenieConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: OpsgenieConnectorConfig;
  /** Connector secrets. */
  readonly secrets: OpsgenieConnectorSecrets;
}

/**
 * Creates and closes Opsgenie alerts.
 *
 * Kibana connector type `.opsgenie` ("Opsgenie"); license: platinum or higher; supported features:
 * alerting, uptime, siem; Kibana versions: Kibana 8.6 and later (evidence:
 * src/platform/packages/shared/kbn-connector-schemas/opsgenie/schemas/v1.ts at 1594432).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class OpsgenieConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.opsgenie';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.6';

  /**
   * Creates the OpsgenieConnector (`.opsgenie`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: OpsgenieConnectorProps) {
    super(scope, id, typedConnectorProps(OPSGENIE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, OPSGENIE_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: OpsgenieParams): { [key: string]: any } {
    return paramsObject(OPSGENIE_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: OpsgenieActionOptions): RuleAction {
    return typedAction(this, OPSGENIE_CONNECTOR_SPEC, options);
  }
}
