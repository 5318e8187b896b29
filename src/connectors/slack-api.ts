// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/slack-api.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/slack_api/schemas/v1.ts @ 1f1f8fc (newest
//     (zod v3))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { SlackApiSubAction } from './enums';
import { SLACK_API_CONNECTOR_SPEC } from './specs/slack-api';

/**
 * A Slack channel the connector may post to.
 *
 * Used by the SlackApiConnector (`.slack_api`).
 */
export interface SlackApiAllowedChannel {
  /**
   * Slack channel id, such as `C0123456789`. Older Kibana versions require it.
   * @default - none
   */
  readonly id?: string;
  /** Channel name. */
  readonly name: string;
}

/**
 * The message a Slack API action posts, and where.
 *
 * Used by the SlackApiConnector (`.slack_api`).
 */
export interface SlackApiSubActionParams {
  /**
   * Deprecated channel list; use `channelIds` or `channelNames`.
   *
   * At most 1 items.
   * @default - none
   */
  readonly channels?: string[];
  /**
   * The channel to post to, by Slack channel id (one at most).
   *
   * At most 1 items.
   * @default - none
   */
  readonly channelIds?: string[];
  /**
   * The channel to post to, by name starting with `#` (one at most); it must be one of the connector's
   * allowed channels.
   *
   * At most 1 items.
   *
   * Kibana 9.3.0 and later (evidence: elastic/kibana#238585, elastic/kibana#248206, unsettled).
   * @default - none
   */
  readonly channelNames?: string[];
  /**
   * The message: plain text for `postMessage`; for `postBlockkit`, the JSON text of a Block Kit payload
   * with a `blocks` key.
   */
  readonly text: string;
}

/** Configuration of the SlackApiConnector (`.slack_api`): Kibana's `config` object. */
export interface SlackApiConnectorConfig {
  /**
   * Channels the connector may post to (all channels when unset).
   *
   * At most 25 items in Kibana 8.11.0 and later, before 9.3.0 (evidence: elastic/kibana#167150,
   * elastic/kibana#240065, unsettled).
   *
   * At most 500 items in Kibana 9.3.0 and later (evidence: elastic/kibana#240065,
   * src/platform/packages/shared/kbn-connector-schemas/slack_api/schemas/v1.ts at 1f1f8fc, unsettled).
   *
   * Kibana 8.11.0 and later (evidence: elastic/kibana#167150, unsettled).
   * @default - none
   */
  readonly allowedChannels?: SlackApiAllowedChannel[];
}

/**
 * Secrets of the SlackApiConnector (`.slack_api`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface SlackApiConnectorSecrets {
  /** Slack bot or user OAuth token. */
  readonly token: string;
}

/**
 * Parameters of an action run by the SlackApiConnector (`.slack_api`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface SlackApiParams {
  /**
   * What the action does: post a text message or a Block Kit message.
   *
   * Values that need another Kibana: `postBlockkit` Kibana 8.13.0 and later (evidence:
   * elastic/kibana#177677 v8.13.0).
   */
  readonly subAction: SlackApiSubAction;
  /** The message and the channel. */
  readonly subActionParams: SlackApiSubActionParams;
}

/**
 * A rule action run by the SlackApiConnector (`.slack_api`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface SlackApiActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: SlackApiParams;
}

/** Properties of the SlackApiConnector (`.slack_api`). */
export interface SlackApiConnectorProps extends KibanaConnectorOptions {
  /**
   * Connector configuration.
   * @default - the defaults of each field
   */
  readonly config?: SlackApiConnectorConfig;
  /** Connector secrets. */
  readonly secrets: SlackApiConnectorSecrets;
}

/**
 * Posts messages to Slack channels through the Slack Web API with a bot token.
 *
 * Kibana connector type `.slack_api` ("Slack API"); license: gold or higher; supported features:
 * uptime, alerting, siem, workflows; Kibana versions: Kibana 8.8 and later (evidence: unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class SlackApiConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.slack_api';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['uptime', 'alerting', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.8';

  /**
   * Creates the SlackApiConnector (`.slack_api`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: SlackApiConnectorProps) {
    super(scope, id, typedConnectorProps(SLACK_API_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SLACK_API_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: SlackApiParams): { [key: string]: any } {
    return paramsObject(SLACK_API_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: SlackApiActionOptions): RuleAction {
    return typedAction(this, SLACK_API_CONNECTOR_SPEC, options);
  }
}
