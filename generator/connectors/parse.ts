/**
 * Parse step: reads `connector-types.json` (a `GET /api/actions/connector_types` answer), the
 * catalog files and the shared field groups of `catalog/groups/`, checks their shape, expands each
 * entry's `include` into its fields and rules, and returns plain typed data. Every problem is
 * reported as an InputError naming the file and the field, never as a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { checkAgainstSchema, displayPath, InputError, jsonObjectTextProblem, readJson, VERSION_IN_TEXT } from './input';

export { displayPath, InputError } from './input';
import { compareKibanaVersions, KibanaVersionParts, parseCatalogVersion } from '../../src/kibana-version';

/** One element of the connector_types answer, reduced to what the generator uses. */
export interface ConnectorTypeEntry {
  readonly id: string;
  readonly name: string;
  readonly minimumLicense: string;
  readonly features: string[];
  readonly isSystem: boolean;
  readonly isDeprecated: boolean;
}

export const FIELD_TYPES = ['string', 'number', 'boolean', 'enum', 'stringList', 'stringMap', 'json', 'jsonList', 'struct', 'structList'] as const;
export type FieldType = typeof FIELD_TYPES[number];

export const LICENSES = ['basic', 'standard', 'gold', 'platinum', 'enterprise', 'trial'] as const;

/** A field of config, secrets, params or a struct, as written in a catalog file. */
export interface CatalogField {
  readonly type: FieldType;
  readonly description: string;
  readonly required: boolean;
  readonly default?: unknown;
  readonly sendDefault?: boolean;
  readonly enum?: string;
  readonly allowed?: string[];
  readonly openEnum?: boolean;
  readonly struct?: string;
  readonly format?: 'url';
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly property?: string;
  /** Longest string, most list items (for every version the field exists in). */
  readonly maxLength?: number;
  readonly maxItems?: number;
  /** Bounds that hold for some Kibana versions only. */
  readonly limits?: CatalogLimit[];
  /** The Kibana versions that accept the field. */
  readonly versions?: CatalogVersions;
  /** Version ranges of single values of an enum field (values not listed hold whenever the field does). */
  readonly valueVersions?: Record<string, CatalogVersions>;
  /** Kibana's defaults that depend on the version or on other fields (instead of `default`), first match wins. */
  readonly defaults?: CatalogDefault[];
  /** The group file the field comes from, when an `include` brought it in. */
  readonly from?: string;
}

/** A range of Kibana versions: since (included) until (excluded). `unreleased`: Kibana's main branch after the checked release. */
export interface CatalogRange {
  readonly since?: string;
  readonly until?: string;
}

/** Where a version fact comes from (catalog/schema/definitions.schema.json#/definitions/evidence). */
export type CatalogEvidence =
  | { readonly pr: number; readonly labels: string[]; readonly title?: string; readonly note?: string }
  | { readonly file: string; readonly at: string; readonly note?: string }
  | { readonly unsettled: string };

/** The Kibana versions a fact holds for (several ranges for a backport), with its evidence. */
export interface CatalogVersions {
  readonly ranges: CatalogRange[];
  readonly evidence: CatalogEvidence[];
}

/** A bound that holds for some Kibana versions only. */
export interface CatalogLimit {
  readonly min?: number;
  readonly max?: number;
  readonly maxItems?: number;
  readonly maxLength?: number;
  readonly versions: CatalogVersions;
}

/** One of a field's defaults: the value Kibana stores for the versions and config it holds for. */
export interface CatalogDefault {
  readonly value: unknown;
  readonly versions?: CatalogVersions;
  readonly when?: Record<string, CatalogCondition>;
}

export type CatalogCondition = { readonly equals: unknown } | { readonly in: unknown[] } | { readonly not: unknown };

export interface CatalogRule {
  /** The Kibana versions that apply the rule. */
  readonly versions?: CatalogVersions;
  /** Kibana accepts the combination at create; the connector can only fail when it runs. */
  readonly runtimeOnly?: boolean;
  readonly when?: Record<string, CatalogCondition>;
  readonly require?: string[];
  readonly forbid?: string[];
  readonly requireAnyOf?: string[];
  readonly together?: string[];
  readonly unless?: string[];
  readonly atMostOne?: string[];
  /** A value rule: the field it checks ... */
  readonly value?: string;
  /** ... and what it checks (`jsonObjectText`: JSON text of a non-empty object; `urlHostIn`: a URL whose host is one of `hosts`). */
  readonly is?: 'jsonObjectText' | 'urlHostIn';
  /** The hosts a `urlHostIn` value rule accepts. */
  readonly hosts?: string[];
  /** A key the JSON object of a jsonObjectText value rule must hold. */
  readonly key?: string;
  /** A valid value of a jsonObjectText value rule's field, which messages show. */
  readonly example?: string;
  /** Where the rule is written, when an `include` brought it in: the group file and the rule's path there. */
  readonly from?: { readonly file: string; readonly at: string };
}

