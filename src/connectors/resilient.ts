// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/resilient.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/resilient/schemas/v1.ts @ 089d9d1 (newest
//     (zod v4): config and secrets strict, no defaults)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/resilient/index.ts @
//     1d137a1 (9.x: URL allow-list check on apiUrl; license platinum)
//   elastic/kibana x-pack/plugins/stack_connectors/server/connector_types/resilient/schema.ts @ 10464f7 (8.x: the
//     same config and secrets keys)
//   elastic/kibana x-pack/platform/plugins/shared/actions/server/sub_action_framework/case.ts @ 1e7a78e
//     (pushToService: incident with externalId, nullable comments)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/resilient/schema.ts @
//     3ade4d0 (9.x before additional fields: incident name, description, externalId, incidentTypes, severityCode)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { ResilientSubAction } from './enums';
import { RESILIENT_CONNECTOR_SPEC } from './specs/resilient';

/**
 * The IBM Resilient incident a rule action creates or updates.
 *
 * Used by the ResilientConnector (`.resilient`).
 */
export interface ResilientIncident {
  /** Name (title) of the incident. */
  readonly name: string;
  /**
   * Description of the incident.
   * @default - none
   */
  readonly description?: string;
  /**
   * Id of an existing incident to update; a new incident is created when unset.
   * @default - none
   */
  readonly externalId?: string;
  /**
   * Ids of the incident types.
   * @default - none
   */
  readonly incidentTypes?: number[];
  /**
   * Id of the severity.
   * @default - none
   */
  readonly severityCode?: number;
  /**
   * Other IBM Resilient incident fields, by field name; the fields above cannot be set here, and Kibana
   * takes at most 50.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#236144, elastic/kibana#239352, unsettled).
   * @default - none
   */
  readonly additionalFields?: { [key: string]: any };
}

/**
 * A comment added to the incident.
 *
 * Used by the ResilientConnector (`.resilient`).
 */
export interface ResilientComment {
  /** Text of the comment. */
  readonly comment: string;
  /** Id of the comment, so that pushing it again updates it. */
  readonly commentId: string;
}

/**
 * The incident to push, and its comments.
 *
 * Used by the ResilientConnector (`.resilient`).
 */
export interface ResilientSubActionParams {
  /** The incident. */
  readonly incident: ResilientIncident;
  /**
   * Comments to add to the incident.
   * @default - none
   */
  readonly comments?: ResilientComment[];
}

/** Configuration of the ResilientConnector (`.resilient`): Kibana's `config` object. */
export interface ResilientConnectorConfig {
  /**
   * Address of the IBM Resilient server.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /** Organization id in IBM Resilient. */
  readonly orgId: string;
}

/**
 * Secrets of the ResilientConnector (`.resilient`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ResilientConnectorSecrets {
  /** API key id. */
  readonly apiKeyId: string;
  /** API key secret. */
  readonly apiKeySecret: string;
}

/**
 * Parameters of an action run by the ResilientConnector (`.resilient`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface ResilientParams {
  /** What the action does: create or update an incident. */
  readonly subAction: ResilientSubAction;
  /** The incident and its comments. */
  readonly subActionParams: ResilientSubActionParams;
}

/**
 * A rule action run by the ResilientConnector (`.resilient`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface ResilientActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: ResilientParams;
}

/** Properties of the ResilientConnector (`.resilient`). */
export interface ResilientConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ResilientConnectorConfig;
  /** Connector secrets. */
  readonly secrets: ResilientConnectorSecrets;
}

/**
 * Creates and updates incidents in IBM Resilient (IBM QRadar SOAR).
 *
 * Kibana connector type `.resilient` ("IBM Resilient"); license: platinum or higher; supported
 * features: alerting, cases, siem; Kibana versions: Kibana 7.9 and later (evidence:
 * elastic/kibana#66385, elastic/kibana#78316 v7.10.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class ResilientConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.resilient';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.9';

  /**
   * Creates the ResilientConnector (`.resilient`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ResilientConnectorProps) {
    super(scope, id, typedConnectorProps(RESILIENT_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, RESILIENT_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: ResilientParams): { [key: string]: any } {
    return paramsObject(RESILIENT_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: ResilientActionOptions): RuleAction {
    return typedAction(this, RESILIENT_CONNECTOR_SPEC, options);
  }
}
