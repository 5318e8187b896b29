// The rule engine: evaluates the specs of ./spec.ts against an object for a target Kibana. One
// evaluator for every caller: the typed constructs (objects keyed by their struct properties), the
// generic KibanaConnector and the importer (objects keyed by Kibana's own keys). Problems are data
// (path, kind, message); no caller reads a message to decide anything.
//
// Pure: imports only ./spec, ../kibana-version and ../object. Whether a value is a token (decided by Terraform,
// so skipped) is the caller's predicate, so that this module never loads cdktf.
import { describeKibanaRanges, KibanaTarget } from '../kibana-version';
import { fieldPath, hasOwn, isPlainObject } from '../object';
import { ConditionSpec, ConnectorSpec, FieldOverride, FieldSpec, RuleSpec, Versions } from './spec';

/** What a problem is about, for callers that act on problems (the importer, tests). */
export type ProblemKind =
  | 'type' // the connector type itself: not in the target Kibana
  | 'required' // a required field is missing (maybe because of a condition)
  | 'unknown' // a key Kibana does not define
  | 'shape' // a value of the wrong JSON type
  | 'value' // a value outside the accepted set, a bad URL, a host, JSON text
  | 'bound' // a number, length or item count out of bounds
  | 'version' // a field, value or bound the target Kibana does not accept
  | 'forbidden' // a field a condition forbids
  | 'combination'; // together, at most one, any of

/** One problem: the field's path as the caller names it, what kind, and the message. */
export interface Problem {
  readonly path: string;
  readonly kind: ProblemKind;
  readonly message: string;
}

/** Which names an object uses: the typed constructs' struct properties, or Kibana's JSON keys. */
export type Naming = 'property' | 'key';

export interface CheckOptions {
  /** The target Kibana (the context key `kibanaVersion`, else the newest). */
  readonly target: KibanaTarget;
  readonly naming: Naming;
  /** Whether a value is only known when Terraform runs (a token): such values are skipped. */
  readonly isUnresolved: (value: unknown) => boolean;
}

/** The sentence the policy adds to a problem Kibana only meets when the connector (or rule) runs. */
export function runtimeOnlyNote(subject: ConnectorSpec['subject']): string {
  return `Kibana accepts this when the ${subject} is created, but the ${subject} can only fail when it runs`;
}

type Section = 'config' | 'secrets' | 'params';
const SECTIONS: readonly Section[] = ['config', 'secrets', 'params'];

/** A spec with its groups merged in (overrides applied), and look-ups made once. */
interface Resolved {
  readonly spec: ConnectorSpec;
  readonly sections: Readonly<Record<Section, readonly FieldSpec[]>>;
  /** Rules of the connector (config and secrets), conditional requirements first. */
  readonly rules: readonly RuleSpec[];
  /** Rules of an action's params. */
  readonly paramsRules: readonly RuleSpec[];
  /** `config.hasAuth` → the field. */
  readonly byPath: ReadonlyMap<string, FieldSpec>;
  /** Per naming and section, the names an object may use. */
  readonly names: Readonly<Record<Naming, Readonly<Record<Section, ReadonlySet<string>>>>>;
}

const resolvedSpecs = new WeakMap<ConnectorSpec, Resolved>();

function applyOverride(field: FieldSpec, o: FieldOverride | undefined): FieldSpec {
  return o ? { ...field, ...o } : field;
}

function resolve(spec: ConnectorSpec): Resolved {
  let r = resolvedSpecs.get(spec);
  if (r) return r;
  const config = [...spec.config];
  const secrets = [...spec.secrets];
  const rules: RuleSpec[] = [];
  for (const use of spec.groups ?? []) {
    config.push(...use.group.config.map((f) => applyOverride(f, use.overrides?.[`config.${f.key}`])));
    secrets.push(...use.group.secrets.map((f) => applyOverride(f, use.overrides?.[`secrets.${f.key}`])));
    rules.push(...use.group.rules);
  }
  rules.push(...spec.rules);
  // Conditional requirements first: a field they report missing is not reported again by a
  // together rule (one problem, one message), whichever file wrote the rules.
  rules.sort((a, b) => Number(a.kind !== 'when') - Number(b.kind !== 'when'));
  const sections = { config, secrets, params: spec.params ?? [] };
  const byPath = new Map<string, FieldSpec>();
  for (const s of SECTIONS) for (const f of sections[s]) byPath.set(`${s}.${f.key}`, f);
  const names = (naming: Naming) => ({
    config: new Set(config.map((f) => nameOf(f, naming))),
    secrets: new Set(secrets.map((f) => nameOf(f, naming))),
    params: new Set(sections.params.map((f) => nameOf(f, naming))),
  });
  r = {
    spec,
    sections,
    byPath,
    names: { property: names('property'), key: names('key') },
    rules: rules.filter((rule) => !isParamsRule(rule)),
    paramsRules: rules.filter(isParamsRule),
  };
  resolvedSpecs.set(spec, r);
  return r;
}

