// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/jira-service-management.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/jira-service-management/schemas/v1.ts @
//     09e7cfe (newest (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import {
  JiraServiceManagementPriority,
  JiraServiceManagementResponderType,
  JiraServiceManagementSubAction,
  JiraServiceManagementVisibleToType,
} from './enums';
import { JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC } from './specs/jira-service-management';

/**
 * A responder of a Jira Service Management alert, by id.
 *
 * Used by the JiraServiceManagementConnector (`.jira-service-management`).
 */
export interface JiraServiceManagementResponder {
  /** Id of the responder. */
  readonly id: string;
  /** Kind of responder. */
  readonly type: JiraServiceManagementResponderType;
}

/**
 * A team or user a Jira Service Management alert is visible to, by id.
 *
 * Used by the JiraServiceManagementConnector (`.jira-service-management`).
 */
export interface JiraServiceManagementVisibleTo {
  /** Id of the team or user. */
  readonly id: string;
  /** Kind of viewer. */
  readonly type: JiraServiceManagementVisibleToType;
}

/**
 * The fields of `createAlert` and of `closeAlert` in one struct (jsii has no unions): `closeAlert`
 * takes only `alias`, `user`, `source` and `note`.
 *
 * Used by the JiraServiceManagementConnector (`.jira-service-management`).
 */
export interface JiraServiceManagementSubActionParams {
  /**
   * Alert message. Kibana requires it for `createAlert` (not checked here: one struct holds both
   * sub-actions).
   *
   * At most 130 characters.
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
  readonly responders?: JiraServiceManagementResponder[];
  /**
   * Teams and users the alert is visible to without being notified (`createAlert`).
   *
   * At most 50 items.
   * @default - none
   */
  readonly visibleTo?: JiraServiceManagementVisibleTo[];
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
  readonly priority?: JiraServiceManagementPriority;
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

/**
 * Configuration of the JiraServiceManagementConnector (`.jira-service-management`): Kibana's `config`
 * object.
 */
export interface JiraServiceManagementConnectorConfig {
  /**
   * Jira Service Management API address, such as `https://api.atlassian.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
}

/**
 * Secrets of the JiraServiceManagementConnector (`.jira-service-management`): Kibana's `secrets`
 * object. Pass sensitive Terraform variables rather than literal values, which would be written to the
 * synthesized configuration in clear text.
 */
export interface JiraServiceManagementConnectorSecrets {
  /** API integration key. */
  readonly apiKey: string;
}

/**
 * Parameters of an action run by the JiraServiceManagementConnector (`.jira-service-management`): the
 * `params` object of a rule action or of `POST /api/actions/connector/{id}/_execute`. Mustache
 * variables such as `{{context.message}}` are allowed in strings.
 */
export interface JiraServiceManagementParams {
  /** What the action does: create an alert, or close it (for a recovered alert). */
  readonly subAction: JiraServiceManagementSubAction;
  /** The alert. */
  readonly subActionParams: JiraServiceManagementSubActionParams;
}

/**
 * A rule action run by the JiraServiceManagementConnector (`.jira-service-management`): its params,
 * and the group, frequency and alerts filter every action takes.
 */
export interface JiraServiceManagementActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: JiraServiceManagementParams;
}

/** Properties of the JiraServiceManagementConnector (`.jira-service-management`). */
export interface JiraServiceManagementConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: JiraServiceManagementConnectorConfig;
  /** Connector secrets. */
  readonly secrets: JiraServiceManagementConnectorSecrets;
}

/**
 * Creates and closes alerts in Jira Service Management (Operations).
 *
 * Kibana connector type `.jira-service-management` ("Jira Service Management"); license: platinum or
 * higher; supported features: alerting, uptime, siem; Kibana versions: Kibana 9.2 and later (evidence:
 * elastic/kibana#231155).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class JiraServiceManagementConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.jira-service-management';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '9.2';

  /**
   * Creates the JiraServiceManagementConnector (`.jira-service-management`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: JiraServiceManagementConnectorProps) {
    super(scope, id, typedConnectorProps(JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: JiraServiceManagementParams): { [key: string]: any } {
    return paramsObject(JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: JiraServiceManagementActionOptions): RuleAction {
    return typedAction(this, JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC, options);
  }
}
