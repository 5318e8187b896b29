// The rule engine's data: what Kibana accepts in an object (a connector's config and secrets, an
// action's params), per Kibana version. The connector generator writes these records from the
// catalog (src/connectors/specs/, src/connectors/groups/); ./check.ts evaluates them. Types only:
// imports nothing.

/** Kibana versions from `since` (included) to `until` (the first version without the fact). */
export interface VersionRange {
  readonly since?: string;
  readonly until?: string;
}

/**
 * The versions a fact holds for: any of the ranges (several for a backport, such as 8.19.12 within
 * 8.19 and 9.2.5 on). Absent: every version.
 */
export type Versions = readonly VersionRange[];

/** The JSON shape of a field's value. */
export type ValueType =
  | 'string' | 'number' | 'boolean' | 'enum' | 'stringList' | 'numberList' | 'stringMap' | 'json' | 'jsonList' | 'struct' | 'structList';

/** A bound that holds for some Kibana versions only (slack_api `allowedChannels`: 25, later 500). */
export interface LimitSpec {
  readonly min?: number;
  readonly max?: number;
  readonly maxItems?: number;
  readonly maxLength?: number;
  readonly versions: Versions;
}

/** A condition on another field of the same object, read with its default applied. */
export interface ConditionSpec {
  /** `config.hasAuth`: section and Kibana key. */
  readonly path: string;
  readonly op: 'equals' | 'in' | 'not';
  readonly values: readonly unknown[];
}

/** One of a field's defaults: the value Kibana stores for the versions and conditions it holds for. */
export interface DefaultSpec {
  readonly value: unknown;
  readonly versions?: Versions;
  readonly when?: readonly ConditionSpec[];
}

/** A field of an object: Kibana's key and what Kibana accepts in it. */
export interface FieldSpec {
  /** Kibana's JSON key. */
  readonly key: string;
  /** The struct property, when it differs from the key (jsii names). */
  readonly property?: string;
  readonly type: ValueType;
  readonly required?: boolean;
  /** An absolute http(s) URL. */
  readonly url?: boolean;
  /** The accepted values (a closed set). */
  readonly values?: readonly string[];
  /** The versions of single values (values not listed hold whenever the field does). */
  readonly valueVersions?: Readonly<Record<string, Versions>>;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly maxItems?: number;
  readonly maxLength?: number;
  readonly limits?: readonly LimitSpec[];
  /** The versions that accept the field. */
  readonly versions?: Versions;
  /** Kibana's defaults, the first that holds wins. */
  readonly defaults?: readonly DefaultSpec[];
  /** Whether the construct writes the default when the field is unset (so that Terraform sees no drift). */
  readonly send?: boolean;
  /** The fields of a struct or of each item of a struct list. */
  readonly fields?: readonly FieldSpec[];
  /**
   * Rules between the fields of each struct value (of the struct, or of every item of a struct list):
   * their paths are `params.<key>`, where `params` stands for the struct value itself.
   */
  readonly rules?: readonly RuleSpec[];
}

/** A rule between fields. Paths are `section.key`, or `section.key.key` into a struct field. */
export type RuleSpec =
  | {
    readonly kind: 'when';
    readonly when: readonly ConditionSpec[];
    readonly require?: readonly string[];
    readonly forbid?: readonly string[];
    readonly requireAnyOf?: readonly string[];
    readonly versions?: Versions;
    /** Kibana accepts it at create, but the connector can only fail when it runs. */
    readonly runtimeOnly?: boolean;
  }
  | { readonly kind: 'together'; readonly paths: readonly string[]; readonly unless?: readonly string[]; readonly versions?: Versions; readonly runtimeOnly?: boolean }
  | { readonly kind: 'atMostOne'; readonly paths: readonly string[]; readonly versions?: Versions; readonly runtimeOnly?: boolean }
  | {
    readonly kind: 'value';
    readonly path: string;
    readonly is: 'jsonObjectText' | 'urlHostIn';
    readonly hosts?: readonly string[];
    /** jsonObjectText: a key the object must hold (Slack Block Kit's `blocks`). */
    readonly key?: string;
    /** jsonObjectText: a valid value of this field, which messages show (from the catalog). */
    readonly example?: string;
    /** Conditions under which the value is checked (all must hold). */
    readonly when?: readonly ConditionSpec[];
    readonly versions?: Versions;
    readonly runtimeOnly?: boolean;
  };

/** A change a type makes to a field a group brings in. */
export interface FieldOverride {
  readonly values?: readonly string[];
  readonly versions?: Versions;
  readonly valueVersions?: Readonly<Record<string, Versions>>;
  readonly defaults?: readonly DefaultSpec[];
  readonly send?: boolean;
  readonly limits?: readonly LimitSpec[];
}

/** Fields and rules that several types share (a catalog group), written once. */
export interface GroupSpec {
  readonly name: string;
  readonly config: readonly FieldSpec[];
  readonly secrets: readonly FieldSpec[];
  readonly rules: readonly RuleSpec[];
}

/** A group as one type includes it, with the type's changes (by path, `config.authType`). */
export interface GroupUse {
  readonly group: GroupSpec;
  readonly overrides?: Readonly<Record<string, FieldOverride>>;
}

/** The catalog as a whole: the newest Kibana release it was checked against. */
export interface CatalogSpec {
  readonly checkedThrough: string;
}

/** Everything the engine knows about one connector type. */
export interface ConnectorSpec {
  readonly typeId: string;
  /**
   * What the spec describes, as its messages name it: `connector` (a connector type's config, secrets
   * and action params) or `rule` (a rule type's params): "is not a field of this rule type".
   */
  readonly subject: 'connector' | 'rule';
  readonly catalog: CatalogSpec;
  /** The versions that have the type. */
  readonly versions: Versions;
  /** Whether the type's config and secrets objects refuse keys they do not define. */
  readonly strict: boolean;
  readonly config: readonly FieldSpec[];
  readonly secrets: readonly FieldSpec[];
  readonly params?: readonly FieldSpec[];
  /**
   * Whether the `params` object refuses keys it does not define (default true: connector params
   * schemas are strict). Its structs refuse unknown keys either way.
   */
  readonly paramsStrict?: boolean;
  /** Included groups, after the type's own fields and before its own rules. */
  readonly groups?: readonly GroupUse[];
  readonly rules: readonly RuleSpec[];
}