export interface CatalogEnum {
  readonly description: string;
  readonly members: Array<{ name: string; value: string }>;
}

export interface CatalogStruct {
  readonly description: string;
  readonly fields: Record<string, CatalogField>;
}

/** A shared field group (`catalog/groups/<name>.json`): fields and rules that entries include by name. */
export interface CatalogGroup {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  /** Groups an entry must include before this one (this group's rules use their fields). */
  readonly requires: string[];
  readonly config: Record<string, CatalogField>;
  readonly secrets: Record<string, CatalogField>;
  readonly rules: CatalogRule[];
}

/**
 * The props of a valid construct, for tests and docs. A value `{ "$sensitive": "<name>" }` in
 * `secrets` stands for a sensitive Terraform variable of that name.
 */
export interface CatalogExample {
  readonly name: string;
  readonly config?: Record<string, unknown>;
  readonly secrets?: Record<string, unknown>;
}

/** One catalog file: what the library knows about a connector type. */
export interface CatalogEntry {
  readonly file: string;
  readonly typeId: string;
  readonly constructName: string;
  /** The Kibana versions that have the type. */
  readonly versions: CatalogVersions;
  /** The Kibana source files (or docs) the entry was checked against. */
  readonly sources: string[];
  /** Kibana ships the type as a technical preview (the README table says so). */
  readonly technicalPreview: boolean;
  readonly description: string;
  readonly strictSchema: boolean;
  readonly enums: Record<string, CatalogEnum>;
  readonly structs: Record<string, CatalogStruct>;
  readonly config: Record<string, CatalogField>;
  readonly secrets: Record<string, CatalogField>;
  readonly params: Record<string, CatalogField>;
  /** The rules of the included groups (in `include` order), then the entry's own. */
  readonly rules: CatalogRule[];
  /** Names of the included groups, in order. Their fields follow the entry's own in config and secrets. */
  readonly include: string[];
  /** The entry's changes to fields its groups bring in: path to the keys it changes. */
  readonly overrides?: Record<string, string[]>;
  readonly example?: CatalogExample;
}

/** The JSON schemas of the catalog (catalog/schema/), which editors use too. */
export const SCHEMA_DIR = path.join(__dirname, '..', 'catalog', 'schema');
export type SchemaName = 'entry' | 'group' | 'catalog';
let validators: Map<SchemaName, ValidateFunction> | undefined;

