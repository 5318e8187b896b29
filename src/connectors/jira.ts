// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/jira.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/jira/schemas/v1.ts @ 3ac3829 (newest (zod
//     v3))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import { checkKnownKeys, checkRequired, checkSection, checkTargetKibana, checkUrl, compact } from '../validation';

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
 * cases, uptime, siem, workflows; first Kibana version: 7.x.
 *
 * Fields are checked at synth (required fields, accepted values, URLs and the Kibana versions that
 * accept them, for the version of the context key `kibanaVersion`, else the newest Kibana); values
 * that are tokens are checked by Kibana when Terraform applies.
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
    super(scope, id, {
      ...props,
      connectorTypeId: '.jira',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>(['apiUrl', 'projectKey']);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['email', 'apiToken']);

/** Kibana's `config` object. */
function buildConfig(config: JiraConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({ apiUrl: config.apiUrl, projectKey: config.projectKey });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: JiraConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ email: secrets.email, apiToken: secrets.apiToken });
}

/**
 * Synth-time checks of the JiraConnector (`.jira`), generated from its catalog entry. Tokens are
 * skipped.
 */
function validate(props: JiraConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.jira', { since: '7.x' }, problems);
  const config = checkSection(props.config, 'config', true, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkRequired(config.apiUrl, 'config.apiUrl', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
    checkRequired(config.projectKey, 'config.projectKey', problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', true, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkRequired(secrets.email, 'secrets.email', problems);
    checkRequired(secrets.apiToken, 'secrets.apiToken', problems);
  }

  return problems;
}
