// A rule action: which connector, with which params, in which action group, how often and for which
// alerts. Built by a typed connector's `action()` (params typed and checked by the rule engine
// against the connector type's params spec) or by RuleAction.ofConnector / ofPreconfigured (params
// as given). An action is data: the rule that holds it checks it at synth, with the rule type's
// knowledge (groups, alerts as data, context variables) and the target Kibana.
// Typed actions are made by ./typed-action.ts (typedAction), which the generated connectors import.
// Imports: ../connector (the IKibanaConnector interface), ./typed-specs (the action's source and spec).
import { IKibanaConnector } from '../connector';
import { ActionSource, recordActionSpec } from './typed-specs';

/** When an action runs (Kibana's `notify_when`). */
export enum NotifyWhen {
  /** Only when the alert's action group changes. */
  ON_ACTION_GROUP_CHANGE = 'onActionGroupChange',
  /** Every time the rule runs and the alert is active. */
  ON_ACTIVE_ALERT = 'onActiveAlert',
  /** At most once per `throttle` interval. */
  ON_THROTTLE_INTERVAL = 'onThrottleInterval',
}

/** How often an action runs, and whether it summarizes alerts (Kibana 8.6 and later). */
export interface ActionFrequency {
  /**
   * Send one summary of all alerts instead of one action per alert (only for rule types that write
   * alerts as data).
   * @default false
   */
  readonly summary?: boolean;
  /**
   * When the action runs.
   * @default NotifyWhen.ON_ACTIVE_ALERT
   */
  readonly notifyWhen?: NotifyWhen;
  /**
   * The shortest time between two runs, such as `10m` (only with NotifyWhen.ON_THROTTLE_INTERVAL; not
   * shorter than the rule's interval).
   * @default - none
   */
  readonly throttle?: string;
}

/** The days and hours an action runs in. Every field is required. */
export interface AlertsFilterTimeframe {
  /** ISO days of the week, 1 (Monday) to 7 (Sunday). */
  readonly days: number[];
  /** IANA time zone, such as `Europe/Berlin`. */
  readonly timezone: string;
  /** Start hour, `HH:mm`. */
  readonly hoursStart: string;
  /** End hour, `HH:mm`. */
  readonly hoursEnd: string;
}

/** Which alerts an action runs for (Kibana 8.9 and later; rule types that write alerts as data). */
export interface AlertsFilter {
  /**
   * A KQL query the alerts must match.
   * @default - no query
   */
  readonly kql?: string;
  /**
   * The days and hours the action runs in.
   * @default - every day, all day
   */
  readonly timeframe?: AlertsFilterTimeframe;
}

/** What every action takes, whatever its connector. */
export interface RuleActionOptions {
  /**
   * The action group the action runs for: one of the rule type's groups (see the typed rule classes'
   * constants), or its recovery group.
   * @default - the rule type's default action group
   */
  readonly group?: string;
  /**
   * How often the action runs. Give it on every action of a rule, or on none (then the rule's own
   * `notifyWhen` applies): Kibana refuses a mix.
   * @default - none (the rule's notifyWhen)
   */
  readonly frequency?: ActionFrequency;
  /**
   * Which alerts the action runs for.
   * @default - every alert
   */
  readonly alertsFilter?: AlertsFilter;
}

/** An action whose params are given as Kibana's JSON object (a connector of any type). */
export interface RuleActionProps extends RuleActionOptions {
  /** The params object sent to the connector, with Kibana's keys. Mustache variables are allowed in strings. */
  readonly params: { [key: string]: any };
}

/**
 * A rule action: a connector, the params it is run with, the action group, frequency and alerts
 * filter. Give it to an AlertingRule (`actions` or `addAction`).
 */
export class RuleAction {
  /**
   * An action of any connector (one this app manages, or one from `KibanaConnector.fromConnectorId`
   * or a lookup), with params as given: the rule checks the group, the space and the frequency, not
   * the params. Prefer a typed connector's `action()`, whose params are checked.
   */
  public static ofConnector(connector: IKibanaConnector, props: RuleActionProps): RuleAction {
    return new RuleAction({ connector, connectorId: connector.connectorId, spaceId: connector.spaceId, props });
  }

  /**
   * An action of a preconfigured connector (kibana.yml `xpack.actions.preconfigured`), which every
   * space can use. Params as given.
   */
  public static ofPreconfigured(connectorId: string, props: RuleActionProps): RuleAction {
    return new RuleAction({ connectorId, props });
  }

  /** The connector id (a token for connectors Kibana names itself). */
  public readonly connectorId: string;
  /** The connector's space; undefined for a preconfigured connector. */
  public readonly spaceId?: string;
  /** The connector type, when the action knows it. */
  public readonly connectorTypeId?: string;
  /** The params object, with Kibana's keys. */
  public readonly params: { [key: string]: any };
  /** The action group, when one is given. */
  public readonly group?: string;
  /** The frequency, when one is given. */
  public readonly frequency?: ActionFrequency;
  /** The alerts filter, when one is given. */
  public readonly alertsFilter?: AlertsFilter;
  /** The connector construct, when the action has one (it orders Terraform's work). */
  public readonly connector?: IKibanaConnector;

  private constructor(source: ActionSource<RuleActionProps>) {
    this.connectorId = source.connectorId;
    this.spaceId = source.spaceId;
    this.connectorTypeId = source.spec?.typeId;
    this.params = source.props.params;
    this.group = source.props.group;
    this.frequency = source.props.frequency;
    this.alertsFilter = source.props.alertsFilter;
    this.connector = source.connector;
    if (source.spec) recordActionSpec(this, source.spec);
  }
}