function validatorOf(name: SchemaName): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    const load = (n: string) => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${n}.schema.json`), 'utf8'));
    ajv.addSchema(load('definitions'));
    validators = new Map((['entry', 'group', 'catalog'] as const).map((n) => [n, ajv.compile(load(n))]));
  }
  return validators.get(name)!;
}

/** Checks a catalog file against its JSON schema; a mistake is an InputError naming the file and the JSON path. */
export function checkSchema(file: string, data: unknown, name: SchemaName): void {
  checkAgainstSchema(file, data, validatorOf(name), `schema/${name}.schema.json`);
}

/** Fails on a description that states a Kibana version by hand. */
function checkTexts(r: Reader, o: unknown, at: string): void {
  if (Array.isArray(o)) {
    o.forEach((v, i) => checkTexts(r, v, `${at}[${i}]`));
  } else if (isObject(o)) {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'example' || k === 'sources' || k === 'evidence') continue;
      const here = at ? `${at}.${k}` : k;
      if (k === 'description' && typeof v === 'string' && VERSION_IN_TEXT.test(v)) {
        r.fail(here, `states a version by hand (${JSON.stringify(VERSION_IN_TEXT.exec(v)![0])}); give versions as data (versions, valueVersions, defaults, limits) and the generator writes them into the docs`);
      }
      checkTexts(r, v, here);
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (parent: string, key: string | number) => (typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key);
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** A small reader that names the field of every problem it finds. */
class Reader {
  constructor(private readonly file: string) {}

  fail(field: string, problem: string): never {
    throw new InputError(this.file, field, problem);
  }

  object(v: unknown, field: string): Record<string, unknown> {
    if (!isObject(v)) this.fail(field, `must be an object, not ${describe(v)}`);
    return v;
  }

  string(v: unknown, field: string, pattern?: RegExp, patternText?: string): string {
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, `must be a non-empty string, not ${describe(v)}`);
    if (pattern && !pattern.test(v)) this.fail(field, `must be ${patternText} (got ${JSON.stringify(v)})`);
    return v;
  }

  optString(v: unknown, field: string): string | undefined {
    return v === undefined ? undefined : this.string(v, field);
  }

  boolean(v: unknown, field: string): boolean {
    if (typeof v !== 'boolean') this.fail(field, `must be true or false, not ${describe(v)}`);
    return v;
  }

  optBoolean(v: unknown, field: string): boolean | undefined {
    return v === undefined ? undefined : this.boolean(v, field);
  }

  optNumber(v: unknown, field: string): number | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, `must be a number, not ${describe(v)}`);
    return v;
  }

  oneOf<T extends string>(v: unknown, allowed: readonly T[], field: string): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(field, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
    }
    return v as T;
  }

  strings(v: unknown, field: string): string[] {
    if (!Array.isArray(v)) this.fail(field, `must be an array of strings, not ${describe(v)}`);
    return v.map((item, i) => this.string(item, join(field, i)));
  }

  /** Rejects keys this format does not know (catalog files are ours: a typo must not pass). */
  onlyKeys(o: Record<string, unknown>, allowed: readonly string[], field: string): void {
    for (const key of Object.keys(o)) {
      if (!allowed.includes(key)) this.fail(join(field, key), `is not a known key here (known: ${allowed.join(', ')})`);
    }
  }
}

/**
 * Reads a connector_types answer. Unknown fields are accepted (newer Kibana versions add some);
 * the fields the generator needs must be there with the right type.
 */
export function parseConnectorTypes(file: string): ConnectorTypeEntry[] {
  const shown = displayPath(file);
  const r: Reader = new Reader(shown);
  const data = readJson(file);
  if (!Array.isArray(data)) r.fail('', `must be a JSON array (the answer of GET /api/actions/connector_types), not ${describe(data)}`);
  const seen = new Set<string>();
  return (data as unknown[]).map((raw, i) => {
    const at = `[${i}]`;
    const o = r.object(raw, at);
    const id = r.string(o.id, `${at}.id`);
    if (seen.has(id)) r.fail(`${at}.id`, `${JSON.stringify(id)} appears more than once`);
    seen.add(id);
    return {
      id,
      name: r.string(o.name, `${at}.name`),
      minimumLicense: r.oneOf(o.minimum_license_required, LICENSES, `${at}.minimum_license_required`),
      features: o.supported_feature_ids === undefined ? [] : r.strings(o.supported_feature_ids, `${at}.supported_feature_ids`),
      isSystem: r.optBoolean(o.is_system_action_type, `${at}.is_system_action_type`) ?? false,
      isDeprecated: r.optBoolean(o.is_deprecated, `${at}.is_deprecated`) ?? false,
    };
  });
}

const TYPE_ID = /^\.[A-Za-z0-9_-]+$/;
const CLASS_NAME = /^[A-Z][A-Za-z0-9]*Connector$/;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const MEMBER_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const FIELD_KEYS = ['type', 'description', 'required', 'default', 'defaults', 'sendDefault', 'enum', 'allowed', 'openEnum', 'struct', 'format', 'min', 'max', 'integer', 'property', 'maxItems', 'maxLength', 'limits', 'versions', 'valueVersions'] as const;
/** What an entry's `overrides` may change on a field an `include` brought in. */
const OVERRIDE_KEYS = ['description', 'default', 'defaults', 'sendDefault', 'allowed', 'versions', 'valueVersions', 'limits'] as const;
const ENTRY_KEYS = ['$schema', 'typeId', 'constructName', 'versions', 'sources', 'technicalPreview', 'description', 'strictSchema', 'enums', 'structs', 'include', 'overrides', 'config', 'secrets', 'params', 'rules', 'example'] as const;
const GROUP_KEYS = ['$schema', 'description', 'requires', 'config', 'secrets', 'rules'] as const;
const EXAMPLE_KEYS = ['name', 'config', 'secrets'] as const;
const GROUP_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const RULE_KEYS = ['when', 'require', 'forbid', 'requireAnyOf', 'together', 'unless', 'atMostOne', 'value', 'is', 'hosts', 'key', 'example', 'runtimeOnly', 'versions'] as const;
const VALUE_RULES = ['jsonObjectText', 'urlHostIn'] as const;

/** A Kibana version of a range, as numbers (`unreleased` after every release). */
function rangeBound(v: string | undefined, open: number): KibanaVersionParts {
  return v === undefined ? [open, open, open] : parseCatalogVersion(v);
}

/**
 * A version fact: ranges in order, none empty or overlapping, and evidence for each range's
 * `since`: a pull request labelled with that version or the file read at that release tag, unless
 * the fact says why it is unsettled. The JSON schema has checked the shape.
 */
function parseVersions(r: Reader, raw: unknown, at: string): CatalogVersions {
  const o = r.object(raw, at);
  const ranges = (o.ranges as CatalogRange[]).map((x): CatalogRange => ({
    ...(x.since !== undefined ? { since: x.since } : {}),
    ...(x.until !== undefined ? { until: x.until } : {}),
  }));
  const evidence = o.evidence as CatalogEvidence[];
  ranges.forEach((range, i) => {
    const here = `${at}.ranges[${i}]`;
    const since = rangeBound(range.since, -Infinity);
    const until = rangeBound(range.until, Infinity);
    if (compareKibanaVersions(since, until) >= 0) r.fail(here, `is empty: since ${range.since} is not before until ${range.until}`);
    if (i > 0 && compareKibanaVersions(rangeBound(ranges[i - 1].until, Infinity), since) > 0) {
      r.fail(here, 'starts before the previous range ends: list ranges oldest first, without overlaps');
    }
  });
  const unsettled = evidence.some((e) => 'unsettled' in e);
  const named = new Set(evidence.flatMap((e) => ('labels' in e ? e.labels : 'at' in e ? [e.at] : [])));
  if (!unsettled) {
    ranges.forEach((range, i) => {
      if (range.since && /^\d+\.\d+\.\d+$/.test(range.since) && !named.has(`v${range.since}`)) {
        r.fail(`${at}.ranges[${i}].since`, `is ${range.since}, which no evidence names: give the pull request labelled v${range.since}, or the file read at v${range.since}, or say why it is unsettled`);
      }
    });
  }
  return { ranges, evidence };
}

function parseDefaults(r: Reader, raw: unknown, at: string): CatalogDefault[] {
  if (!Array.isArray(raw) || raw.length === 0) r.fail(at, 'must be a non-empty array of { "value", "versions", "when" }');
  return (raw as unknown[]).map((item, i) => {
    const here = join(at, i);
    const o = r.object(item, here);
    r.onlyKeys(o, ['value', 'versions', 'when'], here);
    if (o.value === undefined) r.fail(`${here}.value`, 'is required');
    return {
      value: o.value,
      versions: o.versions === undefined ? undefined : parseVersions(r, o.versions, `${here}.versions`),
      when: o.when === undefined ? undefined : parseWhen(r, o.when, `${here}.when`),
    };
  });
}

function parseLimits(r: Reader, raw: unknown, at: string): CatalogLimit[] {
  return (raw as Array<Record<string, unknown>>).map((o, i) => ({ ...o, versions: parseVersions(r, o.versions, `${at}[${i}].versions`) }) as CatalogLimit);
}

function parseWhen(r: Reader, raw: unknown, at: string): Record<string, CatalogCondition> {
  return Object.fromEntries(Object.entries(r.object(raw, at)).map(([p, c]) => [p, parseCondition(r, c, `${at}["${p}"]`)]));
}

function parseValueVersions(r: Reader, raw: unknown, at: string): Record<string, CatalogVersions> {
  const o = r.object(raw, at);
  return Object.fromEntries(Object.entries(o).map(([value, versions]) => [value, parseVersions(r, versions, join(at, value))]));
}

function parseField(r: Reader, raw: unknown, at: string): CatalogField {
  const o = r.object(raw, at);
  r.onlyKeys(o, FIELD_KEYS, at);
  const type = r.oneOf(o.type, FIELD_TYPES, `${at}.type`);
  const field: CatalogField = {
    type,
    description: r.string(o.description, `${at}.description`),
    required: r.optBoolean(o.required, `${at}.required`) ?? false,
    default: o.default,
    sendDefault: r.optBoolean(o.sendDefault, `${at}.sendDefault`),
    enum: o.enum === undefined ? undefined : r.string(o.enum, `${at}.enum`, TYPE_NAME, 'a PascalCase enum name'),
    allowed: o.allowed === undefined ? undefined : r.strings(o.allowed, `${at}.allowed`),
    openEnum: r.optBoolean(o.openEnum, `${at}.openEnum`),
    struct: o.struct === undefined ? undefined : r.string(o.struct, `${at}.struct`, TYPE_NAME, 'a PascalCase struct name'),
    format: o.format === undefined ? undefined : r.oneOf(o.format, ['url'] as const, `${at}.format`),
    min: r.optNumber(o.min, `${at}.min`),
    max: r.optNumber(o.max, `${at}.max`),
    integer: r.optBoolean(o.integer, `${at}.integer`),
    property: r.optString(o.property, `${at}.property`),
    maxItems: r.optNumber(o.maxItems, `${at}.maxItems`),
    maxLength: r.optNumber(o.maxLength, `${at}.maxLength`),
    limits: o.limits === undefined ? undefined : parseLimits(r, o.limits, `${at}.limits`),
    versions: o.versions === undefined ? undefined : parseVersions(r, o.versions, `${at}.versions`),
    valueVersions: o.valueVersions === undefined ? undefined : parseValueVersions(r, o.valueVersions, `${at}.valueVersions`),
    defaults: o.defaults === undefined ? undefined : parseDefaults(r, o.defaults, `${at}.defaults`),
  };
  if (field.default !== undefined && field.defaults) r.fail(`${at}.defaults`, 'cannot be combined with default');
  if (field.valueVersions && type !== 'enum') r.fail(`${at}.valueVersions`, 'is only allowed on a field of type enum');
  if (type === 'enum' && !field.enum) r.fail(`${at}.enum`, 'is required for a field of type enum');
  if (type !== 'enum' && (field.enum || field.allowed || field.openEnum !== undefined)) r.fail(`${at}.enum`, 'is only allowed on a field of type enum');
  if ((type === 'struct' || type === 'structList') && !field.struct) r.fail(`${at}.struct`, `is required for a field of type ${type}`);
  if (type !== 'struct' && type !== 'structList' && field.struct) r.fail(`${at}.struct`, 'is only allowed on a field of type struct or structList');
  if (field.format && type !== 'string') r.fail(`${at}.format`, 'is only allowed on a field of type string');
  if ((field.min !== undefined || field.max !== undefined || field.integer !== undefined) && type !== 'number') {
    r.fail(`${at}.min`, 'min, max and integer are only allowed on a field of type number');
  }
  if (field.required && (field.default !== undefined || field.defaults)) r.fail(`${at}.default`, 'makes no sense on a required field');
  if (field.sendDefault !== undefined && field.default === undefined && !field.defaults) r.fail(`${at}.sendDefault`, 'needs a default');
  return field;
}

function parseFields(r: Reader, raw: unknown, at: string): Record<string, CatalogField> {
  if (raw === undefined) return {};
  const o = r.object(raw, at);
  return Object.fromEntries(Object.entries(o).map(([key, value]) => [key, parseField(r, value, join(at, key))]));
}

function parseCondition(r: Reader, raw: unknown, at: string): CatalogCondition {
  if (isObject(raw)) {
    const keys = Object.keys(raw);
    if (keys.length !== 1 || !['in', 'not'].includes(keys[0])) r.fail(at, 'must be a literal, { "in": [...] } or { "not": literal }');
    if (keys[0] === 'in') {
      if (!Array.isArray(raw.in) || raw.in.length === 0) r.fail(`${at}.in`, 'must be a non-empty array');
      return { in: raw.in };
    }
    return { not: raw.not };
  }
  if (raw !== null && !['string', 'number', 'boolean'].includes(typeof raw)) r.fail(at, `must be a literal, not ${describe(raw)}`);
  return { equals: raw };
}

function parseRule(r: Reader, raw: unknown, at: string): CatalogRule {
  const o = r.object(raw, at);
  r.onlyKeys(o, RULE_KEYS, at);
  const paths = (key: string) => (o[key] === undefined ? undefined : r.strings(o[key], `${at}.${key}`));
  const rule: CatalogRule = {
    versions: o.versions === undefined ? undefined : parseVersions(r, o.versions, `${at}.versions`),
    runtimeOnly: r.optBoolean(o.runtimeOnly, `${at}.runtimeOnly`),
    when: o.when === undefined ? undefined : parseWhen(r, o.when, `${at}.when`),
    value: o.value === undefined ? undefined : r.string(o.value, `${at}.value`),
    is: o.is === undefined ? undefined : r.oneOf(o.is, VALUE_RULES, `${at}.is`),
    hosts: paths('hosts'),
    key: o.key === undefined ? undefined : r.string(o.key, `${at}.key`),
    example: o.example === undefined ? undefined : r.string(o.example, `${at}.example`),
    require: paths('require'),
    forbid: paths('forbid'),
    requireAnyOf: paths('requireAnyOf'),
    together: paths('together'),
    unless: paths('unless'),
    atMostOne: paths('atMostOne'),
  };
  const conditional = rule.require || rule.forbid || rule.requireAnyOf;
  const group = rule.together || rule.atMostOne;
  if (rule.value || rule.is) {
    if (!rule.value || !rule.is) r.fail(at, 'a value rule needs both value (the field) and is (the check)');
    if (conditional || group) r.fail(at, 'a value rule (value, is) takes no require, forbid, requireAnyOf, together or atMostOne (it may take when)');
    if ((rule.is === 'urlHostIn') !== (rule.hosts !== undefined && rule.hosts.length > 0)) r.fail(`${at}.hosts`, 'is required (a non-empty list) with is "urlHostIn", and only then');
    if (rule.key !== undefined && rule.is !== 'jsonObjectText') r.fail(`${at}.key`, 'is only allowed with is "jsonObjectText"');
    if (rule.example !== undefined) {
      if (rule.is !== 'jsonObjectText') r.fail(`${at}.example`, 'is only allowed with is "jsonObjectText"');
      const problem = jsonObjectTextProblem(rule.example, rule.key);
      if (problem) r.fail(`${at}.example`, problem);
    }
    return rule;
  }
  if (!conditional && !group) r.fail(at, 'needs one of require, forbid, requireAnyOf, together, atMostOne, value');
  if (group && (conditional || rule.when)) r.fail(at, 'together and atMostOne cannot be combined with when, require, forbid or requireAnyOf');
  if (rule.unless && !rule.together) r.fail(`${at}.unless`, 'is only allowed with together');
  if (conditional && !rule.when) r.fail(`${at}.when`, 'is required with require, forbid or requireAnyOf');
  return rule;
}

function parseEnums(r: Reader, raw: unknown, at: string): Record<string, CatalogEnum> {
  if (raw === undefined) return {};
  const o = r.object(raw, at);
  const out: Record<string, CatalogEnum> = {};
  for (const [name, value] of Object.entries(o)) {
    const here = join(at, name);
    r.string(name, here, TYPE_NAME, 'a PascalCase enum name');
    const e = r.object(value, here);
    r.onlyKeys(e, ['description', 'members'], here);
    const members = r.object(e.members, `${here}.members`);
    if (Object.keys(members).length === 0) r.fail(`${here}.members`, 'must not be empty');
    out[name] = {
      description: r.string(e.description, `${here}.description`),
      members: Object.entries(members).map(([m, v]) => ({
        name: r.string(m, join(`${here}.members`, m), MEMBER_NAME, 'an UPPER_SNAKE member name'),
        value: r.string(v, join(`${here}.members`, m)),
      })),
    };
  }
  return out;
}

function parseStructs(r: Reader, raw: unknown, at: string): Record<string, CatalogStruct> {
  if (raw === undefined) return {};
  const o = r.object(raw, at);
  const out: Record<string, CatalogStruct> = {};
  for (const [name, value] of Object.entries(o)) {
    const here = join(at, name);
    r.string(name, here, TYPE_NAME, 'a PascalCase struct name');
    const s = r.object(value, here);
    r.onlyKeys(s, ['description', 'fields'], here);
    out[name] = { description: r.string(s.description, `${here}.description`), fields: parseFields(r, s.fields, `${here}.fields`) };
  }
  return out;
}

function parseRules(r: Reader, raw: unknown): CatalogRule[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) r.fail('rules', `must be an array, not ${describe(raw)}`);
  return raw.map((rule, i) => parseRule(r, rule, `rules[${i}]`));
}

function parseExample(r: Reader, raw: unknown): CatalogExample | undefined {
  if (raw === undefined) return undefined;
  const o = r.object(raw, 'example');
  r.onlyKeys(o, EXAMPLE_KEYS, 'example');
  const section = (key: 'config' | 'secrets') => (o[key] === undefined ? undefined : r.object(o[key], `example.${key}`));
  return { name: r.string(o.name, 'example.name'), config: section('config'), secrets: section('secrets') };
}

/** Reads one shared field group (`catalog/groups/<name>.json`). */
export function parseGroupFile(file: string): CatalogGroup {
  const shown = displayPath(file);
  const r: Reader = new Reader(shown);
  const name = path.basename(file, '.json');
  if (!GROUP_NAME.test(name)) r.fail('', 'is not a group name: use lower-case words joined by "-", such as http-auth.json');
  const data = readJson(file);
  checkSchema(file, data, 'group');
  checkTexts(r, data, '');
  const o = r.object(data, '');
  r.onlyKeys(o, GROUP_KEYS, '');
  return {
    file: shown,
    name,
    description: r.string(o.description, 'description'),
    requires: o.requires === undefined ? [] : r.strings(o.requires, 'requires'),
    config: parseFields(r, o.config, 'config'),
    secrets: parseFields(r, o.secrets, 'secrets'),
    rules: parseRules(r, o.rules),
  };
}

/** Reads every group of a `groups` folder, by name; no folder means no groups. */
export function parseGroups(dir: string): Map<string, CatalogGroup> {
  if (!fs.existsSync(dir)) return new Map();
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    throw new InputError(displayPath(dir), '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const groups = new Map(names.map((n) => {
    const g = parseGroupFile(path.join(dir, n));
    return [g.name, g] as const;
  }));
  for (const g of groups.values()) {
    g.requires.forEach((req, i) => {
      if (!groups.has(req)) throw new InputError(g.file, `requires[${i}]`, `names ${JSON.stringify(req)}, which is not a group (groups: ${[...groups.keys()].join(', ')})`);
    });
  }
  return groups;
}

/**
 * An entry with its included groups expanded: the groups' fields follow the entry's own (in
 * `include` order), the groups' rules come before the entry's own. A field defined twice, an
 * unknown group, a group included twice or before a group it requires is an error naming the file.
 */
interface Expandable {
  readonly config: Record<string, CatalogField>;
  readonly secrets: Record<string, CatalogField>;
  readonly rules: CatalogRule[];
}

function expandIncludes(r: Reader, file: string, include: string[], own: Expandable, groups: Map<string, CatalogGroup>): Expandable {
  const config = { ...own.config };
  const secrets = { ...own.secrets };
  const rules: CatalogRule[] = [];
  const done: string[] = [];
  include.forEach((name, i) => {
    const at = `include[${i}]`;
    const g = groups.get(name);
    if (!g) r.fail(at, `names ${JSON.stringify(name)}, which is not a group in catalog/groups/ (${groups.size ? `groups: ${[...groups.keys()].join(', ')}` : 'there are none'})`);
    if (done.includes(name)) r.fail(at, `includes ${JSON.stringify(name)} a second time`);
    const missing = g!.requires.filter((req) => !done.includes(req));
    if (missing.length) r.fail(at, `includes ${JSON.stringify(name)}, whose rules use the fields of ${missing.map((m) => JSON.stringify(m)).join(', ')}: include ${missing.length === 1 ? 'it' : 'them'} before (${g!.file} requires ${missing.length === 1 ? 'it' : 'them'})`);
    for (const [section, target] of [['config', config], ['secrets', secrets]] as const) {
      for (const [key, field] of Object.entries(g![section])) {
        const other = target[key];
        if (other) r.fail(at, `includes ${JSON.stringify(name)}, whose field ${section}.${key} (${g!.file}) is also defined by ${other.from ?? file}`);
        target[key] = { ...field, from: g!.file };
      }
    }
    g!.rules.forEach((rule, j) => rules.push({ ...rule, from: { file: g!.file, at: `rules[${j}]` } }));
    done.push(name);
  });
  return { config, secrets, rules: [...rules, ...own.rules] };
}

/**
 * Applies an entry's `overrides` (`{ "config.certType": { "since": "8.15.0" } }`) to the fields its
 * groups brought in: a group is shared, but when a field arrived can differ per type.
 */
function applyOverrides(r: Reader, raw: unknown, expanded: Expandable): Expandable & { changed?: Record<string, string[]> } {
  if (raw === undefined) return expanded;
  const changed: Record<string, string[]> = {};
  const o = r.object(raw, 'overrides');
  const sections = { config: { ...expanded.config }, secrets: { ...expanded.secrets } };
  for (const [p, value] of Object.entries(o)) {
    const at = `overrides["${p}"]`;
    const m = /^(config|secrets)\.(.+)$/.exec(p);
    const target = m ? sections[m[1] as 'config' | 'secrets'] : undefined;
    const field = target?.[m![2]];
    if (!field || !field.from) r.fail(at, 'must name a config or secrets field that an include brings in (change the entry\'s own fields in place)');
    const change = r.object(value, at);
    r.onlyKeys(change, OVERRIDE_KEYS, at);
    // The change is read as a field of the same type; only the keys it gives replace the group's.
    const asField = { type: field.type, description: field.description, enum: field.enum, ...change };
    const parsed = parseField(r, asField, at) as unknown as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...field };
    for (const key of Object.keys(change)) merged[key] = parsed[key];
    if (change.default !== undefined) delete merged.defaults;
    if (change.defaults !== undefined) delete merged.default;
    target![m![2]] = merged as unknown as CatalogField;
    changed[p] = Object.keys(change);
  }
  return { ...expanded, ...sections, changed };
}

/** Reads one catalog file; `groups` are the field groups its `include` may name. */
export function parseCatalogFile(file: string, groups: Map<string, CatalogGroup> = new Map()): CatalogEntry {
  const shown = displayPath(file);
  const r: Reader = new Reader(shown);
  const data = readJson(file);
  checkSchema(file, data, 'entry');
  checkTexts(r, data, '');
  const o = r.object(data, '');
  r.onlyKeys(o, ENTRY_KEYS, '');
  const head = {
    file: shown,
    typeId: r.string(o.typeId, 'typeId', TYPE_ID, 'a Kibana type id such as ".slack"'),
    constructName: r.string(o.constructName, 'constructName', CLASS_NAME, 'a PascalCase class name ending in "Connector"'),
    versions: parseVersions(r, o.versions, 'versions'),
    sources: o.sources === undefined ? r.fail('sources', 'is required: name the Kibana source files (or docs) the entry was checked against') : r.strings(o.sources, 'sources'),
    technicalPreview: r.optBoolean(o.technicalPreview, 'technicalPreview') ?? false,
    description: r.string(o.description, 'description'),
    strictSchema: r.optBoolean(o.strictSchema, 'strictSchema') ?? true,
    enums: parseEnums(r, o.enums, 'enums'),
    structs: parseStructs(r, o.structs, 'structs'),
  };
  const include = o.include === undefined ? [] : r.strings(o.include, 'include');
  const own = { config: parseFields(r, o.config, 'config'), secrets: parseFields(r, o.secrets, 'secrets'), rules: parseRules(r, o.rules) };
  const params = parseFields(r, o.params, 'params');
  const expanded = applyOverrides(r, o.overrides, expandIncludes(r, shown, include, own, groups));
  return {
    ...head,
    config: expanded.config,
    secrets: expanded.secrets,
    params,
    rules: expanded.rules,
    include,
    overrides: expanded.changed,
    example: parseExample(r, o.example),
  };
}

/** Reads every `*.json` file of a catalog folder, in file-name order, with the groups of its `groups/` folder. */
export function parseCatalog(dir: string): CatalogEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && n !== CATALOG_FILE).sort();
  } catch (e) {
    throw new InputError(displayPath(dir), '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const groups = parseGroups(path.join(dir, 'groups'));
  const entries = names.map((n) => parseCatalogFile(path.join(dir, n), groups));
  const byType = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    const other = byType.get(entry.typeId);
    if (other) throw new InputError(entry.file, 'typeId', `${JSON.stringify(entry.typeId)} is also described by ${other.file}`);
    byType.set(entry.typeId, entry);
  }
  return entries;
}

/** The file of a catalog folder that describes the catalog as a whole (not an entry). */
export const CATALOG_FILE = 'catalog.json';

/** What the catalog as a whole states: the newest Kibana release it was checked against. */
export interface CatalogRelease {
  readonly checkedThrough: string;
  readonly evidence: CatalogEvidence[];
}

/** Reads `catalog.json` of a catalog folder. */
export function parseCatalogRelease(dir: string): CatalogRelease {
  const file = path.join(dir, CATALOG_FILE);
  const data = readJson(file);
  checkSchema(file, data, 'catalog');
  const o = data as Record<string, unknown>;
  return { checkedThrough: o.checkedThrough as string, evidence: o.evidence as CatalogEvidence[] };
}