/** The fields a rule path goes through: the section's field, then struct fields by key. */
function fieldChain(r: Resolved, path: string): FieldSpec[] | undefined {
  const parts = path.split('.');
  const top = r.byPath.get(`${parts[0]}.${parts[1]}`);
  if (!top) return undefined;
  const chain = [top];
  for (let i = 2; i < parts.length; i++) {
    const next = chain[chain.length - 1].fields?.find((f) => f.key === parts[i]);
    if (!next) return undefined;
    chain.push(next);
  }
  return chain;
}

/** The fields of a spec's section, groups merged in (for callers that list them). */
export function sectionFields(spec: ConnectorSpec, section: Section): readonly FieldSpec[] {
  return resolve(spec).sections[section];
}

function nameOf(f: FieldSpec, naming: Naming): string {
  return naming === 'property' ? (f.property ?? f.key) : f.key;
}

const join = fieldPath;

const isObject = isPlainObject;

const isSet = (v: unknown) => v !== undefined && v !== null;

/** Evaluation state of one object: the sections as given, the options, and the problems found. */
class Evaluation {
  readonly problems: Problem[] = [];
  private readonly target: KibanaTarget;

  /**
   * `base`: the display path of the object this evaluation reads as its `params` (a struct value
   * whose own rules are checked), such as `params.criteria[0]`.
   */
  constructor(
    readonly r: Resolved,
    readonly values: Readonly<Partial<Record<Section, Record<string, unknown>>>>,
    readonly options: CheckOptions,
    readonly base?: string,
  ) {
    this.target = options.target.within(r.spec.catalog.checkedThrough);
  }

  accepts(versions: Versions | undefined): boolean {
    return this.target.acceptsAny(versions);
  }

  report(path: string, kind: ProblemKind, message: string): void {
    // One problem, one message: two rules that find the same thing (a group's and the type's) say it once.
    if (this.problems.some((p) => p.path === path && p.message === message)) return;
    this.problems.push({ path, kind, message });
  }

  /** The display path of a rule path (`config.hasAuth` → `config.<name>`, into structs too). */
  show(path: string): string {
    const chain = fieldChain(this.r, path);
    if (!chain) return path;
    return [this.base ?? path.slice(0, path.indexOf('.')), ...chain.map((f) => nameOf(f, this.options.naming))].join('.');
  }

  /** A field's value as given (undefined when its section, or a struct on the way, is not an object). */
  given(path: string): unknown {
    const chain = fieldChain(this.r, path);
    let value: unknown = this.values[path.slice(0, path.indexOf('.')) as Section];
    for (const f of chain ?? []) {
      if (!isObject(value)) return undefined;
      value = value[nameOf(f, this.options.naming)];
    }
    return chain ? value : undefined;
  }

  /** A field's value with Kibana's default for the target applied, as rules read it. */
  valueOf(path: string, open: Set<string> = new Set()): unknown {
    const given = this.given(path);
    if (isSet(given)) return given;
    const chain = fieldChain(this.r, path);
    const f = chain?.[chain.length - 1];
    if (!f?.defaults || open.has(path)) return undefined;
    open.add(path);
    try {
      return this.defaultOf(f, open);
    } finally {
      open.delete(path);
    }
  }

  defaultOf(f: FieldSpec, open: Set<string> = new Set()): unknown {
    if (!this.accepts(f.versions)) return undefined;
    for (const d of f.defaults ?? []) {
      if (this.accepts(d.versions) && (d.when ?? []).every((c) => this.holds(c, open))) return d.value;
    }
    return undefined;
  }

