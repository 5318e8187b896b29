// The importer's pure core: Kibana connector records in, an import plan out. No I/O, no cdktf: to
// tell which connectors TypeScript cannot hold, it is given cdktf's token marker rule
// (./cdktf-markers.ts) when the plan is for TypeScript (./token-markers.ts).
// Old data Kibana now refuses (blank names, empty config strings) is skipped with the reason;
// text that is not NFC, which Terraform changes, is listed per field.
// May import src/connector-record.ts and src/connector-type-info.ts (types), src/object.ts,
// src/scalar.ts, ./token-markers, ./names, ./plan-rules.
import { ConnectorRecord } from '../connector-record';
import { ConnectorTypeInfo } from '../connector-type-info';
import type { KibanaTarget } from '../kibana-version';
import { isBlankText, ownValue } from '../object';
import { scalarProblem } from '../scalar';
import { baseName, invalidNameReason, NameAllocator, snakeCase } from './names';
import { BindableConnector, notNfcPaths, PlannedRule, planRules, RuleLibrary, SkippedRule, SpaceRules, visitJson } from './plan-rules';
import { tokenMarkerRefusal, TokenMarkerFinder } from './token-markers';

export type { ConnectorRecord };

/** The connectors of one space. */
export interface SpaceConnectors {
  readonly spaceId: string;
  readonly connectors: readonly ConnectorRecord[];
}

/**
 * What the planner knows of the typed constructs, by Kibana type id: each one's registry entry
 * (fields, and the enum type of each config field that has one, by Kibana key: `{ method: 'WebhookMethod' }`).
 */
export type ConnectorTypeRegistry = Readonly<Record<string, ConnectorTypeInfo>>;

/** The package's enums by name: member name to Kibana value (`{ WebhookMethod: { POST: 'post', ... } }`). */
export type EnumCatalog = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** An enum member written for a config value: `WebhookMethod.PUT`. */
export interface EnumMember {
  readonly enumName: string;
  readonly member: string;
}

/** Kibana keys whose typed-construct struct property has another name, by type id (the package's PROPERTY_RENAMES). */
export type PropertyRenames = Readonly<Record<string, {
  readonly config: Readonly<Record<string, string>>;
  readonly secrets: Readonly<Record<string, string>>;
}>>;

/** What a probe is asked: a typed connector, the secret fields already wired, the optional ones. */
export interface SecretProbeInput {
  readonly constructName: string;
  readonly name: string;
  readonly spaceId: string;
  readonly config: Readonly<Record<string, unknown>>;
  /** Secret fields wired as variables (tokens in the probe). */
  readonly secretFields: readonly string[];
  /** Optional secret fields the probe may report as required for this config. */
  readonly optionalFields: readonly string[];
}

export interface SecretProbeResult {
  /** Optional secret fields this config makes required, with the condition. */
  readonly required: readonly { readonly field: string; readonly condition?: string }[];
  /** Other problems the construct reports for this config (synth would fail on them). */
  readonly problems: readonly string[];
}

/** Asks a typed construct which optional secrets its config requires (see secret-probe.ts). */
export type SecretProbe = (input: SecretProbeInput) => SecretProbeResult;

export interface PlanOptions {
  /** Typed constructs by Kibana type id (the package's CONNECTOR_TYPES). */
  readonly registry: ConnectorTypeRegistry;
  /** Name overrides, `{"<space>/<id>": "name"}`. */
  readonly nameOverrides?: Readonly<Record<string, unknown>>;
  /** Struct property names of Kibana keys, where they differ. */
  readonly propertyRenames?: PropertyRenames;
  /** Finds conditionally required secrets of typed connectors; without it only always-required ones become variables. */
  readonly secretProbe?: SecretProbe;
  /** The enums the registry's `configEnums` name; without it enum fields keep Kibana's strings. */
  readonly enums?: EnumCatalog;
  /** The rules to plan, bound to the connectors of their space; without it the plan has no rules. */
  readonly rules?: RulePlanOptions;
  /** Plan only connectors or only rules (whose actions then bind to connectors by id). Default: both. */
  readonly only?: 'connectors' | 'rules';
  /**
   * Finds data cdktf would read as its token markers (./cdktf-markers.ts findCdktfMarker): what the
   * TypeScript output cannot hold is marked typeScriptRefusal. Without it the plan is for HCL only
   * (emitTypeScript refuses it), and planning loads no cdktf.
   */
  readonly tokenMarkers?: TokenMarkerFinder;
}

