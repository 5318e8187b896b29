// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/xmatters.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/xmatters/schemas/v1.ts @ 3dc5dbd (newest
//     (zod v4))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/xmatters/index.ts @
//     05c8429 (newest (imports @kbn/connector-schemas))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { XMATTERS_CONNECTOR_SPEC } from './specs/xmatters';

/** Configuration of the XmattersConnector (`.xmatters`): Kibana's `config` object. */
export interface XmattersConnectorConfig {
  /**
   * URL of the xMatters HTTP trigger, for basic authentication.
   *
   * Must be an absolute http(s) URL.
   * @default - none
   */
  readonly configUrl?: string;
  /**
   * Whether to authenticate with a user name and password (true) or with an API key embedded in
   * `secrets.secretsUrl` (false).
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default true
   */
  readonly usesBasic?: boolean;
}

/**
 * Secrets of the XmattersConnector (`.xmatters`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface XmattersConnectorSecrets {
  /**
   * xMatters user name, for basic authentication.
   * @default - none
   */
  readonly user?: string;
  /**
   * xMatters password, for basic authentication.
   * @default - none
   */
  readonly password?: string;
  /**
   * URL of the xMatters HTTP trigger including its API key, when not using basic authentication.
   *
   * Must be an absolute http(s) URL.
   * @default - none
   */
  readonly secretsUrl?: string;
}

/**
 * Parameters of an action run by the XmattersConnector (`.xmatters`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface XmattersParams {
  /** Severity of the event, such as `High`. */
  readonly severity: string;
  /**
   * Name of the rule's action group.
   * @default - none
   */
  readonly alertActionGroupName?: string;
  /**
   * Id of the alert or signal.
   * @default - none
   */
  readonly signalId?: string;
  /**
   * Name of the rule.
   * @default - none
   */
  readonly ruleName?: string;
  /**
   * Time of the event.
   * @default - none
   */
  readonly date?: string;
  /**
   * Kibana space of the rule.
   * @default - none
   */
  readonly spaceId?: string;
  /**
   * Comma-separated tags.
   * @default - none
   */
  readonly tags?: string;
}

/**
 * A rule action run by the XmattersConnector (`.xmatters`): its params, and the group, frequency and
 * alerts filter every action takes.
 */
export interface XmattersActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: XmattersParams;
}

/** Properties of the XmattersConnector (`.xmatters`). */
export interface XmattersConnectorProps extends KibanaConnectorOptions {
  /**
   * Connector configuration.
   * @default - the defaults of each field
   */
  readonly config?: XmattersConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: XmattersConnectorSecrets;
}

/**
 * Triggers an xMatters workflow.
 *
 * Kibana connector type `.xmatters` ("xMatters"); license: gold or higher; supported features:
 * alerting, siem; Kibana versions: Kibana 8.2 and later (evidence: elastic/kibana#122357,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/xmatters/index.ts at 05c8429,
 * unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class XmattersConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.xmatters';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.2';

  /**
   * Creates the XmattersConnector (`.xmatters`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: XmattersConnectorProps) {
    super(scope, id, typedConnectorProps(XMATTERS_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, XMATTERS_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: XmattersParams): { [key: string]: any } {
    return paramsObject(XMATTERS_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: XmattersActionOptions): RuleAction {
    return typedAction(this, XMATTERS_CONNECTOR_SPEC, options);
  }
}
