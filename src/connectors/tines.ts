// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/tines.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/tines/schemas/v1.ts @ 50558a2 (newest (zod
//     v3))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { TinesSubAction } from './enums';
import { TINES_CONNECTOR_SPEC } from './specs/tines';

/**
 * A Tines webhook action, as Kibana lists them.
 *
 * Used by the TinesConnector (`.tines`).
 */
export interface TinesWebhook {
  /** Id of the webhook action. */
  readonly id: number;
  /** Name of the webhook action. */
  readonly name: string;
  /** Id of the story the webhook belongs to. */
  readonly storyId: number;
}

/**
 * The data a Tines action sends, and the webhook it goes to.
 *
 * Used by the TinesConnector (`.tines`).
 */
export interface TinesSubActionParams {
  /**
   * The webhook action to send to; one of `webhook` and `webhookUrl` names it.
   * @default - none
   */
  readonly webhook?: TinesWebhook;
  /**
   * URL of the webhook, instead of `webhook`.
   * @default - none
   */
  readonly webhookUrl?: string;
  /** The data sent, as JSON text. */
  readonly body: string;
}

/** Configuration of the TinesConnector (`.tines`): Kibana's `config` object. */
export interface TinesConnectorConfig {
  /**
   * Address of the Tines tenant.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
}

/**
 * Secrets of the TinesConnector (`.tines`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface TinesConnectorSecrets {
  /** Email address of the Tines account. */
  readonly email: string;
  /** Tines API token. */
  readonly token: string;
}

/**
 * Parameters of an action run by the TinesConnector (`.tines`): the `params` object of a rule action
 * or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as `{{context.message}}`
 * are allowed in strings.
 */
export interface TinesParams {
  /** What the action does: send data to a story's webhook. */
  readonly subAction: TinesSubAction;
  /**
   * The data and the webhook.
   * @default - none
   */
  readonly subActionParams?: TinesSubActionParams;
}

/**
 * A rule action run by the TinesConnector (`.tines`): its params, and the group, frequency and alerts
 * filter every action takes.
 */
export interface TinesActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: TinesParams;
}

/** Properties of the TinesConnector (`.tines`). */
export interface TinesConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: TinesConnectorConfig;
  /** Connector secrets. */
  readonly secrets: TinesConnectorSecrets;
}

/**
 * Sends events to a Tines story through its webhooks; usable from Security only.
 *
 * Kibana connector type `.tines` ("Tines"); license: gold or higher; supported features: siem; Kibana
 * versions: Kibana 8.6 and later (evidence: elastic/kibana#143505,
 * src/platform/packages/shared/kbn-connector-schemas/tines/schemas/v1.ts at 50558a2).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class TinesConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.tines';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.6';

  /**
   * Creates the TinesConnector (`.tines`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: TinesConnectorProps) {
    super(scope, id, typedConnectorProps(TINES_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, TINES_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: TinesParams): { [key: string]: any } {
    return paramsObject(TINES_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: TinesActionOptions): RuleAction {
    return typedAction(this, TINES_CONNECTOR_SPEC, options);
  }
}