/** The rules to plan, and what the rule planner needs (src/importer/plan-rules.ts). */
export interface RulePlanOptions {
  readonly spaces: readonly SpaceRules[];
  readonly library: RuleLibrary;
  /** The Kibana the typed classes are checked against. */
  readonly target: KibanaTarget;
}

/** A sensitive variable the user must supply. */
export interface PlannedVariable {
  /** Variable name, `<resource>__<field_snake>`. */
  readonly name: string;
  /** Kibana secrets key. */
  readonly field: string;
  /** Property of the construct's secrets (the typed construct's struct property; else the Kibana key). */
  readonly property: string;
  readonly description: string;
}

export interface PlannedConnector {
  readonly spaceId: string;
  readonly connectorId: string;
  readonly typeId: string;
  readonly displayName: string;
  /** Resource / construct name. */
  readonly resourceName: string;
  /** Typed construct class name, or undefined for KibanaConnector. */
  readonly constructName?: string;
  /** Number of config fields of the typed construct (0: it takes no `config`). */
  readonly configFieldCount: number;
  /** Why KibanaConnector is used instead of a typed construct. */
  readonly fallbackReason?: string;
  /** Config as Kibana returned it, minus top-level nulls. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The config with the typed construct's property names (only for typed constructs). */
  readonly constructConfig?: Readonly<Record<string, unknown>>;
  /** Top-level properties of constructConfig whose value is a member of the field's enum, by property. */
  readonly configEnumMembers?: Readonly<Record<string, EnumMember>>;
  /** Top-level config keys whose value was null (left out: Kibana's defaults). */
  readonly droppedNullConfig: readonly string[];
  /**
   * Fields whose text is not in Unicode NFC (`name`, `config.x`; a key as `config["k"] (key)`):
   * Terraform normalizes strings to NFC, so the first apply changes them in Kibana.
   */
  readonly notNfc: readonly string[];
  /** One variable per required secret field of a known type. */
  readonly variables: readonly PlannedVariable[];
  /** Optional secret fields of a known type, not wired: add the ones this connector uses. */
  readonly optionalSecretFields: readonly string[];
  /** True when the type's secret fields are unknown (no typed construct): `secrets = {}`. */
  readonly secretFieldsUnknown: boolean;
  readonly referencedByCount?: number;
  readonly isMissingSecrets: boolean;
  readonly isDeprecated: boolean;
  /**
   * Why the TypeScript output cannot hold this connector (a string cdktf would read as its own
   * token marker), or undefined. The HCL output writes it exactly.
   */
  readonly typeScriptRefusal?: string;
}

export interface SkippedConnector {
  readonly spaceId: string;
  readonly connectorId: string;
  readonly typeId: string;
  readonly displayName: string;
  readonly referencedByCount?: number;
  /** `kibana`: Kibana manages it (preconfigured, system action); `refused-data`: its data is what Kibana now refuses. */
  readonly kind: 'kibana' | 'refused-data';
  readonly reason: string;
}

export interface ImportPlan {
  /** Sorted by space, then display name, then id. */
  readonly connectors: readonly PlannedConnector[];
  readonly skipped: readonly SkippedConnector[];
  /** Sorted by space, then display name, then id. */
  readonly rules: readonly PlannedRule[];
  readonly skippedRules: readonly SkippedRule[];
  readonly warnings: readonly string[];
  /** Whether the plan was made with PlanOptions.tokenMarkers, which the TypeScript output needs. */
  readonly tokenMarkersChecked: boolean;
}

