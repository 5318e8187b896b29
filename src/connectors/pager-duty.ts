// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/pagerduty.json.
// The catalog entry was checked against:
//   elastic/kibana src/platform/packages/shared/kbn-connector-schemas/pagerduty/schemas/v1.ts @ 524c5f6 (newest
//     (zod v4))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { KibanaTarget } from '../kibana-version';
import { checkKnownKeys, checkRequired, checkSection, checkTargetKibana, checkUrl, compact } from '../validation';
import { PagerDutyEventAction, PagerDutySeverity } from './enums';

/**
 * A link attached to a PagerDuty event.
 *
 * Used by the PagerDutyConnector (`.pagerduty`).
 */
export interface PagerDutyLink {
  /** Link target. */
  readonly href: string;
  /** Link text. */
  readonly text: string;
}

/** Configuration of the PagerDutyConnector (`.pagerduty`): Kibana's `config` object. */
export interface PagerDutyConnectorConfig {
  /**
   * Events API endpoint. When unset, Kibana uses PagerDuty's public endpoint.
   *
   * Must be an absolute http(s) URL.
   * @default - none
   */
  readonly apiUrl?: string;
}

/**
 * Secrets of the PagerDutyConnector (`.pagerduty`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface PagerDutyConnectorSecrets {
  /** Integration (routing) key of the PagerDuty service. */
  readonly routingKey: string;
}

/**
 * Parameters of an action run by the PagerDutyConnector (`.pagerduty`): the `params` object of a rule
 * action or of `POST /api/actions/connector/{id}/_execute`. Mustache variables such as
 * `{{context.message}}` are allowed in strings.
 */
export interface PagerDutyParams {
  /**
   * What the event does. Kibana triggers when unset.
   * @default - none
   */
  readonly eventAction?: PagerDutyEventAction;
  /**
   * Deduplication key; needed to resolve or acknowledge an incident.
   * @default - none
   */
  readonly dedupKey?: string;
  /**
   * Summary of the event.
   * @default - none
   */
  readonly summary?: string;
  /**
   * Where the event comes from.
   * @default - none
   */
  readonly source?: string;
  /**
   * Severity of the event. Kibana uses `info` when unset.
   * @default - none
   */
  readonly severity?: PagerDutySeverity;
  /**
   * Time of the event, as an ISO 8601 date.
   * @default - none
   */
  readonly timestamp?: string;
  /**
   * Component of the source that the event is about.
   * @default - none
   */
  readonly component?: string;
  /**
   * Logical group of components.
   * @default - none
   */
  readonly group?: string;
  /**
   * Class or type of the event.
   * @default - none
   */
  readonly class?: string;
  /**
   * Links to show with the incident.
   * @default - none
   */
  readonly links?: PagerDutyLink[];
  /**
   * Free-form details attached to the event.
   * @default - none
   */
  readonly customDetails?: { [key: string]: any };
}

/** Properties of the PagerDutyConnector (`.pagerduty`). */
export interface PagerDutyConnectorProps extends KibanaConnectorOptions {
  /**
   * Connector configuration.
   * @default - the defaults of each field
   */
  readonly config?: PagerDutyConnectorConfig;
  /** Connector secrets. */
  readonly secrets: PagerDutyConnectorSecrets;
}

/**
 * Triggers, acknowledges and resolves PagerDuty events through the Events API v2.
 *
 * Kibana connector type `.pagerduty` ("PagerDuty"); license: gold or higher; supported features:
 * alerting, uptime, siem, workflows; first Kibana version: 7.x.
 *
 * Fields are checked at synth (required fields, accepted values, URLs and the Kibana versions that
 * accept them, for the version of the context key `kibanaVersion`, else the newest Kibana); values
 * that are tokens are checked by Kibana when Terraform applies.
 */
export class PagerDutyConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.pagerduty';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'gold';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'uptime', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the PagerDutyConnector (`.pagerduty`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: PagerDutyConnectorProps) {
    super(scope, id, {
      ...props,
      connectorTypeId: '.pagerduty',
      config: buildConfig(props.config),
      secrets: buildSecrets(props.secrets),
    });
    this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });
  }

  /**
   * The `params` JSON object of an action run by this connector, for a rule action (for example in an
   * `elasticstack_kibana_alerting_rule`). Unset fields are left out.
   */
  public static params(params: PagerDutyParams): { [key: string]: any } {
    return compact({
      eventAction: params.eventAction,
      dedupKey: params.dedupKey,
      summary: params.summary,
      source: params.source,
      severity: params.severity,
      timestamp: params.timestamp,
      component: params.component,
      group: params.group,
      class: params.class,
      links: params.links,
      customDetails: params.customDetails,
    });
  }
}

const CONFIG_PROPERTIES: ReadonlySet<string> = new Set<string>(['apiUrl']);
const SECRETS_PROPERTIES: ReadonlySet<string> = new Set<string>(['routingKey']);

/** Kibana's `config` object. */
function buildConfig(config: PagerDutyConnectorConfig | undefined): { [key: string]: any } {
  if (config === undefined || config === null || Token.isUnresolved(config)) return config ?? {};
  return compact({ apiUrl: config.apiUrl });
}

/** Kibana's `secrets` object. */
function buildSecrets(secrets: PagerDutyConnectorSecrets | undefined): { [key: string]: any } {
  if (secrets === undefined || secrets === null || Token.isUnresolved(secrets)) return secrets ?? {};
  return compact({ routingKey: secrets.routingKey });
}

/**
 * Synth-time checks of the PagerDutyConnector (`.pagerduty`), generated from its catalog entry. Tokens
 * are skipped.
 */
function validate(props: PagerDutyConnectorProps, kibana: KibanaTarget): string[] {
  const problems: string[] = [];
  checkTargetKibana(kibana, '.pagerduty', { since: '7.x' }, problems);
  const config = checkSection(props.config, 'config', false, problems);
  if (config) {
    checkKnownKeys(config, CONFIG_PROPERTIES, 'config', problems);
    checkUrl(config.apiUrl, 'config.apiUrl', problems);
  }

  const secrets = checkSection(props.secrets, 'secrets', true, problems);
  if (secrets) {
    checkKnownKeys(secrets, SECRETS_PROPERTIES, 'secrets', problems);
    checkRequired(secrets.routingKey, 'secrets.routingKey', problems);
  }

  return problems;
}
