/**
 * What the library knows about one connector type, for tools (the importer, kibana.yml rendering)
 * that map Kibana's data to the typed constructs. The generator writes one entry per typed
 * construct into `src/connectors/registry.ts`.
 */
export interface ConnectorTypeInfo {
  /** Kibana type id, for example `.slack`. */
  readonly typeId: string;
  /** Name of the typed construct class exported from the package, for example `SlackConnector`. */
  readonly constructName: string;
  /** Kibana config keys the construct's `config` struct has, in declaration order. */
  readonly configFields: string[];
  /** Kibana secrets keys the construct's `secrets` struct has, in declaration order. */
  readonly secretFields: string[];
  /** Secrets keys that are always required. */
  readonly requiredSecretFields: string[];
  /**
   * Config keys whose value is one of an enum's members, to the exported enum's name (for example
   * `method` to `WebhookMethod`), so that code writers can name the member instead of the string.
   * @default - no enum fields
   */
  readonly configEnums?: { [key: string]: string };
  /** Whether the construct takes `config` and `secrets` structs (false: free-form objects). */
  readonly typed: boolean;
  /**
   * Whether the construct has `action()`: rules can run the type's actions, and their params are typed.
   * @default false
   */
  readonly ruleActions?: boolean;
}