/** Data no output can hold, such as a number out of JavaScript's range (a saved answer's `1e400`). */
export class ConnectorDataError extends Error {
  constructor(spaceId: string, connectorId: string, displayName: string, problem: string) {
    super(`connector ${spaceId}/${connectorId} (${JSON.stringify(displayName)}): ${problem}`);
    this.name = 'ConnectorDataError';
  }
}

/** A bad name override; `key` is the mapping key. */
export class NameOverrideError extends Error {
  constructor(public readonly key: string, public readonly reason: string) {
    super(`name override ${JSON.stringify(key)}: ${reason}`);
    this.name = 'NameOverrideError';
  }
}

/**
 * Names never given to a connector or rule: the ids of the provider construct and of the holder of
 * connectors referenced by id, and the members every
 * JavaScript object has (`constructor`, ...), which construct ids and members of the emitted
 * `ImportedConnectors` object must not be.
 */
export const RESERVED_NAMES: readonly string[] = ['elasticstack', 'existing_connectors', ...Object.getOwnPropertyNames(Object.prototype).sort()];

/** The id of the construct that holds the connectors rules reference by id only (one of RESERVED_NAMES). */
export const EXISTING_CONNECTORS = 'existing_connectors';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds the import plan. Deterministic: the same records give the same plan, in any input order. */
export function planImport(spaces: readonly SpaceConnectors[], options: PlanOptions): ImportPlan {
  const warnings: string[] = [];
  const skipped: SkippedConnector[] = [];
  const candidates: { spaceId: string; record: ConnectorRecord }[] = [];
  const seen = new Set<string>();
  const preconfigured = new Set<string>();

  for (const space of spaces) {
    for (const record of space.connectors) {
      const key = `${space.spaceId}/${record.id}`;
      if (seen.has(key)) {
        warnings.push(`connector ${key} appears more than once in the input; the first one is used`);
        continue;
      }
      seen.add(key);
      const base = {
        spaceId: space.spaceId,
        connectorId: record.id,
        typeId: record.connector_type_id,
        displayName: record.name,
        referencedByCount: typeof record.referenced_by_count === 'number' ? record.referenced_by_count : undefined,
      };
      if (record.is_preconfigured) {
        preconfigured.add(key);
        // Preconfigured connectors show up in every space: reported once per space, as the report is per space and id.
        skipped.push({ ...base, kind: 'kibana', reason: 'preconfigured in kibana.yml (read-only through the API; manage it in kibana.yml)' });
      } else if (record.is_system_action) {
        skipped.push({ ...base, kind: 'kibana', reason: 'system action (built into Kibana; cannot be created through the connector API)' });
      } else {
        const { config } = writtenConfig(record);
        visitJson(config, 'config', (value, path) => {
          const problem = typeof value === 'number' ? scalarProblem(value) : undefined;
          if (problem) throw new ConnectorDataError(space.spaceId, record.id, record.name, `${path} ${problem} (a number too large for JavaScript, such as 1e400)`);
        });
        const refused = refusedData(record.name, config);
        if (refused) skipped.push({ ...base, kind: 'refused-data', reason: refused });
        else candidates.push({ spaceId: space.spaceId, record });
      }
    }
  }

  const byOrder = <T extends { spaceId: string; displayName: string; connectorId: string }>(a: T, b: T): number =>
    compare(a.spaceId, b.spaceId) || compare(a.displayName, b.displayName) || compare(a.connectorId, b.connectorId);
  candidates.sort((a, b) => byOrder(
    { spaceId: a.spaceId, displayName: a.record.name, connectorId: a.record.id },
    { spaceId: b.spaceId, displayName: b.record.name, connectorId: b.record.id },
  ));
  skipped.sort(byOrder);

  // Overrides first, so generated names step around them. `elasticstack` is the id of the
  // provider construct in the emitted stack.
  const names = new NameAllocator();
  for (const reserved of RESERVED_NAMES) names.reserve(reserved);
  const overrides = new Map<string, string>();
  const overrideEntries = Object.entries(options.nameOverrides ?? {}).sort(([a], [b]) => compare(a, b));
  for (const [key, value] of overrideEntries) {
    const reason = invalidNameReason(value);
    if (reason) throw new NameOverrideError(key, `the name ${JSON.stringify(value)} ${reason}`);
    if (!/^[a-z0-9_-]+\/.+$/.test(key)) throw new NameOverrideError(key, 'keys are "<space_id>/<connector_id>"');
    if (!seen.has(key)) {
      warnings.push(`name override ${JSON.stringify(key)} matches no connector of the input`);
      continue;
    }
    if (RESERVED_NAMES.includes(value as string)) throw new NameOverrideError(key, `the name ${JSON.stringify(value)} is reserved`);
    if (!names.reserve(value as string)) throw new NameOverrideError(key, `the name ${JSON.stringify(value)} is already given to another connector`);
    overrides.set(key, value as string);
  }

  const onlyRules = options.only === 'rules';
  const tokenMarkersChecked = options.tokenMarkers !== undefined;
  const connectors: PlannedConnector[] = onlyRules ? [] : candidates.map(({ spaceId, record }) => {
    const key = `${spaceId}/${record.id}`;
    const resourceName = overrides.get(key) ?? names.allocate(baseName(record.name));
    return planConnector(spaceId, record, resourceName, options);
  });
  if (options.only === 'connectors' || !options.rules) {
    return { connectors, skipped: onlyRules ? [] : skipped, rules: [], skippedRules: [], warnings, tokenMarkersChecked };
  }

  // What a rule action can bind to: the imported connectors (by reference) and the preconfigured ones.
  const bindable = new Map<string, BindableConnector>();
  for (const s of skipped) if (preconfigured.has(`${s.spaceId}/${s.connectorId}`)) bindable.set(`${s.spaceId}/${s.connectorId}`, { hasAction: false, preconfigured: true });
  for (const c of connectors) {
    bindable.set(`${c.spaceId}/${c.connectorId}`, {
      resourceName: c.resourceName,
      constructName: c.constructName,
      hasAction: ownValue(options.registry, c.typeId)?.ruleActions === true,
      preconfigured: false,
    });
  }
  const rules = planRules(options.rules.spaces, {
    library: options.rules.library,
    target: options.rules.target,
    connectors: bindable,
    allocate: (base) => names.allocate(base),
    tokenMarkers: options.tokenMarkers,
  });
  return {
    connectors,
    skipped: onlyRules ? [] : skipped,
    rules: rules.rules,
    skippedRules: rules.skipped,
    warnings: [...warnings, ...rules.warnings],
    tokenMarkersChecked,
  };
}

