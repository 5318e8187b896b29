// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/jira.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/jira/schemas/v1.ts @ 3ac3829 (newest (zod
//     v3))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { JiraSubAction } from './enums';
import { JIRA_CONNECTOR_SPEC } from './specs/jira';

/**
 * The Jira issue a rule action creates or updates.
 *
 * Used by the JiraConnector (`.jira`).
 */
export interface JiraIncident {
  /** Summary (title) of the issue. */
  readonly summary: string;
  /**
   * Description of the issue.
   * @default - none
   */
  readonly description?: string;
  /**
   * Id of an existing issue to update; a new issue is created when unset.
   * @default - none
   */
  readonly externalId?: string;
  /**
   * Id of the issue type.
   * @default - none
   */
  readonly issueType?: string;
  /**
   * Name of the priority.
   * @default - none
   */
  readonly priority?: string;
  /**
   * Labels of the issue; Kibana refuses labels that contain spaces.
   * @default - none
   */
  readonly labels?: string[];
  /**
   * Key of the parent issue, for a sub-task.
   * @default - none
   */
  readonly parent?: string;
  /**
   * Other Jira fields, by Jira field key; the fields above cannot be set here.
   *
   * Kibana 8.14.0 and later (evidence: elastic/kibana#178627, unsettled).
   * @default - none
   */
  readonly otherFields?: { [key: string]: any };
}

/**
 * A comment added to the incident.
 *
 * Used by the JiraConnector (`.jira`).
 */
export interface JiraComment {
  /** Text of the comment. */
  readonly comment: string;
  /** Id of the comment, so that pushing it again updates it. */
  readonly commentId: string;
}

/**
 * The issue to push, and its comments.
 *
 * Used by the JiraConnector (`.jira`).
 */
export interface JiraSubActionParams {
  /** The issue. */
  readonly incident: JiraIncident;
  /**
   * Comments to add to the issue.
   * @default - none
   */
  readonly comments?: JiraComment[];
}

/** Configuration of the JiraConnector (`.jira`): Kibana's `config` object. */
export interface JiraConnectorConfig {
  /**
   * Address of the Jira site, such as `https://example.atlassian.net`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /** Key of the Jira project issues are created in. */
  readonly projectKey: string;
}

/**
 * Secrets of the JiraConnector (`.jira`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface JiraConnectorSecrets {
  /** Email address of the Jira account. */
  readonly email: string;
  /** API token (or password) of the Jira account. */
  readonly apiToken: string;
}

/**
 * Parameters of an action run by the JiraConnector (`.jira`): the `params` object of a rule action or
 * of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as `{{context.message}}` are
 * allowed in strings.
 */
export interface JiraParams {
  /** What the action does: create or update an issue. */
  readonly subAction: JiraSubAction;
  /** The issue and its comments. */
  readonly subActionParams: JiraSubActionParams;
}

/**
 * A rule action run by the JiraConnector (`.jira`): its params, and the group, frequency and alerts
 * filter every action takes.
 */
export interface JiraActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: JiraParams;
}

/** Properties of the JiraConnector (`.jira`). */
export interface JiraConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: JiraConnectorConfig;
  /** Connector secrets. */
  readonly secrets: JiraConnectorSecrets;
}

/**
 * Creates and updates Jira issues.
 *
 * Kibana connector type `.jira` ("Jira"); license: gold or higher; supported features: alerting,
 * cases, uptime, siem, workflows; Kibana versions: Kibana 7.x and later (evidence:
 * elastic/kibana#73778 v7.10.0, elastic/kibana#78316 v7.10.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class JiraConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.jira';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'uptime', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the JiraConnector (`.jira`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: JiraConnectorProps) {
    super(scope, id, typedConnectorProps(JIRA_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, JIRA_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: JiraParams): { [key: string]: any } {
    return paramsObject(JIRA_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: JiraActionOptions): RuleAction {
    return typedAction(this, JIRA_CONNECTOR_SPEC, options);
  }
}
