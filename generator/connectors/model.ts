/**
 * Model step: joins the connector_types answer with the catalog into one checked, sorted
 * description of what to emit. No file system access and no code text here, except the small
 * literals (defaults, enum members) the emit step writes as they are.
 */
import {
  CatalogCondition, CatalogEntry, CatalogExample, CatalogField, CatalogGroup, CatalogLimit, CatalogRange, CatalogRelease, CatalogRule,
  CatalogVersions, ConnectorTypeEntry, FieldType, InputError,
} from './parse';

/** A range of Kibana versions (catalog versions; see src/kibana-version.ts). */
export type RangeModel = CatalogRange;

/** The versions a fact holds for, with its evidence. */
export type VersionsModel = CatalogVersions;

/** One of a field's version- or config-dependent defaults; the first that holds is Kibana's default. */
export interface DefaultModel {
  readonly value: unknown;
  readonly versions?: VersionsModel;
  readonly conditions: ConditionModel[];
}

export type Section = 'config' | 'secrets' | 'params';

export interface FieldModel {
  /** Kibana's JSON key. */
  readonly key: string;
  /** The jsii property name (the key, unless the key is not a valid jsii name). */
  readonly property: string;
  readonly type: FieldType;
  readonly description: string;
  readonly required: boolean;
  /** Kibana's default for the field, when it has one. */
  readonly default?: unknown;
  /** Whether the construct writes the default when the field is unset. */
  readonly sendDefault: boolean;
  readonly enumName?: string;
  /** Values the field accepts (enum fields that are not open). */
  readonly allowedValues?: string[];
  /** Every value of the field's enum (a rule may name one the field does not accept: it never holds). */
  readonly enumValues?: string[];
  readonly openEnum: boolean;
  readonly structName?: string;
  readonly url: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly integer: boolean;
  readonly maxItems?: number;
  readonly maxLength?: number;
  /** Bounds that hold for some Kibana versions only. */
  readonly limits?: CatalogLimit[];
  /** The versions that accept the field (absent: every version). */
  readonly versions?: VersionsModel;
  /** Version ranges of single values (enum fields). */
  readonly valueVersions?: Readonly<Record<string, VersionsModel>>;
  /** Version- or config-dependent defaults (then `default` is undefined). */
  readonly defaults?: DefaultModel[];
  /** Where the field is: `config`, `secrets`, `params` or `structs.<Name>.fields`. */
  readonly section: string;
  /** The group (catalog/groups/) the field comes from, when an include brought it in. */
  readonly group?: string;
}

export interface EnumModel {
  readonly name: string;
  readonly description: string;
  readonly members: ReadonlyArray<{ name: string; value: string }>;
  readonly declaredIn: string;
}

export interface StructModel {
  readonly name: string;
  readonly description: string;
  readonly fields: FieldModel[];
}

export interface ConditionModel {
  readonly section: 'config' | 'secrets' | 'params';
  /** Kibana's key of the field. */
  readonly key: string;
  readonly property: string;
  /** The field's default, applied when the field is unset. */
  readonly default?: unknown;
  /** The field has version- or config-dependent defaults: the condition calls its default function. */
  readonly dynamicDefault: boolean;
  readonly op: 'equals' | 'in' | 'not';
  readonly values: unknown[];
}

/** Paths in rules are `section.key` (Kibana's keys). */
export type RuleModel = { readonly versions?: VersionsModel; readonly runtimeOnly: boolean; readonly group?: string } & (
  | { readonly kind: 'when'; readonly conditions: ConditionModel[]; readonly text: string; readonly require: string[]; readonly forbid: string[]; readonly requireAnyOf: string[] }
  | { readonly kind: 'together'; readonly paths: string[]; readonly unless: string[] }
  | { readonly kind: 'atMostOne'; readonly paths: string[] }
  | {
    readonly kind: 'value';
    readonly path: string;
    readonly is: 'jsonObjectText' | 'urlHostIn';
    readonly hosts?: string[];
    readonly key?: string;
    readonly example?: string;
    readonly conditions: ConditionModel[];
  });