  holds(c: ConditionSpec, open: Set<string> = new Set()): boolean {
    const value = this.valueOf(c.path, open);
    switch (c.op) {
      case 'equals': return value === c.values[0];
      case 'in': return c.values.includes(value);
      case 'not': return isSet(value) && !this.options.isUnresolved(value) && value !== c.values[0];
    }
  }

  conditionText(conditions: readonly ConditionSpec[]): string {
    return conditions.map((c) => {
      const shown = c.values.map((v) => JSON.stringify(v));
      const field = this.show(c.path);
      return c.op === 'equals' ? `${field} is ${shown[0]}` : c.op === 'not' ? `${field} is not ${shown[0]}` : `${field} is ${shown.join(' or ')}`;
    }).join(' and ');
  }
}

/** Checks the object of one section (its fields, unknown keys). */
function checkSection(e: Evaluation, section: Section, strict: boolean): void {
  const value = e.values[section];
  if (!value) return;
  const fields = e.r.sections[section];
  const naming = e.options.naming;
  if (strict) {
    const known = e.r.names[naming][section];
    for (const key of Object.keys(value)) {
      if (!known.has(key) && value[key] !== undefined) {
        e.report(join(section, key), 'unknown', `${join(section, key)} is not a field of this ${e.r.spec.subject} type (Kibana rejects unknown fields); known: ${[...known].join(', ')}`);
      }
    }
  }
  for (const f of fields) {
    const name = nameOf(f, naming);
    const v = value[name];
    // An unset field that is not required has nothing to check (checkField would return at once).
    if (!f.required && !isSet(v)) continue;
    checkField(e, f, v, join(section, name), section === 'params');
  }
}

