// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/jira-service-management.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/jira-service-management/schemas/v1.ts @
//     09e7cfe (newest (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC } from './specs/jira-service-management';

/**
 * Configuration of the JiraServiceManagementConnector (`.jira-service-management`): Kibana's `config`
 * object.
 */
export interface JiraServiceManagementConnectorConfig {
  /**
   * Jira Service Management API address, such as `https://api.atlassian.com`.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
}

/**
 * Secrets of the JiraServiceManagementConnector (`.jira-service-management`): Kibana's `secrets`
 * object. Pass sensitive Terraform variables rather than literal values, which would be written to the
 * synthesized configuration in clear text.
 */
export interface JiraServiceManagementConnectorSecrets {
  /** API integration key. */
  readonly apiKey: string;
}

/** Properties of the JiraServiceManagementConnector (`.jira-service-management`). */
export interface JiraServiceManagementConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: JiraServiceManagementConnectorConfig;
  /** Connector secrets. */
  readonly secrets: JiraServiceManagementConnectorSecrets;
}

/**
 * Creates and closes alerts in Jira Service Management (Operations).
 *
 * Kibana connector type `.jira-service-management` ("Jira Service Management"); license: platinum or
 * higher; supported features: alerting, uptime, siem; Kibana versions: Kibana 9.2 and later (evidence:
 * elastic/kibana#231155).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs and the
 * Kibana versions that accept them, for the version of the context key `kibanaVersion`, else the
 * newest Kibana); values that are tokens are checked by Kibana when Terraform applies.
 */
export class JiraServiceManagementConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.jira-service-management';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '9.2';

  /**
   * Creates the JiraServiceManagementConnector (`.jira-service-management`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: JiraServiceManagementConnectorProps) {
    super(scope, id, typedConnectorProps(JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC, props);
  }
}
