/**
 * Parse step of the rule generator: reads `rule-types.json` (a `GET /api/alerting/rule_types`
 * answer), the rule catalog (`rule-catalog/<class file>.json`, checked by its JSON schema, which
 * takes the field, rule and version shapes of the connector catalog) and `rule-catalog/catalog.json`.
 * Every problem is an InputError naming the file and the JSON path, never a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { compareKibanaVersions, parseCatalogVersion } from '../../src/kibana-version';
import { checkAgainstSchema, displayPath, InputError, pathJoin, readJson, VERSION_IN_TEXT } from '../connectors/input';

export { displayPath, InputError, pathJoin } from '../connectors/input';

/** One element of the rule_types answer, reduced to what the generator uses. */
export interface RuleTypeEntry {
  readonly id: string;
  readonly name: string;
  readonly producer: string;
  readonly license: string;
  readonly actionGroups: Array<{ id: string; name: string }>;
  readonly defaultActionGroup: string;
  readonly recoveryActionGroup: { id: string; name: string };
  readonly contextVariables: string[];
  /** Kibana writes the type's alerts as data (`has_alerts_mappings`, or an `alerts` object). */
  readonly alertsAsData: boolean;
  readonly consumers: string[];
}

/** The JSON shapes the catalog shares with the connector catalog (definitions.schema.json). */
export type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'stringList' | 'numberList' | 'stringMap' | 'json' | 'jsonList' | 'struct' | 'structList';

export interface CatalogVersions {
  readonly ranges: Array<{ since?: string; until?: string }>;
  readonly evidence: Array<Record<string, unknown>>;
}

export interface CatalogField {
  readonly type: FieldType;
  readonly description: string;
  readonly required?: boolean;
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
  readonly maxItems?: number;
  readonly maxLength?: number;
  readonly property?: string;
  readonly versions?: CatalogVersions;
  readonly valueVersions?: Record<string, CatalogVersions>;
  readonly defaults?: unknown[];
  readonly limits?: unknown[];
  /** Kibana accepts null and stores null when the key is missing. */
  readonly nullable?: boolean;
}

export type CatalogCondition = string | number | boolean | null | { in: unknown[] } | { not: unknown };

export interface CatalogRule {
  readonly when?: Record<string, CatalogCondition>;
  readonly require?: string[];
  readonly forbid?: string[];
  readonly requireAnyOf?: string[];
  readonly together?: string[];
  readonly unless?: string[];
  readonly atMostOne?: string[];
  readonly value?: string;
  readonly is?: 'jsonObjectText' | 'urlHostIn';
  readonly hosts?: string[];
  /** jsonObjectText: a valid value of the field, which messages show. */
  readonly example?: string;
  readonly runtimeOnly?: boolean;
  readonly versions?: CatalogVersions;
}

/** One rule catalog file: what the library knows about the params of a rule type. */
export interface RuleCatalogEntry {
  readonly file: string;
  readonly ruleTypeId: string;
  readonly className: string;
  readonly versions: CatalogVersions;
  readonly sources: string[];
  readonly description: string;
  /** Kibana's params schema lets unknown keys through. */
  readonly acceptsUnknownParams: boolean;
  /** The consumer the class writes by default, when not the producer. */
  readonly defaultConsumer?: string;
  readonly enums: Record<string, { description: string; members: Record<string, string> }>;
  readonly structs: Record<string, { description: string; fields: Record<string, CatalogField>; rules?: CatalogRule[] }>;
  readonly params: Record<string, CatalogField>;
  readonly rules: CatalogRule[];
  readonly example: { name: string; params: Record<string, unknown> };
}

export interface RuleCatalogRelease {
  readonly checkedThrough: string;
}

const GENERATOR_DIR = path.join(__dirname, '..');
/** The rule catalog's own schema, and the connector catalog's shared definitions it references. */
export const RULE_SCHEMA_FILE = path.join(GENERATOR_DIR, 'rule-catalog', 'schema', 'rule.schema.json');
const CONNECTOR_SCHEMA_DIR = path.join(GENERATOR_DIR, 'catalog', 'schema');

/** The schema of rule-features.json (the versions that gate rule and action fields). */
export const FEATURES_SCHEMA_FILE = path.join(GENERATOR_DIR, 'rule-catalog', 'schema', 'rule-features.schema.json');

type SchemaName = 'rule' | 'catalog' | 'features';
let validators: Map<SchemaName, ValidateFunction> | undefined;

function validatorOf(name: SchemaName): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    const load = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
    const definitions = load(path.join(CONNECTOR_SCHEMA_DIR, 'definitions.schema.json'));
    // The definitions under their own id (for catalog.schema.json) and under the id the rule
    // schema's relative reference resolves to, which is also the file's place in the repository
    // (so that editors following the reference from the file find it too).
    ajv.addSchema(definitions);
    ajv.addSchema({ ...definitions, $id: 'https://cdktf-kibana-connectors.dev/catalog/schema/definitions.schema.json' });
    validators = new Map([
      ['rule', ajv.compile(load(RULE_SCHEMA_FILE))],
      ['features', ajv.compile(load(FEATURES_SCHEMA_FILE))],
      ['catalog', ajv.compile(load(path.join(CONNECTOR_SCHEMA_DIR, 'catalog.schema.json')))],
    ]);
  }
  return validators.get(name)!;
}

