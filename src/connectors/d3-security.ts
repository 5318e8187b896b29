// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/d3-security.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/d3security/schemas/v1.ts @ 0fc569e (newest
//     (zod v3))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { D3SecuritySubAction } from './enums';
import { D3_SECURITY_CONNECTOR_SPEC } from './specs/d3-security';

/**
 * The event a D3 Security action sends.
 *
 * Used by the D3SecurityConnector (`.d3security`).
 */
export interface D3SecuritySubActionParams {
  /**
   * Body of the event, sent to D3 SOAR.
   * @default - none
   */
  readonly body?: string;
  /**
   * Severity of the event. Kibana sends an empty severity when unset.
   * @default - none
   */
  readonly severity?: string;
  /**
   * Type of the event. Kibana sends an empty type when unset.
   * @default - none
   */
  readonly eventType?: string;
}

/** Configuration of the D3SecurityConnector (`.d3security`): Kibana's `config` object. */
export interface D3SecurityConnectorConfig {
  /**
   * D3 Security event-ingestion URL.
   *
   * Must be an absolute http(s) URL.
   */
  readonly url: string;
}

/**
 * Secrets of the D3SecurityConnector (`.d3security`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface D3SecurityConnectorSecrets {
  /** D3 Security API token. */
  readonly token: string;
}

/**
 * Parameters of an action run by the D3SecurityConnector (`.d3security`): the `params` object of a
 * rule action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface D3SecurityParams {
  /** What the action does: send an event. */
  readonly subAction: D3SecuritySubAction;
  /**
   * The event.
   * @default - none
   */
  readonly subActionParams?: D3SecuritySubActionParams;
}

/**
 * A rule action run by the D3SecurityConnector (`.d3security`): its params, and the group, frequency
 * and alerts filter every action takes.
 */
export interface D3SecurityActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: D3SecurityParams;
}

/** Properties of the D3SecurityConnector (`.d3security`). */
export interface D3SecurityConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: D3SecurityConnectorConfig;
  /** Connector secrets. */
  readonly secrets: D3SecurityConnectorSecrets;
}

/**
 * Sends events to D3 Security (D3 SOAR).
 *
 * Kibana connector type `.d3security` ("D3 Security"); license: gold or higher; supported features:
 * alerting, siem, workflows; Kibana versions: Kibana 8.9 and later (evidence: elastic/kibana#158569
 * v8.9.0, src/platform/packages/shared/kbn-connector-schemas/d3security/schemas/v1.ts at 0fc569e).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class D3SecurityConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.d3security';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '8.9';

  /**
   * Creates the D3SecurityConnector (`.d3security`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: D3SecurityConnectorProps) {
    super(scope, id, typedConnectorProps(D3_SECURITY_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, D3_SECURITY_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: D3SecurityParams): { [key: string]: any } {
    return paramsObject(D3_SECURITY_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: D3SecurityActionOptions): RuleAction {
    return typedAction(this, D3_SECURITY_CONNECTOR_SPEC, options);
  }
}