/** The config the outputs write (without top-level nulls and the provider's keys), and the null keys left out. */
function writtenConfig(record: ConnectorRecord): { config: Record<string, unknown>; droppedNullConfig: string[] } {
  const rawConfig = record.config && typeof record.config === 'object' && !Array.isArray(record.config) ? record.config : {};
  const kept: [string, unknown][] = [];
  const droppedNullConfig: string[] = [];
  for (const [k, v] of Object.entries(rawConfig)) {
    // Never carry connector_id or the provider's context keys into config.
    if (k === 'connector_id' || k === '__tf_provider_context' || k === '__tf_provider_connector_type_id') continue;
    if (v === null || v === undefined) droppedNullConfig.push(k);
    else kept.push([k, v]);
  }
  // fromEntries makes own properties of every key, `__proto__` included (an assignment would not).
  return { config: Object.fromEntries(kept), droppedNullConfig };
}

/**
 * Why a connector's data cannot be adopted as it is: a blank name, or an empty or blank config
 * string. Kibana refuses both on create and update since 8.x (older connectors may hold them), so
 * an adopted copy could never be applied (the first apply updates the connector), and the
 * constructs refuse them at synth. No output can be both exact and applicable: it is skipped.
 */
function refusedData(name: string, config: Readonly<Record<string, unknown>>): string | undefined {
  const refused = 'which Kibana refuses when the connector is updated and the constructs refuse at synth';
  if (isBlankText(name)) return `the name is blank (only whitespace), ${refused}: rename it in Kibana, then import again`;
  const blank: string[] = [];
  visitJson(config, 'config', (value, path) => { if (typeof value === 'string' && isBlankText(value)) blank.push(path); });
  if (!blank.length) return undefined;
  const one = blank.length === 1;
  return `${blank.join(', ')} ${one ? 'is an empty or blank string' : 'are empty or blank strings'}, ${refused}: set or remove ${one ? 'it' : 'them'} in Kibana, then import again`;
}

