// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/swimlane.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/swimlane/schemas/v1.ts @ 1064da9 (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { SwimlaneConnectorType, SwimlaneSubAction } from './enums';
import { SWIMLANE_CONNECTOR_SPEC } from './specs/swimlane';

/**
 * A Swimlane application field that receives one piece of alert or case data.
 *
 * Used by the SwimlaneConnector (`.swimlane`).
 */
export interface SwimlaneFieldMapping {
  /** Field id in the Swimlane application. */
  readonly id: string;
  /** Field key in the Swimlane application. */
  readonly key: string;
  /** Field name in the Swimlane application. */
  readonly name: string;
  /** Field type in the Swimlane application, such as `text` or `comments`. */
  readonly fieldType: string;
}

/**
 * Which Swimlane fields receive which alert or case data.
 *
 * Used by the SwimlaneConnector (`.swimlane`).
 */
export interface SwimlaneMappings {
  /**
   * Field for the rule name.
   * @default - none
   */
  readonly ruleNameConfig?: SwimlaneFieldMapping;
  /**
   * Field for the alert id.
   * @default - none
   */
  readonly alertIdConfig?: SwimlaneFieldMapping;
  /**
   * Field for the case id.
   * @default - none
   */
  readonly caseIdConfig?: SwimlaneFieldMapping;
  /**
   * Field for the case name.
   * @default - none
   */
  readonly caseNameConfig?: SwimlaneFieldMapping;
  /**
   * Field for comments.
   * @default - none
   */
  readonly commentsConfig?: SwimlaneFieldMapping;
  /**
   * Field for the severity.
   * @default - none
   */
  readonly severityConfig?: SwimlaneFieldMapping;
  /**
   * Field for the description.
   * @default - none
   */
  readonly descriptionConfig?: SwimlaneFieldMapping;
}

/**
 * The Swimlane record a rule action creates or updates: each value goes to the application field the
 * connector's mappings name.
 *
 * Used by the SwimlaneConnector (`.swimlane`).
 */
export interface SwimlaneIncident {
  /**
   * Alert id (mapping `alertIdConfig`).
   * @default - none
   */
  readonly alertId?: string;
  /**
   * Rule name (mapping `ruleNameConfig`).
   * @default - none
   */
  readonly ruleName?: string;
  /**
   * Case id (mapping `caseIdConfig`).
   * @default - none
   */
  readonly caseId?: string;
  /**
   * Case name (mapping `caseNameConfig`).
   * @default - none
   */
  readonly caseName?: string;
  /**
   * Severity (mapping `severityConfig`).
   * @default - none
   */
  readonly severity?: string;
  /**
   * Description (mapping `descriptionConfig`).
   * @default - none
   */
  readonly description?: string;
  /**
   * Id of an existing record to update; a new record is created when unset.
   * @default - none
   */
  readonly externalId?: string;
}

/**
 * A comment added to the record (mapping `commentsConfig`).
 *
 * Used by the SwimlaneConnector (`.swimlane`).
 */
export interface SwimlaneComment {
  /** Text of the comment. */
  readonly comment: string;
  /** Id of the comment, so that pushing it again updates it. */
  readonly commentId: string;
}

/**
 * The record to push, and its comments.
 *
 * Used by the SwimlaneConnector (`.swimlane`).
 */
export interface SwimlaneSubActionParams {
  /** The record. */
  readonly incident: SwimlaneIncident;
  /**
   * Comments to add to the record.
   * @default - none
   */
  readonly comments?: SwimlaneComment[];
}

/** Configuration of the SwimlaneConnector (`.swimlane`): Kibana's `config` object. */
export interface SwimlaneConnectorConfig {
  /**
   * Address of the Swimlane server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /** Id of the Swimlane application records are created in. */
  readonly appId: string;
  /** Whether the connector handles alerts, cases or both. */
  readonly connectorType: SwimlaneConnectorType;
  /** Field mappings between Kibana data and the Swimlane application. */
  readonly mappings: SwimlaneMappings;
}

/**
 * Secrets of the SwimlaneConnector (`.swimlane`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface SwimlaneConnectorSecrets {
  /** Swimlane API token. */
  readonly apiToken: string;
}

/**
 * Parameters of an action run by the SwimlaneConnector (`.swimlane`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface SwimlaneParams {
  /** What the action does: create or update a record. */
  readonly subAction: SwimlaneSubAction;
  /** The record and its comments. */
  readonly subActionParams: SwimlaneSubActionParams;
}

/**
 * A rule action run by the SwimlaneConnector (`.swimlane`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface SwimlaneActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: SwimlaneParams;
}

/** Properties of the SwimlaneConnector (`.swimlane`). */
export interface SwimlaneConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: SwimlaneConnectorConfig;
  /** Connector secrets. */
  readonly secrets: SwimlaneConnectorSecrets;
}

/**
 * Creates records in a Swimlane application.
 *
 * Kibana connector type `.swimlane` ("Swimlane"); license: gold or higher; supported features:
 * alerting, cases, siem; Kibana versions: Kibana 7.14 and later (evidence: elastic/kibana#100086,
 * src/platform/packages/shared/kbn-connector-schemas/swimlane/schemas/v1.ts at 1064da9).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class SwimlaneConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.swimlane';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.14';

  /**
   * Creates the SwimlaneConnector (`.swimlane`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: SwimlaneConnectorProps) {
    super(scope, id, typedConnectorProps(SWIMLANE_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SWIMLANE_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: SwimlaneParams): { [key: string]: any } {
    return paramsObject(SWIMLANE_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: SwimlaneActionOptions): RuleAction {
    return typedAction(this, SWIMLANE_CONNECTOR_SPEC, options);
  }
}