/** The JSON type a value has, in words. */
function shapeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return isObject(v) ? 'an object' : `a ${(v as object).constructor?.name ?? 'object'}`;
  return `a ${typeof v}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  enum: 'a string',
  number: 'a number',
  boolean: 'true or false',
  stringList: 'a list of strings',
  numberList: 'a list of numbers',
  stringMap: 'an object of strings',
  json: 'an object',
  jsonList: 'a list of objects',
  struct: 'an object',
  structList: 'a list of objects',
};

function hasShape(f: FieldSpec, v: unknown): boolean {
  switch (f.type) {
    case 'string': case 'enum': return typeof v === 'string';
    case 'number': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    case 'stringList': case 'numberList': case 'jsonList': case 'structList': return Array.isArray(v);
    default: return isObject(v);
  }
}

/**
 * Checks one field. `strictStructs`: a struct's keys it does not define are refused (action params:
 * Kibana's sub-action schemas are strict at every level).
 */
function checkField(e: Evaluation, f: FieldSpec, v: unknown, path: string, strictStructs = false): void {
  const unresolved = e.options.isUnresolved;
  if (!isSet(v)) {
    if (f.required && e.accepts(f.versions)) e.report(path, 'required', `${path} is required`);
    return;
  }
  if (!e.accepts(f.versions)) {
    e.report(path, 'version', `${path} is not accepted by ${e.options.target.describe()}: the field needs ${describeKibanaRanges(f.versions)}`);
  }
  if (unresolved(v)) return;
  if (!hasShape(f, v)) {
    // A struct given something else than an object keeps the constructs' old wording.
    const expected = f.type === 'struct' ? 'must be an object' : f.type === 'structList' ? 'must be a list' : `is ${shapeOf(v)}; expected ${EXPECTED[f.type]}`;
    e.report(path, 'shape', `${path} ${expected}`);
    return;
  }
  if (typeof v === 'string') checkString(e, f, v, path);
  else if (typeof v === 'number') checkNumber(e, f, v, path);
  else if (Array.isArray(v)) checkList(e, f, v, path, strictStructs);
  else if (f.fields && isObject(v)) checkStruct(e, f, v, path, strictStructs);
}

function checkString(e: Evaluation, f: FieldSpec, v: string, path: string): void {
  if (e.options.isUnresolved(v)) return;
  if (f.values && !f.values.includes(v)) {
    e.report(path, 'value', `${path} is ${JSON.stringify(v)}; expected one of ${f.values.map((a) => JSON.stringify(a)).join(', ')}`);
    return;
  }
  const range = f.valueVersions && hasOwn(f.valueVersions, v) ? f.valueVersions[v] : undefined;
  if (range && !e.accepts(range)) {
    e.report(path, 'version', `${path} is ${JSON.stringify(v)}, which ${e.options.target.describe()} does not accept: the value needs ${describeKibanaRanges(range)}`);
  }
  if (f.url && !isHttpUrl(v)) e.report(path, 'value', `${path} is not an absolute http(s) URL`);
  const max = maxOf(e, f, 'maxLength');
  if (max !== undefined && v.length > max.value) {
    e.report(path, 'bound', `${path} has ${v.length} characters; ${max.by} accepts at most ${max.value}`);
  }
}

function isHttpUrl(v: string): boolean {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return false;
  }
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** The bound of `key` for the target: a versioned limit that holds, else the field's own. */
function maxOf(e: Evaluation, f: FieldSpec, key: 'maxItems' | 'maxLength' | 'max' | 'min'): { value: number; by: string } | undefined {
  for (const l of f.limits ?? []) {
    const value = l[key];
    if (value !== undefined && e.accepts(l.versions)) return { value, by: `${capitalize(e.options.target.describe())}` };
  }
  const own = f[key];
  return own === undefined ? undefined : { value: own, by: 'Kibana' };
}

function capitalize(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function checkNumber(e: Evaluation, f: FieldSpec, v: number, path: string): void {
  if (e.options.isUnresolved(v)) return;
  const min = maxOf(e, f, 'min')?.value;
  const max = maxOf(e, f, 'max')?.value;
  if (f.integer && !Number.isInteger(v)) {
    e.report(path, 'bound', `${path} is ${v}; expected a whole number`);
  } else if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
    const range = min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    e.report(path, 'bound', `${path} is ${v}; expected ${range}`);
  }
}

function checkList(e: Evaluation, f: FieldSpec, v: unknown[], path: string, strictStructs: boolean): void {
  const max = maxOf(e, f, 'maxItems');
  if (max !== undefined && v.length > max.value) {
    e.report(path, 'bound', `${path} has ${v.length} items; ${max.by} accepts at most ${max.value}`);
  }
  if (f.type === 'numberList') {
    v.forEach((item, i) => {
      if (item !== null && item !== undefined && typeof item !== 'number' && !e.options.isUnresolved(item)) {
        e.report(join(path, i), 'shape', `${join(path, i)} is ${shapeOf(item)}; expected a number`);
      }
    });
  }
  if (f.type === 'structList' && f.fields) {
    v.forEach((item, i) => {
      const here = join(path, i);
      if (!isSet(item) || e.options.isUnresolved(item)) return;
      if (!isObject(item)) e.report(here, 'shape', `${here} must be an object`);
      else checkStruct(e, f, item, here, strictStructs);
    });
  }
}

function checkStruct(e: Evaluation, struct: FieldSpec, v: Record<string, unknown>, path: string, strict: boolean): void {
  const fields = struct.fields ?? [];
  const naming = e.options.naming;
  if (strict) {
    const known = fields.map((f) => nameOf(f, naming));
    for (const key of Object.keys(v)) {
      if (!known.includes(key) && v[key] !== undefined) {
        e.report(join(path, key), 'unknown', `${join(path, key)} is not a field of ${path} (Kibana rejects unknown fields); known: ${known.join(', ')}`);
      }
    }
  }
  for (const f of fields) checkField(e, f, v[nameOf(f, naming)], join(path, nameOf(f, naming)), strict);
  if (struct.rules?.length) checkStructRules(e, struct, v, path);
}

// A struct with rules, as a spec of its own whose `params` are the struct's fields (made once).
const structSpecs = new WeakMap<FieldSpec, Resolved>();

/** The rules of a struct, evaluated on one struct value; problems are reported at its path. */
function checkStructRules(e: Evaluation, struct: FieldSpec, v: Record<string, unknown>, path: string): void {
  let r = structSpecs.get(struct);
  if (!r) {
    r = resolve({
      typeId: e.r.spec.typeId,
      subject: e.r.spec.subject,
      catalog: e.r.spec.catalog,
      versions: [],
      strict: true,
      config: [],
      secrets: [],
      params: struct.fields ?? [],
      rules: struct.rules ?? [],
    });
    structSpecs.set(struct, r);
  }
  const inner = new Evaluation(r, { params: v }, e.options, path);
  for (const rule of r.paramsRules) checkRule(inner, rule);
  for (const p of inner.problems) e.report(p.path, p.kind, p.message);
}

/** The paths a rule reads. */
function rulePaths(rule: RuleSpec): readonly string[] {
  switch (rule.kind) {
    case 'when': return [...rule.when.map((c) => c.path), ...(rule.require ?? []), ...(rule.forbid ?? []), ...(rule.requireAnyOf ?? [])];
    case 'together': return [...rule.paths, ...(rule.unless ?? [])];
    case 'atMostOne': return rule.paths;
    case 'value': return [rule.path, ...(rule.when ?? []).map((c) => c.path)];
  }
}

/** Whether a rule is about an action's params (the generator never mixes params with config or secrets). */
function isParamsRule(rule: RuleSpec): boolean {
  return rulePaths(rule)[0].startsWith('params.');
}

function checkRule(e: Evaluation, rule: RuleSpec): void {
  if (rule.versions && !e.accepts(rule.versions)) return;
  const note = rule.runtimeOnly ? ` (${runtimeOnlyNote(e.r.spec.subject)})` : '';
  switch (rule.kind) {
    case 'when': {
      if (!rule.when.every((c) => e.holds(c))) return;
      const condition = rule.when.length ? ` when ${e.conditionText(rule.when)}` : '';
      for (const p of rule.require ?? []) {
        if (!isSet(e.given(p))) e.report(e.show(p), 'required', `${e.show(p)} is required${condition}${note}`);
      }
      for (const p of rule.forbid ?? []) {
        if (isSet(e.given(p))) e.report(e.show(p), 'forbidden', `${e.show(p)} must not be set${condition}${note}`);
      }
      if (rule.requireAnyOf?.length && !rule.requireAnyOf.some((p) => isSet(e.given(p)))) {
        const shown = rule.requireAnyOf.map((p) => e.show(p));
        e.report(shown[0], 'combination', `one of ${shown.join(', ')} is required${condition}${note}`);
      }
      return;
    }
    case 'together': {
      const given = rule.paths.filter((p) => isSet(e.given(p)));
      if (given.length === 0 || given.length === rule.paths.length || (rule.unless ?? []).some((p) => isSet(e.given(p)))) return;
      const missing = rule.paths.filter((p) => !isSet(e.given(p))).map((p) => e.show(p));
      // One problem, one message: a field already reported as required is not reported again.
      if (missing.every((p) => e.problems.some((x) => x.kind === 'required' && x.path === p))) return;
      e.report(missing[0], 'combination', `${rule.paths.map((p) => e.show(p)).join(' and ')} must be given together (missing: ${missing.join(', ')})${note}`);
      return;
    }
    case 'atMostOne': {
      const given = rule.paths.filter((p) => isSet(e.given(p))).map((p) => e.show(p));
      if (given.length > 1) e.report(given[1], 'combination', `only one of ${rule.paths.map((p) => e.show(p)).join(', ')} may be given; got ${given.join(', ')}${note}`);
      return;
    }
    case 'value': {
      if (rule.when && !rule.when.every((c) => e.holds(c))) return;
      const v = e.given(rule.path);
      if (typeof v !== 'string' || e.options.isUnresolved(v)) return;
      const path = e.show(rule.path);
      if (rule.is === 'urlHostIn') checkHost(e, v, rule.hosts ?? [], path, note);
      else checkJsonObjectText(e, v, path, note, rule.key, rule.example);
      return;
    }
  }
}

function checkHost(e: Evaluation, v: string, hosts: readonly string[], path: string, note: string): void {
  let host: string;
  try {
    host = new URL(v).hostname;
  } catch {
    return; // a URL that does not parse is the field's own check
  }
  if (!hosts.includes(host)) e.report(path, 'value', `${path} has the host ${JSON.stringify(host)}; Kibana accepts only ${hosts.join(', ')}${note}`);
}

function checkJsonObjectText(e: Evaluation, v: string, path: string, note: string, key?: string, example?: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    const such = example !== undefined ? `, such as '${example}'` : '';
    e.report(path, 'value', `${path} is not JSON text; Kibana expects the JSON text of a non-empty object${such}${note}`);
    return;
  }
  if (!isObject(parsed) || Object.keys(parsed).length === 0) {
    e.report(path, 'value', `${path} is JSON text of ${Array.isArray(parsed) ? 'an array' : isObject(parsed) ? 'an empty object' : 'a scalar'}; Kibana expects a non-empty object${note}`);
  } else if (key !== undefined && !hasOwn(parsed, key)) {
    e.report(path, 'value', `${path} is JSON text without a ${JSON.stringify(key)} key; Kibana expects an object with ${JSON.stringify(key)}${note}`);
  }
}

/** The objects to check: a section that is not a plain object (or is a token) is not checked. */
export interface SectionValues {
  readonly config?: unknown;
  readonly secrets?: unknown;
  readonly params?: unknown;
}

function sectionObjects(r: Resolved, input: SectionValues, options: CheckOptions, problems: Problem[], sections: readonly Section[]) {
  const out: Partial<Record<Section, Record<string, unknown>>> = {};
  for (const s of sections) {
    const v = input[s];
    const required = r.sections[s].some((f) => f.required);
    if (!isSet(v)) {
      if (required) problems.push({ path: s, kind: 'required', message: `${s} is required` });
      else out[s] = {};
    } else if (!options.isUnresolved(v) && isObject(v)) {
      out[s] = v;
    }
  }
  return out;
}

/**
 * Checks a connector's config and secrets (as a typed construct's props, or as Kibana's objects)
 * for the target Kibana: the type's versions, every field, and the rules between fields.
 */
export function checkConnector(spec: ConnectorSpec, input: SectionValues, options: CheckOptions): Problem[] {
  const r = resolve(spec);
  const head: Problem[] = [];
  const target = options.target;
  if (target.problem) {
    head.push({ path: '', kind: 'type', message: target.problem });
  } else if (!target.within(spec.catalog.checkedThrough).acceptsAny(spec.versions)) {
    head.push({ path: '', kind: 'type', message: `connector type ${spec.typeId} is not accepted by ${target.describe()}: it needs ${describeKibanaRanges(spec.versions)}` });
  }
  const objects = sectionObjects(r, input, options, head, ['config', 'secrets']);
  const e = new Evaluation(r, objects, options);
  e.problems.push(...head);
  for (const s of ['config', 'secrets'] as const) checkSection(e, s, spec.strict);
  // Rules read both sections: a section that cannot be read (a token) leaves them unchecked.
  if (objects.config && objects.secrets) for (const rule of r.rules) checkRule(e, rule);
  return e.problems;
}

/** Checks the `params` object of an action run by a connector of this type. */
export function checkParams(spec: ConnectorSpec, params: unknown, options: CheckOptions): Problem[] {
  const r = resolve(spec);
  const problems: Problem[] = [];
  const objects = sectionObjects(r, { params }, options, problems, ['params']);
  const e = new Evaluation(r, objects, options);
  e.problems.push(...problems);
  checkSection(e, 'params', spec.paramsStrict ?? true);
  if (objects.params) for (const rule of r.paramsRules) checkRule(e, rule);
  return e.problems;
}

/**
 * Kibana's object of one section: the fields as given (renamed to Kibana's keys), and the defaults
 * Kibana would otherwise store for the target Kibana, in the spec's field order. Undefined fields are
 * left out. A section that is missing, a token or not an object is returned as it is (or `{}`).
 */
export function buildSection(spec: ConnectorSpec, section: 'config' | 'secrets', value: unknown, options: CheckOptions): { [key: string]: any } {
  if (!isSet(value) || options.isUnresolved(value) || !isObject(value)) return (value ?? {}) as { [key: string]: any };
  const r = resolve(spec);
  const e = new Evaluation(r, { [section]: value }, options);
  const out: { [key: string]: any } = {};
  for (const f of r.sections[section]) {
    let v = value[nameOf(f, options.naming)];
    if (v === undefined && f.send) v = e.defaultOf(f);
    if (v !== undefined) out[f.key] = options.naming === 'property' ? withKeys(f, v, options.isUnresolved) : v;
  }
  return out;
}

/**
 * A struct value (or each item of a struct list) with its struct properties written as Kibana's keys,
 * at every level. Keys the struct does not define are kept as given, so that the checks refuse them.
 */
function withKeys(f: FieldSpec, v: unknown, isUnresolved: (value: unknown) => boolean = () => false): unknown {
  if (!f.fields || !f.fields.some(renamed) || isUnresolved(v)) return v;
  if (f.type === 'structList' && Array.isArray(v)) return v.map((item) => structWithKeys(f.fields!, item, isUnresolved));
  return structWithKeys(f.fields, v, isUnresolved);
}

function renamed(f: FieldSpec): boolean {
  return (f.property !== undefined && f.property !== f.key) || (f.fields?.some(renamed) ?? false);
}

function structWithKeys(fields: readonly FieldSpec[], v: unknown, isUnresolved: (value: unknown) => boolean): unknown {
  if (!isObject(v) || isUnresolved(v)) return v;
  const out: { [key: string]: unknown } = {};
  const byProperty = new Map(fields.map((f) => [f.property ?? f.key, f]));
  for (const [name, value] of Object.entries(v)) {
    const f = byProperty.get(name);
    if (f) out[f.key] = withKeys(f, value, isUnresolved);
    else out[name] = value;
  }
  return out;
}

/**
 * The `params` object of an action run by a connector of this type: Kibana's keys (nested struct fields
 * renamed too), unset fields left out. Keys the type does not define are kept as given, so that the
 * checks report them: nothing is dropped silently.
 */
export function paramsObject(spec: ConnectorSpec, params: unknown): { [key: string]: any } {
  const out: { [key: string]: any } = {};
  if (!isObject(params)) return (params ?? {}) as { [key: string]: any };
  const known = new Set<string>();
  for (const f of spec.params ?? []) {
    const name = f.property ?? f.key;
    known.add(name);
    const v = params[name];
    if (v !== undefined) out[f.key] = withKeys(f, v);
  }
  for (const [k, v] of Object.entries(params)) if (!known.has(k) && v !== undefined) out[k] = v;
  return out;
}

/**
 * The other way round: a params object with Kibana's keys (as Kibana returns it) written with the
 * typed structs' property names, at every level, for code that passes it to a typed `action()`.
 * Keys the type does not define are kept as given.
 */
export function paramsProperties(spec: ConnectorSpec, params: unknown): unknown {
  return withProperties(spec.params ?? [], params);
}

function withProperties(fields: readonly FieldSpec[], v: unknown): unknown {
  if (!isObject(v)) return v;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  // fromEntries makes an own property of every key, `__proto__` included (an assignment would not).
  return Object.fromEntries(Object.entries(v).map(([key, value]) => {
    const f = byKey.get(key);
    if (!f) return [key, value];
    const nested = f.fields && f.fields.some(renamed)
      ? (f.type === 'structList' && Array.isArray(value) ? value.map((item) => withProperties(f.fields!, item)) : withProperties(f.fields, value))
      : value;
    return [f.property ?? f.key, nested];
  }));
}

/** A field a rule requires for a given config, with the condition that requires it. */
export interface Requirement {
  /** The field's name in the caller's naming. */
  readonly field: string;
  readonly key: string;
  readonly condition: string;
}

/**
 * The fields of `section` that the type's rules require for a config (Kibana's defaults for the
 * target applied), such as a webhook's `user` and `password` under basic authentication. A rule
 * that needs one of several fields names none.
 */
export function requiredByRules(spec: ConnectorSpec, section: 'secrets' | 'config', config: unknown, options: CheckOptions): Requirement[] {
  const r = resolve(spec);
  const e = new Evaluation(r, { config: isObject(config) ? config : {} }, options);
  const out: Requirement[] = [];
  for (const rule of r.rules) {
    if (rule.kind !== 'when' || (rule.versions && !e.accepts(rule.versions))) continue;
    if (!rule.when.every((c) => e.holds(c))) continue;
    for (const p of rule.require ?? []) {
      const f = r.byPath.get(p);
      if (!f || !p.startsWith(`${section}.`) || out.some((o) => o.key === f.key)) continue;
      out.push({ field: nameOf(f, options.naming), key: f.key, condition: e.conditionText(rule.when) });
    }
  }
  return out;
}