/** Checks a rule catalog file against its JSON schema; a mistake names the file and the JSON path. */
export function checkSchema(file: string, data: unknown, name: SchemaName): void {
  const schema = { rule: 'rule-catalog/schema/rule.schema.json', features: 'rule-catalog/schema/rule-features.schema.json', catalog: 'catalog/schema/catalog.schema.json' }[name];
  checkAgainstSchema(file, data, validatorOf(name), schema);
}

export function checkTexts(file: string, o: unknown, at: string): void {
  if (Array.isArray(o)) {
    o.forEach((v, i) => checkTexts(file, v, pathJoin(at, i)));
  } else if (isObject(o)) {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'example' || k === 'sources' || k === 'evidence') continue;
      const here = pathJoin(at, k);
      if (k === 'description' && typeof v === 'string' && VERSION_IN_TEXT.test(v)) {
        throw new InputError(displayPath(file), here, `states a version by hand (${JSON.stringify(VERSION_IN_TEXT.exec(v)![0])}); give versions as data`);
      }
      checkTexts(file, v, here);
    }
  }
}

/**
 * Version ranges in order and not empty; a `since` that names a release needs evidence naming it
 * (a pull request labelled with it, or the file read at its tag), unless the fact is unsettled.
 */
export function checkVersions(file: string, v: CatalogVersions, at: string): void {
  const bound = (s: string | undefined, open: number) => (s === undefined ? [open, open, open] as const : parseCatalogVersion(s));
  v.ranges.forEach((r, i) => {
    if (compareKibanaVersions(bound(r.since, -Infinity), bound(r.until, Infinity)) >= 0) {
      throw new InputError(file, `${at}.ranges[${i}]`, `is empty: since ${r.since} is not before until ${r.until}`);
    }
    if (i > 0 && compareKibanaVersions(bound(v.ranges[i - 1].until, Infinity), bound(r.since, -Infinity)) > 0) {
      throw new InputError(file, `${at}.ranges[${i}]`, 'starts before the previous range ends: list ranges oldest first, without overlaps');
    }
  });
  if (v.evidence.some((e) => 'unsettled' in e)) return;
  const named = new Set(v.evidence.flatMap((e) => (Array.isArray(e.labels) ? e.labels as string[] : typeof e.at === 'string' ? [e.at] : [])));
  v.ranges.forEach((r, i) => {
    if (r.since && /^\d+\.\d+\.\d+$/.test(r.since) && !named.has(`v${r.since}`)) {
      throw new InputError(file, `${at}.ranges[${i}].since`, `is ${r.since}, which no evidence names: give the pull request labelled v${r.since}, or the file read at v${r.since}, or say why it is unsettled`);
    }
  });
}

