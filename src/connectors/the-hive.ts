// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/the-hive.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/thehive/schemas/v1.ts @ 174aa4c (newest (zod
//     v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { TheHiveSubAction } from './enums';
import { THE_HIVE_CONNECTOR_SPEC } from './specs/the-hive';

/**
 * The TheHive case a `pushToService` action creates or updates.
 *
 * Used by the TheHiveConnector (`.thehive`).
 */
export interface TheHiveIncident {
  /** Title of the case. */
  readonly title: string;
  /** Description of the case. */
  readonly description: string;
  /**
   * Id of an existing case to update; a new case is created when unset.
   * @default - none
   */
  readonly externalId?: string;
  /**
   * Severity: 1 (low) to 4 (critical).
   * @default - none
   */
  readonly severity?: number;
  /**
   * Traffic Light Protocol level: 0 (clear) to 4 (red).
   * @default - none
   */
  readonly tlp?: number;
  /**
   * Tags of the case.
   * @default - none
   */
  readonly tags?: string[];
}

/**
 * A comment added to the case.
 *
 * Used by the TheHiveConnector (`.thehive`).
 */
export interface TheHiveComment {
  /** Text of the comment. */
  readonly comment: string;
  /** Id of the comment, so that pushing it again updates it. */
  readonly commentId: string;
}

/**
 * The fields of `pushToService` and of `createAlert` in one struct (jsii has no unions):
 * `pushToService` takes `incident` and `comments`; `createAlert` takes the alert's fields (`title` to
 * `body`).
 *
 * Used by the TheHiveConnector (`.thehive`).
 */
export interface TheHiveSubActionParams {
  /**
   * The case (`pushToService`, which requires it).
   * @default - none
   */
  readonly incident?: TheHiveIncident;
  /**
   * Comments to add to the case (`pushToService`).
   * @default - none
   */
  readonly comments?: TheHiveComment[];
  /**
   * Title of the alert (`createAlert`, which requires it).
   * @default - none
   */
  readonly title?: string;
  /**
   * Description of the alert (`createAlert`, which requires it).
   * @default - none
   */
  readonly description?: string;
  /**
   * Type of the alert, such as `external` (`createAlert`, which requires it).
   * @default - none
   */
  readonly type?: string;
  /**
   * Source of the alert (`createAlert`, which requires it).
   * @default - none
   */
  readonly source?: string;
  /**
   * Reference of the alert in its source, unique per source and type (`createAlert`, which requires it).
   * @default - none
   */
  readonly sourceRef?: string;
  /**
   * Severity of the alert: 1 (low) to 4 (critical) (`createAlert`).
   * @default - none
   */
  readonly severity?: number;
  /**
   * Whether the alert takes the rule's severity instead of `severity` (`createAlert`); Kibana's default
   * is false.
   *
   * Kibana 9.1 and later (evidence: elastic/kibana#207255, unsettled).
   * @default - none
   */
  readonly isRuleSeverity?: boolean;
  /**
   * Traffic Light Protocol level of the alert: 0 (clear) to 4 (red) (`createAlert`).
   * @default - none
   */
  readonly tlp?: number;
  /**
   * Tags of the alert (`createAlert`).
   * @default - none
   */
  readonly tags?: string[];
  /**
   * JSON text of further alert fields, such as observables (`createAlert`).
   *
   * Kibana 9.1 and later (evidence: elastic/kibana#207255, unsettled).
   * @default - none
   */
  readonly body?: string;
}

/** Configuration of the TheHiveConnector (`.thehive`): Kibana's `config` object. */
export interface TheHiveConnectorConfig {
  /**
   * Address of the TheHive server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
  /**
   * TheHive organisation to use.
   * @default - none
   */
  readonly organisation?: string;
}

/**
 * Secrets of the TheHiveConnector (`.thehive`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface TheHiveConnectorSecrets {
  /** TheHive API key. */
  readonly apiKey: string;
}

/**
 * Parameters of an action run by the TheHiveConnector (`.thehive`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface TheHiveParams {
  /** What the action does: create or update a case, or create an alert. */
  readonly subAction: TheHiveSubAction;
  /** The case and its comments, or the alert. */
  readonly subActionParams: TheHiveSubActionParams;
}

/**
 * A rule action run by the TheHiveConnector (`.thehive`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface TheHiveActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: TheHiveParams;
}

/** Properties of the TheHiveConnector (`.thehive`). */
export interface TheHiveConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: TheHiveConnectorConfig;
  /** Connector secrets. */
  readonly secrets: TheHiveConnectorSecrets;
}

/**
 * Creates cases and alerts in TheHive.
 *
 * Kibana connector type `.thehive` ("TheHive"); license: platinum or higher; supported features:
 * alerting, siem, uptime, cases, workflows; Kibana versions: Kibana 8.16 and later (evidence:
 * elastic/kibana#180138, elastic/kibana#191903 v8.16.0, elastic/kibana#192424 v8.16.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class TheHiveConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.thehive';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem', 'uptime', 'cases', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.16';

  /**
   * Creates the TheHiveConnector (`.thehive`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: TheHiveConnectorProps) {
    super(scope, id, typedConnectorProps(THE_HIVE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, THE_HIVE_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: TheHiveParams): { [key: string]: any } {
    return paramsObject(THE_HIVE_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: TheHiveActionOptions): RuleAction {
    return typedAction(this, THE_HIVE_CONNECTOR_SPEC, options);
  }
}
