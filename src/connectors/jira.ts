// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/jira.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/jira/schemas/v1.ts @ 3ac3829 (newest (zod
//     v3))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { JIRA_CONNECTOR_SPEC } from './specs/jira';

/** Configuration of the JiraConnector (`.jira`): Kibana's `config` object. */
export interface JiraConnectorConfig {
  /**
   * Address of the Jira site, such as `https://example.atlassian.net`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /** Key of the Jira project issues are created in. */
  readonly projectKey: string;
}

/**
 * Secrets of the JiraConnector (`.jira`): Kibana's `secrets` object. Pass sensitive Terraform
 * variables rather than literal values, which would be written to the synthesized configuration in
 * clear text.
 */
export interface JiraConnectorSecrets {
  /** Email address of the Jira account. */
  readonly email: string;
  /** API token (or password) of the Jira account. */
  readonly apiToken: string;
}

/** Properties of the JiraConnector (`.jira`). */
export interface JiraConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: JiraConnectorConfig;
  /** Connector secrets. */
  readonly secrets: JiraConnectorSecrets;
}

/**
 * Creates and updates Jira issues.
 *
 * Kibana connector type `.jira` ("Jira"); license: gold or higher; supported features: alerting,
 * cases, uptime, siem, workflows; Kibana versions: Kibana 7.x and later (evidence:
 * elastic/kibana#73778 v7.10.0, elastic/kibana#78316 v7.10.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class JiraConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.jira';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'uptime', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the JiraConnector (`.jira`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: JiraConnectorProps) {
    super(scope, id, typedConnectorProps(JIRA_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, JIRA_CONNECTOR_SPEC, props);
  }
}