/** Every `versions` object of an entry, wherever it is. */
function checkAllVersions(file: string, o: unknown, at: string): void {
  if (Array.isArray(o)) {
    o.forEach((v, i) => checkAllVersions(file, v, pathJoin(at, i)));
  } else if (isObject(o)) {
    for (const [k, v] of Object.entries(o)) {
      const here = pathJoin(at, k);
      if (k === 'versions' && isObject(v) && Array.isArray(v.ranges)) checkVersions(file, v as unknown as CatalogVersions, here);
      else if (k === 'valueVersions' && isObject(v)) for (const [value, r] of Object.entries(v)) checkVersions(file, r as CatalogVersions, pathJoin(here, value));
      else if (k !== 'example') checkAllVersions(file, v, here);
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** Reads one rule catalog file (schema, then the checks a schema cannot make). */
export function parseRuleCatalogFile(file: string): RuleCatalogEntry {
  const shown = displayPath(file);
  const data = readJson(file);
  checkSchema(file, data, 'rule');
  checkTexts(shown, data, '');
  checkAllVersions(shown, data, '');
  const o = data as Record<string, unknown>;
  return {
    file: shown,
    ruleTypeId: o.ruleTypeId as string,
    className: o.className as string,
    versions: o.versions as CatalogVersions,
    sources: o.sources as string[],
    description: o.description as string,
    acceptsUnknownParams: o.acceptsUnknownParams === true,
    ...(typeof o.defaultConsumer === 'string' ? { defaultConsumer: o.defaultConsumer } : {}),
    enums: (o.enums ?? {}) as RuleCatalogEntry['enums'],
    structs: (o.structs ?? {}) as RuleCatalogEntry['structs'],
    params: o.params as Record<string, CatalogField>,
    rules: (o.rules ?? []) as CatalogRule[],
    example: o.example as RuleCatalogEntry['example'],
  };
}

/** The file of the catalog folder that describes the catalog as a whole. */
export const CATALOG_FILE = 'catalog.json';
/** The file of the catalog folder that gives the Kibana versions of rule and action fields (./features.ts). */
export const FEATURES_FILE = 'rule-features.json';

/** Reads every entry of a rule catalog folder, in file-name order. */
export function parseRuleCatalog(dir: string): RuleCatalogEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && n !== CATALOG_FILE && n !== FEATURES_FILE).sort();
  } catch (e) {
    throw new InputError(displayPath(dir), '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const entries = names.map((n) => parseRuleCatalogFile(path.join(dir, n)));
  const seen = new Map<string, string>();
  for (const e of entries) {
    const other = seen.get(e.ruleTypeId);
    if (other) throw new InputError(e.file, 'ruleTypeId', `${JSON.stringify(e.ruleTypeId)} is also described by ${other}`);
    seen.set(e.ruleTypeId, e.file);
  }
  return entries;
}

/** Reads `catalog.json` of a rule catalog folder (the connector catalog's format). */
export function parseRuleCatalogRelease(dir: string): RuleCatalogRelease {
  const file = path.join(dir, CATALOG_FILE);
  const data = readJson(file);
  checkSchema(file, data, 'catalog');
  return { checkedThrough: (data as Record<string, unknown>).checkedThrough as string };
}

/** A small reader that names the JSON path of every problem it finds. */
class Reader {
  constructor(private readonly file: string) {}

  fail(field: string, problem: string): never {
    throw new InputError(this.file, field, problem);
  }

  object(v: unknown, field: string): Record<string, unknown> {
    if (!isObject(v)) this.fail(field, `must be an object, not ${describe(v)}`);
    return v;
  }

  string(v: unknown, field: string): string {
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, `must be a non-empty string, not ${describe(v)}`);
    return v;
  }

  array(v: unknown, field: string): unknown[] {
    if (!Array.isArray(v)) this.fail(field, `must be an array, not ${describe(v)}`);
    return v;
  }
}

const LICENSES = ['basic', 'standard', 'gold', 'platinum', 'enterprise', 'trial'];

function actionGroup(r: Reader, raw: unknown, at: string): { id: string; name: string } {
  const o = r.object(raw, at);
  return { id: r.string(o.id, `${at}.id`), name: r.string(o.name, `${at}.name`) };
}

/**
 * Reads a rule_types answer. Unknown fields are accepted (newer Kibana versions add some); the
 * fields the generator needs must be there with the right type.
 */
export function parseRuleTypes(file: string): RuleTypeEntry[] {
  const r = new Reader(displayPath(file));
  const data = readJson(file);
  const list = r.array(data, '');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const at = `[${i}]`;
    const o = r.object(raw, at);
    const id = r.string(o.id, `${at}.id`);
    if (seen.has(id)) r.fail(`${at}.id`, `${JSON.stringify(id)} appears more than once`);
    seen.add(id);
    const license = r.string(o.minimum_license_required, `${at}.minimum_license_required`);
    if (!LICENSES.includes(license)) r.fail(`${at}.minimum_license_required`, `must be one of ${LICENSES.join(', ')} (got ${JSON.stringify(license)})`);
    const groups = r.array(o.action_groups ?? [], `${at}.action_groups`).map((g, j) => actionGroup(r, g, `${at}.action_groups[${j}]`));
    const recovery = actionGroup(r, o.recovery_action_group, `${at}.recovery_action_group`);
    const defaultGroup = r.string(o.default_action_group_id, `${at}.default_action_group_id`);
    if (!groups.some((g) => g.id === defaultGroup)) r.fail(`${at}.default_action_group_id`, `is ${JSON.stringify(defaultGroup)}, which action_groups does not list`);
    // Kibana lists the recovery group among the action groups; an answer that does not still has it.
    const actionGroups = groups.some((g) => g.id === recovery.id) ? groups : [...groups, recovery];
    const variables = o.action_variables === undefined ? {} : r.object(o.action_variables, `${at}.action_variables`);
    const context = r.array(variables.context ?? [], `${at}.action_variables.context`)
      .map((v, j) => r.string(r.object(v, `${at}.action_variables.context[${j}]`).name, `${at}.action_variables.context[${j}].name`));
    const consumers = Object.keys(o.authorized_consumers === undefined ? {} : r.object(o.authorized_consumers, `${at}.authorized_consumers`));
    const mappings = o.has_alerts_mappings;
    if (mappings !== undefined && typeof mappings !== 'boolean') r.fail(`${at}.has_alerts_mappings`, `must be true or false, not ${describe(mappings)}`);
    return {
      id,
      name: r.string(o.name, `${at}.name`),
      producer: r.string(o.producer, `${at}.producer`),
      license,
      actionGroups,
      defaultActionGroup: defaultGroup,
      recoveryActionGroup: recovery,
      contextVariables: context,
      alertsAsData: mappings === true || isObject(o.alerts),
      consumers,
    };
  });
}
