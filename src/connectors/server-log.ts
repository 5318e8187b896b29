// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/server-log.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/server_log/schemas/v1.ts @ 64a7e8e (newest
//     (zod v4): empty config and secrets; params message, level default info)
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { ServerLogLevel } from './enums';
import { SERVER_LOG_CONNECTOR_SPEC } from './specs/server-log';

/**
 * Parameters of an action run by the ServerLogConnector (`.server-log`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface ServerLogParams {
  /** Text to log. */
  readonly message: string;
  /**
   * Level of the log line.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default ServerLogLevel.INFO
   */
  readonly level?: ServerLogLevel;
}

/**
 * A rule action run by the ServerLogConnector (`.server-log`): its params, and the group, frequency
 * and alerts filter every action takes.
 */
export interface ServerLogActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: ServerLogParams;
}

/** Properties of the ServerLogConnector (`.server-log`). */
export interface ServerLogConnectorProps extends KibanaConnectorOptions {
}

/**
 * Writes a line to the Kibana server log.
 *
 * Kibana connector type `.server-log` ("Server log"); license: basic or higher; supported features:
 * alerting, uptime, siem; Kibana versions: Kibana 7.x and later (evidence: unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class ServerLogConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.server-log';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'basic';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the ServerLogConnector (`.server-log`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ServerLogConnectorProps) {
    super(scope, id, typedConnectorProps(SERVER_LOG_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SERVER_LOG_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: ServerLogParams): { [key: string]: any } {
    return paramsObject(SERVER_LOG_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: ServerLogActionOptions): RuleAction {
    return typedAction(this, SERVER_LOG_CONNECTOR_SPEC, options);
  }
}
