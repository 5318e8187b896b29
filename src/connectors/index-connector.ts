// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/index-connector.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/es_index/schemas/v1.ts @ 34ab387 (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { paramsObject, typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { RuleAction, RuleActionOptions } from '../rules/action';
import { typedAction } from '../rules/typed-action';
import { INDEX_CONNECTOR_SPEC } from './specs/index-connector';

/** Configuration of the IndexConnector (`.index`): Kibana's `config` object. */
export interface IndexConnectorConfig {
  /** Index, alias or data stream the documents are written to. */
  readonly index: string;
  /**
   * Whether to refresh the index after each write, so the documents are searchable at once.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default false
   */
  readonly refresh?: boolean;
  /**
   * Field that receives the time of the action run in each document.
   * @default - none
   */
  readonly executionTimeField?: string;
}

/**
 * Parameters of an action run by the IndexConnector (`.index`): the `params` object of a rule action
 * or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as `{{context.message}}`
 * are allowed in strings.
 */
export interface IndexParams {
  /** Documents to write, as JSON objects. */
  readonly documents: { [key: string]: any }[];
  /**
   * Index to write to instead of the connector's `index`. Kibana accepts only a name that starts with
   * its alert-history prefix (`kibana-alert-history-`); meant for the preconfigured alert-history
   * connector.
   *
   * Kibana 7.13.0 and later (evidence: elastic/kibana#94909,
   * src/platform/packages/shared/kbn-connector-schemas/es_index/schemas/v1.ts at 34ab387, unsettled).
   * @default - none
   */
  readonly indexOverride?: string;
}

/**
 * A rule action run by the IndexConnector (`.index`): its params, and the group, frequency and alerts
 * filter every action takes.
 */
export interface IndexActionOptions extends RuleActionOptions {
  /**
   * The params the action sends to the connector. Checked at synth as the connector checks them when the
   * action runs.
   */
  readonly params: IndexParams;
}

/** Properties of the IndexConnector (`.index`). */
export interface IndexConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: IndexConnectorConfig;
}

/**
 * Writes documents into an Elasticsearch index, alias or data stream.
 *
 * Kibana connector type `.index` ("Index"); license: basic or higher; supported features: alerting,
 * uptime, siem; Kibana versions: Kibana 7.x and later (evidence: unsettled).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class IndexConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.index';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'basic';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the IndexConnector (`.index`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: IndexConnectorProps) {
    super(scope, id, typedConnectorProps(INDEX_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, INDEX_CONNECTOR_SPEC, props);
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: IndexParams): { [key: string]: any } {
    return paramsObject(INDEX_CONNECTOR_SPEC, params);
  }

  /**
   * A rule action of this connector, for an `AlertingRule`: it binds to this connector's id by
   * reference, and the rule checks its params at synth (required fields, accepted values, unknown keys,
   * the rules between fields; a value holding a mustache template is left to Kibana).
   */
  public action(options: IndexActionOptions): RuleAction {
    return typedAction(this, INDEX_CONNECTOR_SPEC, options);
  }
}