export interface ConnectorModel {
  readonly typeId: string;
  readonly displayName: string;
  readonly constructName: string;
  /** File name in src/connectors/, without extension. */
  readonly fileName: string;
  readonly license: string;
  readonly features: string[];
  readonly deprecated: boolean;
  /** False: no catalog entry, free-form config and secrets. */
  readonly typed: boolean;
  readonly description: string;
  /** The versions that have the type (typed constructs). */
  readonly versions?: VersionsModel;
  readonly firstKibanaVersion?: string;
  /** First Kibana version without the type. */
  readonly until?: string;
  /** The Kibana source files (or docs) the catalog entry was checked against. */
  readonly sources: string[];
  /** The catalog marks the type as a technical preview. */
  readonly technicalPreview: boolean;
  readonly strictSchema: boolean;
  readonly config: FieldModel[];
  readonly secrets: FieldModel[];
  readonly params: FieldModel[];
  readonly structs: StructModel[];
  readonly rules: RuleModel[];
  readonly catalogFile?: string;
  /** The shared field groups (catalog/groups/) the catalog entry includes, in order. */
  readonly groups: string[];
  /** The changes the entry makes to fields its groups bring in: path (`config.authType`) to the keys changed. */
  readonly overrides: Readonly<Record<string, readonly string[]>>;
  /** The catalog's example props (typed constructs only): test/connectors.flavoured.test.ts builds each. */
  readonly example?: CatalogExample;
}

/** A catalog group, emitted once: its fields (as the group declares them) and its rules. */
export interface GroupModel {
  readonly name: string;
  readonly file: string;
  readonly description: string;
  readonly config: FieldModel[];
  readonly secrets: FieldModel[];
  readonly rules: RuleModel[];
}

export interface GeneratorModel {
  /** Constructs to emit, sorted by type id. */
  readonly connectors: ConnectorModel[];
  /** The groups some typed construct includes, sorted by name. */
  readonly groups: GroupModel[];
  /** The newest Kibana release the catalog was checked against. */
  readonly release: CatalogRelease;
  /** Enums used by the constructs, sorted by name. */
  readonly enums: EnumModel[];
  /** Types in the answer that get no construct, and why. */
  readonly skipped: Array<{ typeId: string; reason: string }>;
  /** Kibana's system action types (`is_system_action_type`), which get no construct. */
  readonly systemTypeIds: string[];
  /** Catalog entries for types the answer does not list (no construct). */
  readonly notInAnswer: Array<{ typeId: string; file: string }>;
}

/** A jsii-safe lowerCamelCase property name (jsii rejects names that look like Java getters or setters). */
export function propertyNameProblem(name: string): string | undefined {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) return 'is not a lowerCamelCase name';
  if (/^(get|set)[A-Z0-9]/.test(name)) return 'starts with get/set, which jsii forbids (it clashes with Java getters and setters)';
  return undefined;
}

/** File names the generator writes itself; a construct whose name maps to one gets a `-connector` suffix. */
export const RESERVED_FILE_NAMES: ReadonlySet<string> = new Set(['index', 'registry', 'enums']);

/** The file name (without extension) of a construct in src/connectors/. */
export function constructFileName(constructName: string): string {
  const base = kebabCase(constructName.replace(/Connector$/, ''));
  return RESERVED_FILE_NAMES.has(base) ? `${base}-connector` : base;
}

export function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}

