// The one definition of a connector as Kibana's connector API returns it (an element of
// `GET /api/actions/connectors`). Types only: imports nothing, emits no code. Used by the REST
// client (src/kibana), the importer (src/importer) and the tests' Kibana double.

/** A connector as `GET /api/actions/connectors` returns it (unknown fields allowed; secrets never returned). */
export interface ConnectorRecord {
  readonly id: string;
  readonly name: string;
  readonly connector_type_id: string;
  readonly config?: Record<string, unknown> | null;
  readonly is_preconfigured?: boolean;
  readonly is_system_action?: boolean;
  readonly is_deprecated?: boolean;
  readonly is_missing_secrets?: boolean;
  readonly referenced_by_count?: number;
  readonly [key: string]: unknown;
}