/** The fields of a connector whose text Terraform would change to NFC. */
function notNfcFields(name: string, config: Readonly<Record<string, unknown>>): string[] {
  return [...notNfcPaths(name, 'name'), ...notNfcPaths(config, 'config')];
}

function planConnector(spaceId: string, record: ConnectorRecord, resourceName: string, options: PlanOptions): PlannedConnector {
  const { registry, secretProbe: probe } = options;
  const typeId = record.connector_type_id;
  const { config, droppedNullConfig } = writtenConfig(record);

  // Data cdktf would read as its own token markers never reaches a construct, not even the probe's
  // throw-away one (the marker would resolve to whatever token the process holds under that number).
  const marker = tokenMarkerRefusal(options.tokenMarkers, [
    [record.name, 'name'], [record.id, 'id'], [spaceId, 'space id'], [typeId, 'connector_type_id'], [config, 'config'],
  ]);

  const info = ownValue(registry, typeId);
  let constructName: string | undefined;
  let fallbackReason: string | undefined;
  if (!info) {
    fallbackReason = `no typed construct for ${typeId}`;
  } else {
    const known = new Set(info.configFields);
    const unknown = Object.keys(config).filter((k) => !known.has(k));
    if (unknown.length) fallbackReason = `config keys ${unknown.join(', ')} are not fields of ${info.constructName}`;
    else constructName = info.constructName;
  }

  const renames = ownValue(options.propertyRenames, typeId);
  const configProperty = (k: string): string => ownValue(renames?.config, k) ?? k;
  const secretProperty = (k: string): string => (constructName ? ownValue(renames?.secrets, k) : undefined) ?? k;
  let constructConfig = constructName ? Object.fromEntries(Object.entries(config).map(([k, v]) => [configProperty(k), v])) : undefined;

  const variables: PlannedVariable[] = [];
  const optionalSecretFields: string[] = [];
  if (info) {
    const required = new Map<string, string | undefined>(info.requiredSecretFields.map((f) => [f, undefined]));
    const optional = info.secretFields.filter((f) => !required.has(f));
    if (probe && constructName && !marker) {
      // The probe speaks the construct's property names; map its answers back to Kibana keys.
      const byProperty = new Map(optional.map((f) => [secretProperty(f), f]));
      // Ask again after wiring newly required secrets: rules such as "one of user, crt, pfx" are
      // only met once they are set. A few rounds at most.
      let result: SecretProbeResult = { required: [], problems: [] };
      for (let round = 0; round < 3; round++) {
        result = probe({
          constructName,
          name: record.name,
          spaceId,
          config: constructConfig!,
          secretFields: [...required.keys()].map(secretProperty),
          optionalFields: [...byProperty.keys()].filter((p) => !required.has(byProperty.get(p)!)),
        });
        let added = false;
        for (const r of result.required) {
          const field = byProperty.get(r.field);
          if (field !== undefined && !required.has(field)) {
            required.set(field, r.condition);
            added = true;
          }
        }
        if (!added) break;
      }
      if (result.problems.length) {
        // The typed construct would fail synth on this config (a value outside its enum, a rule
        // Kibana did not enforce when the connector was made, ...): use KibanaConnector instead.
        fallbackReason = `${constructName} rejects this config: ${result.problems.join('; ')}`;
        constructName = undefined;
        constructConfig = undefined;
      }
    }
    const used = new Set<string>();
    for (const field of info.secretFields) {
      if (!required.has(field)) {
        optionalSecretFields.push(field);
        continue;
      }
      const condition = required.get(field);
      let name = `${resourceName}__${snakeCase(field) || 'secret'}`;
      for (let n = 2; used.has(name); n++) name = `${resourceName}__${snakeCase(field)}_${n}`;
      used.add(name);
      variables.push({
        name,
        field,
        property: secretProperty(field),
        description: `secrets.${field} of the Kibana connector ${JSON.stringify(record.name)} (${spaceId}/${record.id}, ${typeId})${condition ? `, required when ${condition}` : ''}`,
      });
    }
  }

  return {
    spaceId,
    connectorId: record.id,
    typeId,
    displayName: record.name,
    resourceName,
    constructName,
    configFieldCount: info ? info.configFields.length : 0,
    fallbackReason,
    config,
    constructConfig,
    ...(constructName && info ? enumMembers(config, info, configProperty, options.enums) : {}),
    droppedNullConfig,
    notNfc: notNfcFields(record.name, config),
    variables,
    optionalSecretFields,
    secretFieldsUnknown: !info,
    referencedByCount: typeof record.referenced_by_count === 'number' ? record.referenced_by_count : undefined,
    isMissingSecrets: record.is_missing_secrets === true,
    isDeprecated: record.is_deprecated === true,
    ...(marker ? { typeScriptRefusal: marker } : {}),
  };
}

