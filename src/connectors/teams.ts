// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/teams.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/teams/schemas/v1.ts @ 0b07d6e (newest (zod
//     v4): empty config; secrets webhookUrl; params message non-empty)
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/teams/index.ts @ 0e1c3c3
//     (newest (imports @kbn/connector-schemas): webhookUrl must parse as a URL and pass the allow-list; license
//     gold)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { TEAMS_CONNECTOR_SPEC } from './specs/teams';

/**
 * Secrets of the TeamsConnector (`.teams`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface TeamsConnectorSecrets {
  /**
   * Incoming-webhook or workflow URL from Microsoft Teams. Kibana's allowed-hosts setting must include
   * its host.
   *
   * Must be an absolute http(s) URL.
   */
  readonly webhookUrl: string;
}

/**
 * Parameters of an action run by the TeamsConnector (`.teams`): the `params` object of a rule action
 * or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as `{{context.message}}`
 * are allowed in strings.
 */
export interface TeamsParams {
  /** Text of the message. */
  readonly message: string;
}

/**
 * A rule action run by the TeamsConnector (`.teams`): its params, and the group, frequency and alerts
 * filter every action takes.
 */
export interface TeamsActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: TeamsParams;
}

/** Properties of the TeamsConnector (`.teams`). */
export interface TeamsConnectorProps extends KibanaConnectorOptions {
  /** Connector secrets. */
  readonly secrets: TeamsConnectorSecrets;
}

/**
 * Posts messages to a Microsoft Teams channel through an incoming webhook or workflow URL.
 *
 * Kibana connector type `.teams` ("Microsoft Teams"); license: gold or higher; supported features:
 * alerting, uptime, siem, workflows; Kibana versions: Kibana 7.x and later (evidence: unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class TeamsConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.teams';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the TeamsConnector (`.teams`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: TeamsConnectorProps) {
    super(scope, id, typedConnectorProps(TEAMS_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, TEAMS_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: TeamsParams): { [key: string]: any } {
    return paramsObject(TEAMS_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: TeamsActionOptions): RuleAction {
    return typedAction(this, TEAMS_CONNECTOR_SPEC, options);
  }
}
