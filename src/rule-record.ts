// The one definition of an alerting rule as Kibana's rule API returns it (an element of `data` of
// `GET /api/alerting/rules/_find`; Kibana's rule response schema,
// x-pack/platform/plugins/shared/alerting/common/routes/rule/response/schemas/v1.ts). Types only:
// imports nothing, emits no code. Used by the REST client (src/kibana), the importer (src/importer)
// and the tests' Kibana double. Only what the importer reads is named; Kibana's read-only fields
// (execution status, API key owner, revision, ...) pass through as unknown keys.

/** An action's frequency (Kibana 8.6 and later). */
export interface RuleActionFrequencyRecord {
  readonly summary?: boolean;
  readonly notify_when?: string;
  readonly throttle?: string | null;
}

/** An action's alerts filter (Kibana 8.9 and later). */
export interface RuleAlertsFilterRecord {
  readonly query?: { readonly kql?: string; readonly filters?: readonly unknown[]; readonly [key: string]: unknown } | null;
  readonly timeframe?: {
    readonly days?: readonly number[];
    readonly hours?: { readonly start?: string; readonly end?: string };
    readonly timezone?: string;
  } | null;
}

/** One action of a rule. */
export interface RuleActionRecord {
  /** The connector id. */
  readonly id: string;
  readonly connector_type_id?: string;
  /** Absent for system actions. */
  readonly group?: string;
  readonly params?: Record<string, unknown> | null;
  readonly uuid?: string;
  readonly frequency?: RuleActionFrequencyRecord | null;
  readonly alerts_filter?: RuleAlertsFilterRecord | null;
  readonly use_alert_data_for_template?: boolean;
  readonly [key: string]: unknown;
}

/** A rule as `GET /api/alerting/rules/_find` returns it (unknown fields allowed). */
export interface RuleRecord {
  readonly id: string;
  readonly name: string;
  readonly rule_type_id: string;
  readonly consumer: string;
  readonly enabled?: boolean;
  readonly tags?: readonly string[];
  readonly schedule?: { readonly interval?: string };
  readonly params?: Record<string, unknown> | null;
  readonly actions?: readonly RuleActionRecord[];
  /** Actions Kibana runs without a connector (some versions list them apart). */
  readonly system_actions?: readonly unknown[];
  readonly notify_when?: string | null;
  readonly throttle?: string | null;
  readonly alert_delay?: { readonly active?: number } | null;
  readonly flapping?: {
    readonly look_back_window?: number;
    readonly status_change_threshold?: number;
    readonly enabled?: boolean;
  } | null;
  readonly artifacts?: unknown;
  readonly [key: string]: unknown;
}

/** One page of `GET /api/alerting/rules/_find`. */
export interface RulePage {
  readonly page: number;
  readonly per_page: number;
  readonly total: number;
  readonly data: readonly RuleRecord[];
}