/** The enum members of a typed construct's config values, where the registry names the field's enum and the value is a member. */
function enumMembers(
  config: Readonly<Record<string, unknown>>, info: ConnectorTypeInfo, property: (key: string) => string, enums: EnumCatalog | undefined,
): { configEnumMembers?: Record<string, EnumMember> } {
  if (!info.configEnums || !enums) return {};
  const found: [string, EnumMember][] = [];
  for (const [key, value] of Object.entries(config)) {
    const enumName = ownValue(info.configEnums, key);
    const members = enumName === undefined ? undefined : ownValue(enums, enumName);
    if (!members || typeof value !== 'string') continue;
    const member = Object.keys(members).find((m) => members[m] === value && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(m));
    if (member !== undefined) found.push([property(key), { enumName: enumName!, member }]);
  }
  return found.length ? { configEnumMembers: Object.fromEntries(found) } : {};
}

/** Every variable of the plan, in plan order. */
export function planVariables(plan: ImportPlan): PlannedVariable[] {
  return plan.connectors.flatMap((c) => c.variables);
}

/** What the report and the TypeScript header say about a connector the TypeScript output leaves out. */
export function typeScriptRefusalNote(c: PlannedConnector): string | undefined {
  return c.typeScriptRefusal === undefined ? undefined : `left out of the TypeScript output: ${c.typeScriptRefusal}; --format hcl writes it exactly`;
}

/** Notes for one planned connector (what the user must do by hand). */
export function connectorNotes(c: PlannedConnector): string[] {
  const notes: string[] = [];
  if (c.fallbackReason) notes.push(`KibanaConnector used: ${c.fallbackReason}`);
  if (c.secretFieldsUnknown) notes.push('secret fields unknown for this type: secrets is {}; add the ones the connector needs');
  if (c.optionalSecretFields.length) notes.push(`optional secret fields not wired (add those this connector uses): ${c.optionalSecretFields.join(', ')}`);
  if (c.droppedNullConfig.length) notes.push(`null config values left out (Kibana's defaults): ${c.droppedNullConfig.join(', ')}`);
  if (c.notNfc.length) {
    notes.push(`not in Unicode NFC: ${c.notNfc.join(', ')}; Terraform normalizes strings to NFC, so the first apply changes them in Kibana to the composed form (same look, other characters)`);
  }
  if (c.isMissingSecrets) notes.push('Kibana reports this connector is missing secrets');
  if (c.isDeprecated) notes.push('Kibana reports this connector as deprecated');
  return notes;
}