function pascalWords(text: string): string {
  return (text.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
}

/** The construct name of a type without catalog entry: from its display name, else from its id. */
export function untypedConstructName(entry: ConnectorTypeEntry, taken: Set<string>): string {
  for (const base of [pascalWords(entry.name), pascalWords(entry.id)]) {
    const name = `${base}Connector`;
    if (/^[A-Z]/.test(base) && !taken.has(name)) return name;
  }
  throw new InputError('connector-types.json', entry.id, 'gives no usable construct name (display name and id clash with other constructs)');
}

const SYSTEM_REASON = 'system action type (is_system_action_type: true): Kibana provides it itself and it cannot be created through the connector API';

/** The release a catalog without catalog.json is taken to be checked through (tests' small catalogs). */
export const NO_RELEASE: CatalogRelease = { checkedThrough: '0.0.0', evidence: [{ unsettled: 'no catalog.json' }] };

export function buildModel(
  answer: ConnectorTypeEntry[],
  catalog: CatalogEntry[],
  catalogGroups: ReadonlyMap<string, CatalogGroup> = new Map(),
  release: CatalogRelease = NO_RELEASE,
): GeneratorModel {
  const catalogByType = new Map(catalog.map((e) => [e.typeId, e]));
  const answerIds = new Set(answer.map((a) => a.id));
  const enumsByName = collectEnums(catalog);

  const connectors: ConnectorModel[] = [];
  const skipped: GeneratorModel['skipped'] = [];
  const usedEnums = new Set<string>();
  const classNames = new Map<string, string>();
  const fileNames = new Map<string, string>();
  for (const e of catalog) classNames.set(e.constructName, e.file);

  for (const entry of [...answer].sort((a, b) => compare(a.id, b.id))) {
    if (entry.isSystem) {
      skipped.push({ typeId: entry.id, reason: SYSTEM_REASON });
      continue;
    }
    const cat = catalogByType.get(entry.id);
    const model = cat ? typedConnector(entry, cat, enumsByName) : untypedConnector(entry, new Set(classNames.keys()));
    if (!cat) classNames.set(model.constructName, 'connector-types.json');
    const clash = fileNames.get(model.fileName);
    if (clash) {
      throw new InputError(cat?.file ?? 'connector-types.json', cat ? 'constructName' : entry.id, `${model.constructName} would be written to src/connectors/${model.fileName}.ts, as ${clash}`);
    }
    fileNames.set(model.fileName, model.constructName);
    for (const f of allFields(model)) if (f.enumName) usedEnums.add(f.enumName);
    connectors.push(model);
  }
  const notInAnswer = catalog
    .filter((e) => !answerIds.has(e.typeId))
    .map((e) => ({ typeId: e.typeId, file: e.file }))
    .sort((a, b) => compare(a.typeId, b.typeId));
  const enums = [...usedEnums].sort(compare).map((n) => enumsByName.get(n)!);
  const used = new Set(connectors.flatMap((c) => c.groups));
  const groups = [...catalogGroups.values()].filter((g) => used.has(g.name)).sort((a, b) => compare(a.name, b.name))
    .map((g) => groupModel(g, connectors, enumsByName));
  return { connectors, groups, release, enums, skipped, systemTypeIds: skipped.map((s) => s.typeId), notInAnswer };
}

export function allFields(c: ConnectorModel): FieldModel[] {
  return [...c.config, ...c.secrets, ...c.params, ...c.structs.flatMap((s) => s.fields)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function collectEnums(catalog: CatalogEntry[]): Map<string, EnumModel> {
  const out = new Map<string, EnumModel>();
  for (const entry of catalog) {
    for (const [name, e] of Object.entries(entry.enums)) {
      const other = out.get(name);
      if (other) throw new InputError(entry.file, `enums.${name}`, `is also declared in ${other.declaredIn}; declare an enum once and use it anywhere`);
      const values = new Set<string>();
      for (const m of e.members) {
        if (values.has(m.value)) throw new InputError(entry.file, `enums.${name}.members.${m.name}`, `repeats the value ${JSON.stringify(m.value)}`);
        values.add(m.value);
      }
      out.set(name, { name, description: e.description, members: e.members, declaredIn: entry.file });
    }
  }
  return out;
}

function untypedConnector(entry: ConnectorTypeEntry, taken: Set<string>): ConnectorModel {
  const constructName = untypedConstructName(entry, taken);
  return {
    typeId: entry.id,
    displayName: entry.name,
    constructName,
    fileName: constructFileName(constructName),
    license: entry.minimumLicense,
    features: entry.features,
    deprecated: entry.isDeprecated,
    typed: false,
    description: `A ${entry.name} connector (Kibana type \`${entry.id}\`). The library has no catalog entry for this type, so \`config\` and \`secrets\` are free-form objects whose keys are Kibana's field names.`,
    technicalPreview: false,
    strictSchema: false,
    config: [],
    secrets: [],
    params: [],
    structs: [],
    rules: [],
    groups: [],
    overrides: {},
    sources: [],
  };
}

function typedConnector(entry: ConnectorTypeEntry, cat: CatalogEntry, enums: Map<string, EnumModel>): ConnectorModel {
  if (!cat.example) {
    throw new InputError(cat.file, 'example', 'is missing: give the props of a valid construct ({ "name", "config", "secrets" }, a secret as { "$sensitive": "<variable>" }); the tests build every construct from it');
  }
  const structNames = new Set(Object.keys(cat.structs));
  const field = (section: string, key: string, f: CatalogField) => fieldModel(cat, section, key, f, enums, structNames);
  const fields = (section: Section) => Object.entries(cat[section]).map(([k, f]) => field(section, k, f));
  const config = fields('config');
  const secrets = fields('secrets');
  const params = fields('params');
  const structs = Object.entries(cat.structs).map(([name, s]) => ({
    name,
    description: s.description,
    fields: Object.entries(s.fields).map(([k, f]) => {
      const m = field(`structs.${name}.fields`, k, f);
      if (m.sendDefault) throw new InputError(cat.file, `structs.${name}.fields.${k}.default`, 'is not written for struct fields; set sendDefault: false');
      return m;
    }),
  }));
  for (const name of structNames) {
    if (![...config, ...secrets, ...params, ...structs.flatMap((s) => s.fields)].some((f) => f.structName === name)) {
      throw new InputError(cat.file, `structs.${name}`, 'is declared but no field uses it');
    }
  }
  const seenProps = new Map<string, string>();
  for (const [section, list] of [['config', config], ['secrets', secrets], ['params', params]] as const) {
    seenProps.clear();
    for (const f of list) {
      if (seenProps.has(f.property)) throw new InputError(cat[section][f.key].from ?? cat.file, `${section}.${f.key}.property`, `${f.property} is also the property of ${section}.${seenProps.get(f.property)}`);
      seenProps.set(f.property, f.key);
    }
  }
  let ownRule = 0;
  const rules = cat.rules.map((rule): RuleModel => ({
    ...ruleModel(rule.from?.file ?? cat.file, rule, rule.from?.at ?? `rules[${ownRule++}]`, { config, secrets, params, structs }),
    group: rule.from ? groupName(rule.from.file) : undefined,
  }));
  const resolved = resolveDefaults(cat, { config, secrets });
  const constructName = cat.constructName;
  const expectedFile = `${constructFileName(constructName)}.json`;
  if (cat.file.split('/').pop() !== expectedFile) {
    throw new InputError(cat.file, 'constructName', `is ${constructName}, whose construct file is src/connectors/${constructFileName(constructName)}.ts: name the catalog file ${expectedFile}`);
  }
  const first = cat.versions.ranges[0].since;
  const last = cat.versions.ranges[cat.versions.ranges.length - 1].until;
  return {
    typeId: entry.id,
    displayName: entry.name,
    constructName,
    fileName: constructFileName(constructName),
    license: entry.minimumLicense,
    features: entry.features,
    deprecated: entry.isDeprecated,
    typed: true,
    description: cat.description,
    versions: cat.versions,
    firstKibanaVersion: first,
    technicalPreview: cat.technicalPreview,
    strictSchema: cat.strictSchema,
    until: last,
    sources: cat.sources,
    config: resolved.config,
    secrets: resolved.secrets,
    params,
    structs,
    rules,
    catalogFile: cat.file,
    groups: cat.include,
    overrides: cat.overrides ?? {},
    example: cat.example,
  };
}

/** The name of a group from its file (`catalog/groups/http-auth.json` → `http-auth`). */
function groupName(file: string): string {
  return file.split('/').pop()!.replace(/\.json$/, '');
}

/**
 * A group as it declares its fields (no entry's overrides) and its rules. A group's rules may read
 * the fields of the entries that include it: they are checked against each entry (typedConnector),
 * and taken here from the first.
 */
function groupModel(g: CatalogGroup, connectors: ConnectorModel[], enums: Map<string, EnumModel>): GroupModel {
  const pseudo = { file: g.file, config: g.config, secrets: g.secrets } as unknown as CatalogEntry;
  const field = (section: 'config' | 'secrets', key: string, f: CatalogField) => fieldModel(pseudo, section, key, f, enums, new Set());
  const own: { config: FieldModel[]; secrets: FieldModel[] } = {
    config: Object.entries(g.config).map(([k, f]) => ({ ...field('config', k, f), group: g.name })),
    secrets: Object.entries(g.secrets).map(([k, f]) => ({ ...field('secrets', k, f), group: g.name })),
  };
  const resolved = resolveDefaults({ ...pseudo, config: g.config, secrets: g.secrets } as CatalogEntry, own);
  return {
    name: g.name,
    file: g.file,
    description: g.description,
    config: resolved.config,
    secrets: resolved.secrets,
    rules: connectors.find((c) => c.groups.includes(g.name))!.rules.filter((r) => r.group === g.name),
  };
}

function fieldModel(
  cat: CatalogEntry, section: string, key: string, f: CatalogField, enums: Map<string, EnumModel>, structs: Set<string>,
): FieldModel {
  const at = `${section}.${key}`;
  const fail = (field: string, problem: string): never => {
    throw new InputError(f.from ?? cat.file, field, problem);
  };
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) fail(at, 'is not a key the generator can write (letters, digits, _ and $ only)');
  const property = f.property ?? key;
  const problem = propertyNameProblem(property);
  if (problem) fail(f.property ? `${at}.property` : at, `${problem}; give the field a "property" that is a valid jsii name`);
  if (f.property && f.property === key) fail(`${at}.property`, 'equals the key; leave it out');
  let allowedValues: string[] | undefined;
  if (f.enum) {
    const e = enums.get(f.enum);
    if (!e) fail(`${at}.enum`, `names ${f.enum}, which no catalog file declares under "enums"`);
    const values = e!.members.map((m) => m.value);
    for (const v of f.allowed ?? []) if (!values.includes(v)) fail(`${at}.allowed`, `has ${JSON.stringify(v)}, which is not a value of ${f.enum}`);
    allowedValues = f.openEnum ? undefined : (f.allowed ?? values);
  }
  if (f.struct && !structs.has(f.struct)) fail(`${at}.struct`, `names ${f.struct}, which this file does not declare under "structs"`);
  if (f.default !== undefined) checkDefault(f, f.default, allowedValues, (p) => fail(`${at}.default`, p));
  (f.defaults ?? []).forEach((d, i) => checkDefault(f, d.value, allowedValues, (p) => fail(`${at}.defaults[${i}].value`, p)));
  const enumValues = f.enum ? enums.get(f.enum)!.members.map((m) => m.value) : [];
  for (const v of Object.keys(f.valueVersions ?? {})) {
    if (!enumValues.includes(v)) fail(`${at}.valueVersions`, `names ${JSON.stringify(v)}, which is not a value of ${f.enum}`);
  }
  // Values the field does not accept at all (\`allowed\`) need no range.
  const valueVersions = f.valueVersions
    && Object.fromEntries(Object.entries(f.valueVersions).filter(([v]) => !allowedValues || allowedValues.includes(v)));
  return {
    key,
    property,
    type: f.type,
    description: f.description,
    required: f.required,
    default: f.default,
    sendDefault: (f.default !== undefined || f.defaults !== undefined) && (f.sendDefault ?? true),
    enumName: f.enum,
    allowedValues,
    enumValues: f.enum ? enumValues : undefined,
    openEnum: f.openEnum ?? false,
    structName: f.struct,
    url: f.format === 'url',
    min: f.min,
    max: f.max,
    integer: f.integer ?? false,
    maxItems: f.maxItems,
    maxLength: f.maxLength,
    limits: f.limits,
    versions: f.versions,
    valueVersions: valueVersions && Object.keys(valueVersions).length ? valueVersions : undefined,
    // The conditions of the defaults are resolved once every field of the entry is known (resolveDefaults).
    defaults: f.defaults?.map((d) => ({ value: d.value, versions: d.versions, conditions: [], when: d.when }) as DefaultModel),
    section,
    group: f.from ? groupName(f.from) : undefined,
  };
}

/** The conditions of every field's `defaults`, resolved against the entry's config and secrets. */
type Sections = { config: FieldModel[]; secrets: FieldModel[] };
function resolveDefaults(cat: CatalogEntry, sections: Sections): Sections {
  const resolve = (list: FieldModel[], section: 'config' | 'secrets') => list.map((f) => {
    if (!f.defaults) return f;
    const file = cat[section][f.key].from ?? cat.file;
    const defaults = f.defaults.map((d, i) => {
      const when = (d as DefaultModel & { when?: Record<string, CatalogCondition> }).when ?? {};
      const conditions = Object.entries(when).map(([path, c]) => {
        const at = `${section}.${f.key}.defaults[${i}].when["${path}"]`;
        const m = /^(config|secrets)\.(.+)$/.exec(path);
        const target = m ? sections[m[1] as 'config' | 'secrets'].find((x) => x.key === m[2]) : undefined;
        if (!target || target === f) throw new InputError(file, at, `${JSON.stringify(path)} is not another config or secrets field of this type`);
        return conditionModel(file, { section: m![1] as 'config' | 'secrets', field: target }, c, at);
      });
      return { value: d.value, versions: d.versions, conditions };
    });
    return { ...f, defaults };
  });
  return { config: resolve(sections.config, 'config'), secrets: resolve(sections.secrets, 'secrets') };
}

function checkDefault(f: CatalogField, v: unknown, allowed: string[] | undefined, fail: (problem: string) => never): void {
  const ok = (() => {
    switch (f.type) {
      case 'string': return typeof v === 'string';
      case 'enum': return typeof v === 'string' && (!allowed || allowed.includes(v));
      case 'number': return typeof v === 'number';
      case 'boolean': return typeof v === 'boolean';
      case 'json': case 'stringMap': return typeof v === 'object' && v !== null && !Array.isArray(v);
      default: return false;
    }
  })();
  if (!ok) fail(`${JSON.stringify(v)} is not a valid default for a field of type ${f.type}${allowed ? ` (values: ${allowed.join(', ')})` : ''}`);
}

/**
 * A rule's model. Its paths name fields of one object: config and secrets (a connector), or params
 * (an action of the connector), never both.
 */
type RuleSections = { config: FieldModel[]; secrets: FieldModel[]; params?: FieldModel[]; structs?: StructModel[] };
function ruleModel(file: string, rule: CatalogRule, at: string, sections: RuleSections): RuleModel {
  const seen = new Set<string>();
  const resolve = (path: string, field: string): { section: 'config' | 'secrets' | 'params'; field: FieldModel } => {
    const [head, ...keys] = path.split('.');
    const section = (['config', 'secrets', 'params'].includes(head) ? head : undefined) as 'config' | 'secrets' | 'params' | undefined;
    // The section's field, then (for a path into a struct) the struct's fields by key.
    let f = section && keys.length ? sections[section]?.find((x) => x.key === keys[0]) : undefined;
    for (const key of keys.slice(1)) {
      const struct = f?.structName ? sections.structs?.find((s) => s.name === f!.structName) : undefined;
      f = struct?.fields.find((x) => x.key === key);
    }
    if (!section || !f) throw new InputError(file, field, `${JSON.stringify(path)} is not a config, secrets or params field of this type`);
    seen.add(section === 'params' ? 'params' : 'connector');
    if (seen.size > 1) throw new InputError(file, field, `${JSON.stringify(path)} mixes params with config or secrets in one rule: Kibana checks them at different times`);
    // A field inside a struct is named by its path from the section (`subActionParams.text`).
    return { section, field: keys.length > 1 ? { ...f, key: keys.join('.'), property: keys.join('.') } : f };
  };
  const paths = (list: string[] | undefined, key: string) => (list ?? []).map((p, i) => {
    const r = resolve(p, `${at}.${key}[${i}]`);
    return `${r.section}.${r.field.key}`;
  });
  const range = { versions: rule.versions, runtimeOnly: rule.runtimeOnly ?? false };
  if (rule.value) {
    const r = resolve(rule.value, `${at}.value`);
    if (r.field.type !== 'string') throw new InputError(file, `${at}.value`, `names ${rule.value}, which is not a string field (${rule.is} checks JSON text)`);
    const when = Object.entries(rule.when ?? {}).map(([path, c]) => conditionModel(file, resolve(path, `${at}.when["${path}"]`), c, `${at}.when["${path}"]`));
    return {
      ...range,
      kind: 'value',
      path: `${r.section}.${r.field.key}`,
      is: rule.is!,
      conditions: when,
      ...(rule.hosts ? { hosts: rule.hosts } : {}),
      ...(rule.key !== undefined ? { key: rule.key } : {}),
      ...(rule.example !== undefined ? { example: rule.example } : {}),
    };
  }
  if (rule.together) return { ...range, kind: 'together', paths: paths(rule.together, 'together'), unless: paths(rule.unless, 'unless') };
  if (rule.atMostOne) return { ...range, kind: 'atMostOne', paths: paths(rule.atMostOne, 'atMostOne') };
  const conditions = Object.entries(rule.when!).map(([path, c]) => conditionModel(file, resolve(path, `${at}.when["${path}"]`), c, `${at}.when["${path}"]`));
  return {
    ...range,
    kind: 'when',
    conditions,
    text: conditions.map(conditionText).join(' and '),
    require: paths(rule.require, 'require'),
    forbid: paths(rule.forbid, 'forbid'),
    requireAnyOf: paths(rule.requireAnyOf, 'requireAnyOf'),
  };
}

function conditionModel(file: string, target: { section: 'config' | 'secrets' | 'params'; field: FieldModel }, c: CatalogCondition, at: string): ConditionModel {
  const [op, values]: [ConditionModel['op'], unknown[]] = 'in' in c ? ['in', c.in] : 'not' in c ? ['not', [c.not]] : ['equals', [c.equals]];
  const f = target.field;
  for (const v of values) {
    const fits = f.enumValues ? f.enumValues.includes(v as string)
      : f.type === 'boolean' ? typeof v === 'boolean'
        : f.type === 'number' ? typeof v === 'number'
          : f.type === 'string' || f.type === 'enum' ? typeof v === 'string' : false;
    if (!fits) throw new InputError(file, at, `compares ${target.section}.${f.key} with ${JSON.stringify(v)}, which the field cannot hold`);
  }
  return { section: target.section, key: f.key, property: f.property, default: f.default, dynamicDefault: f.defaults !== undefined, op, values };
}

export function conditionText(c: ConditionModel): string {
  const path = `${c.section}.${c.property}`;
  const shown = c.values.map((v) => JSON.stringify(v));
  switch (c.op) {
    case 'equals': return `${path} is ${shown[0]}`;
    case 'not': return `${path} is not ${shown[0]}`;
    default: return `${path} is ${shown.join(' or ')}`;
  }
}
