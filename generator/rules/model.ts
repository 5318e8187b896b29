/**
 * Model step of the rule generator: joins the rule_types answer with the rule catalog into one
 * checked, sorted description of what to emit. The params become the rule engine's records
 * (src/engine/spec.ts: FieldSpec, RuleSpec) here, as data; the emit step only prints them.
 */
import { CatalogCondition, CatalogField, CatalogRule, CatalogVersions, InputError, RuleCatalogEntry, RuleTypeEntry } from './parse';
import { ConditionSpec, FieldSpec, RuleSpec, Versions } from '../../src/engine/spec';
import { jsonObjectTextProblem } from '../connectors/input';

/** One rule type of the answer, as the registry states it. */
export interface RuleTypeModel {
  readonly id: string;
  readonly name: string;
  readonly producer: string;
  readonly license: string;
  /** Action group ids, the recovery group included, in the answer's order. */
  readonly actionGroups: ReadonlyArray<{ id: string; name: string }>;
  readonly defaultActionGroup: string;
  readonly recoveryActionGroup: string;
  readonly alertsAsData: boolean;
  readonly contextVariables: readonly string[];
  readonly consumers: readonly string[];
  /** The typed class, when the catalog has an entry for the type. */
  readonly className?: string;
}

export interface EnumModel {
  readonly name: string;
  readonly description: string;
  readonly members: ReadonlyArray<{ name: string; value: string }>;
  readonly declaredIn: string;
}

/** A field of the params or of a struct: its TypeScript side and its engine record. */
export interface FieldModel {
  readonly key: string;
  readonly type: CatalogField['type'];
  readonly description: string;
  readonly required: boolean;
  readonly default?: unknown;
  /** Whether the construct writes the default when the field is unset. */
  readonly send: boolean;
  readonly enumName?: string;
  /** The accepted values of an enum field, when a subset of its enum. */
  readonly allowed?: readonly string[];
  readonly openEnum: boolean;
  readonly structName?: string;
  readonly min?: number;
  readonly max?: number;
  readonly maxItems?: number;
  readonly maxLength?: number;
  readonly versions?: Versions;
  /** What the rule engine reads (struct fields nested). */
  readonly spec: FieldSpec;
}

export interface StructModel {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly FieldModel[];
}

/** A static constant of a typed class: its name, value and doc. */
export interface ConstantModel {
  readonly name: string;
  readonly type: 'string' | 'string[]' | 'boolean';
  readonly value: string | readonly string[] | boolean;
  readonly doc: string;
}

export interface TypedRuleModel {
  readonly ruleTypeId: string;
  readonly className: string;
  /** File name in src/rules/types/ (and specs/), without extension. */
  readonly fileName: string;
  /** The exported constant of the spec file. */
  readonly specName: string;
  readonly description: string;
  readonly sources: readonly string[];
  readonly catalogFile: string;
  readonly versions: Versions;
  /** The catalog's evidence for `versions` (pull requests, files at a release, or why it is unsettled). */
  readonly versionsEvidence: ReadonlyArray<Record<string, unknown>>;
  readonly ruleType: RuleTypeModel;
  readonly params: readonly FieldModel[];
  readonly structs: readonly StructModel[];
  readonly rules: readonly RuleSpec[];
  readonly constants: readonly ConstantModel[];
  readonly example: { name: string; params: Record<string, unknown> };
  /** Kibana's params schema lets unknown keys through. */
  readonly acceptsUnknownParams: boolean;
  /** The consumer the class writes when none is given. */
  readonly defaultConsumer: string;
}

export interface RuleGeneratorModel {
  readonly ruleTypes: readonly RuleTypeModel[];
  readonly typed: readonly TypedRuleModel[];
  readonly enums: readonly EnumModel[];
  readonly checkedThrough: string;
}

/** File names the generator writes itself in src/rules/types/. */
const RESERVED_FILE_NAMES: ReadonlySet<string> = new Set(['index', 'enums']);

export function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}

/** The file name (without extension) of a typed class in src/rules/types/. */
export function classFileName(className: string): string {
  const base = kebabCase(className.replace(/Rule$/, ''));
  return RESERVED_FILE_NAMES.has(base) ? `${base}-rule` : base;
}

/** `THRESHOLD_MET` for `threshold met`, `FIRED` for `custom_threshold.fired`, `MONITOR_STATUS` for `...actionGroups.monitorStatus`. */
export function groupConstantName(groupId: string): string {
  const last = groupId.split('.').pop()!;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w.toUpperCase()).join('_');
  return /^[A-Z]/.test(name) ? name : `GROUP_${name}`;
}

/** The class constants that are not action groups (a group constant may not take these names). */
export const FIXED_CONSTANTS = [
  'RULE_TYPE_ID', 'ACTION_GROUPS', 'DEFAULT_ACTION_GROUP', 'RECOVERY_ACTION_GROUP', 'DEFAULT_CONSUMER', 'CONSUMERS',
  'CONTEXT_VARIABLES', 'WRITES_ALERTS_AS_DATA', 'MINIMUM_LICENSE',
] as const;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function ruleTypeModel(t: RuleTypeEntry, className?: string): RuleTypeModel {
  return {
    id: t.id,
    name: t.name,
    producer: t.producer,
    license: t.license,
    actionGroups: t.actionGroups,
    defaultActionGroup: t.defaultActionGroup,
    recoveryActionGroup: t.recoveryActionGroup.id,
    alertsAsData: t.alertsAsData,
    contextVariables: t.contextVariables,
    consumers: t.consumers,
    ...(className ? { className } : {}),
  };
}

function versionsOf(v: CatalogVersions | undefined): Versions | undefined {
  return v?.ranges.map((r) => ({ ...(r.since !== undefined ? { since: r.since } : {}), ...(r.until !== undefined ? { until: r.until } : {}) }));
}

/** What a property name must be for jsii (a struct property may not look like a Java getter or setter). */
function propertyProblem(key: string): string | undefined {
  if (!/^[a-z][A-Za-z0-9]*$/.test(key)) return 'is not a lowerCamelCase name, so it cannot be a struct property';
  if (/^(get|set)[A-Z0-9]/.test(key)) return 'starts with get/set, which jsii forbids for a struct property';
  return undefined;
}

/** Everything one entry's fields may refer to. */
interface Context {
  readonly file: string;
  readonly enums: ReadonlyMap<string, EnumModel>;
  readonly structs: RuleCatalogEntry['structs'];
}

function fieldModel(c: Context, key: string, f: CatalogField, at: string, open: Set<string> = new Set()): FieldModel {
  const fail = (field: string, problem: string): never => {
    throw new InputError(c.file, field, problem);
  };
  const problem = propertyProblem(key);
  if (problem) fail(at, `${problem}; the rule generator writes Kibana's keys as the properties`);
  if (f.property !== undefined) fail(`${at}.property`, 'is not supported by the rule generator: params properties are Kibana\'s keys');
  if (f.defaults !== undefined) fail(`${at}.defaults`, 'is not supported by the rule generator: give one default');
  if (f.format !== undefined) fail(`${at}.format`, 'is not supported by the rule generator');
  const checkType = (want: readonly string[], key2: string) => {
    if (!want.includes(f.type)) fail(`${at}.${key2}`, `is only allowed on a field of type ${want.join(' or ')}`);
  };
  if (f.min !== undefined || f.max !== undefined || f.integer !== undefined) checkType(['number'], 'min');
  if (f.maxItems !== undefined) checkType(['stringList', 'numberList', 'jsonList', 'structList'], 'maxItems');
  if (f.maxLength !== undefined) checkType(['string'], 'maxLength');
  let values: readonly string[] | undefined;
  if (f.type === 'enum') {
    if (!f.enum) fail(`${at}.enum`, 'is required for a field of type enum');
    const e = c.enums.get(f.enum!);
    if (!e) fail(`${at}.enum`, `names ${f.enum}, which no rule catalog file declares under "enums"`);
    const all = e!.members.map((m) => m.value);
    for (const v of f.allowed ?? []) if (!all.includes(v)) fail(`${at}.allowed`, `has ${JSON.stringify(v)}, which is not a value of ${f.enum}`);
    for (const v of Object.keys(f.valueVersions ?? {})) if (!all.includes(v)) fail(`${at}.valueVersions`, `names ${JSON.stringify(v)}, which is not a value of ${f.enum}`);
    values = f.openEnum ? undefined : (f.allowed ?? all);
  } else if (f.enum || f.allowed || f.openEnum !== undefined || f.valueVersions) {
    fail(`${at}.enum`, 'enum, allowed, openEnum and valueVersions are only allowed on a field of type enum');
  }
  let nested: FieldModel[] | undefined;
  let structRules: RuleSpec[] | undefined;
  if (f.type === 'struct' || f.type === 'structList') {
    if (!f.struct) fail(`${at}.struct`, `is required for a field of type ${f.type}`);
    const s = c.structs[f.struct!];
    if (!s) fail(`${at}.struct`, `names ${f.struct}, which this file does not declare under "structs"`);
    if (open.has(f.struct!)) fail(`${at}.struct`, `names ${f.struct}, which contains itself`);
    open.add(f.struct!);
    nested = Object.entries(s.fields).map(([k, sf]) => fieldModel(c, k, sf, `structs.${f.struct}.fields.${k}`, open));
    open.delete(f.struct!);
    structRules = (s.rules ?? []).map((r, i) => ruleSpec(c.file, r, `structs.${f.struct}.rules[${i}]`, nested!));
  } else if (f.struct) {
    fail(`${at}.struct`, 'is only allowed on a field of type struct or structList');
  }
  if (f.nullable !== undefined && f.default !== null) fail(`${at}.nullable`, 'needs "default": null (Kibana stores null when the key is missing)');
  if (f.default !== undefined) {
    if (f.required) fail(`${at}.default`, 'makes no sense on a required field');
    const ok = f.default === null ? f.nullable === true : f.type === 'enum' ? values === undefined ? typeof f.default === 'string' : values.includes(f.default as string)
      : f.type === 'string' ? typeof f.default === 'string'
        : f.type === 'number' ? typeof f.default === 'number'
          : f.type === 'boolean' ? typeof f.default === 'boolean' : false;
    if (!ok) {
      const hint = f.default === null ? ' (a null default needs "nullable": true)' : values ? ` (values: ${values.join(', ')})` : '';
      fail(`${at}.default`, `${JSON.stringify(f.default)} is not a valid default for a field of type ${f.type}${hint}`);
    }
  } else if (f.sendDefault !== undefined) {
    fail(`${at}.sendDefault`, 'needs a default');
  }
  const send = f.default !== undefined && (f.sendDefault ?? true);
  const versions = versionsOf(f.versions);
  const valueVersions = f.valueVersions && Object.fromEntries(Object.entries(f.valueVersions)
    .filter(([v]) => !values || values.includes(v)).map(([v, r]) => [v, versionsOf(r)!]));
  const limits = (f.limits as Array<Record<string, unknown>> | undefined)
    ?.map((l) => ({ ...l, versions: versionsOf(l.versions as CatalogVersions)! }));
  const spec: FieldSpec = {
    key,
    type: f.type,
    ...(f.required ? { required: true } : {}),
    ...(values ? { values } : {}),
    ...(valueVersions && Object.keys(valueVersions).length ? { valueVersions } : {}),
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    ...(f.integer ? { integer: true } : {}),
    ...(f.maxItems !== undefined ? { maxItems: f.maxItems } : {}),
    ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}),
    ...(limits ? { limits } : {}),
    ...(versions ? { versions } : {}),
    ...(f.default !== undefined ? { defaults: [{ value: f.default }] } : {}),
    ...(send ? { send: true } : {}),
    ...(nested ? { fields: nested.map((n) => n.spec) } : {}),
    ...(structRules?.length ? { rules: structRules } : {}),
  };
  return {
    key,
    type: f.type,
    description: f.description,
    required: f.required ?? false,
    default: f.default,
    send,
    enumName: f.enum,
    allowed: f.allowed,
    openEnum: f.openEnum ?? false,
    structName: f.struct,
    min: f.min,
    max: f.max,
    maxItems: f.maxItems,
    maxLength: f.maxLength,
    versions,
    spec,
  };
}

function conditionSpec(file: string, path: string, c: CatalogCondition, fields: readonly FieldModel[], at: string): ConditionSpec {
  const f = fieldOf(file, path, fields, at);
  const [op, values]: [ConditionSpec['op'], unknown[]] = c !== null && typeof c === 'object'
    ? 'in' in c ? ['in', c.in] : ['not', [c.not]]
    : ['equals', [c]];
  for (const v of values) {
    const fits = f.spec.values ? f.spec.values.includes(v as string)
      : f.type === 'boolean' ? typeof v === 'boolean'
        : f.type === 'number' ? typeof v === 'number'
          : f.type === 'string' || f.type === 'enum' ? typeof v === 'string' : false;
    if (!fits) throw new InputError(file, at, `compares params.${f.key} with ${JSON.stringify(v)}, which the field cannot hold`);
  }
  return { path: `params.${f.key}`, op, values };
}

function fieldOf(file: string, path: string, fields: readonly FieldModel[], at: string): FieldModel {
  const m = /^params\.(.+)$/.exec(path);
  const f = m ? fields.find((x) => x.key === m[1]) : undefined;
  if (!f) throw new InputError(file, at, `${JSON.stringify(path)} is not a params field of this rule type (rule paths are params.<key>)`);
  return f;
}

function ruleSpec(file: string, rule: CatalogRule, at: string, fields: readonly FieldModel[]): RuleSpec {
  const paths = (list: string[] | undefined, key: string) => (list ?? []).map((p, i) => `params.${fieldOf(file, p, fields, `${at}.${key}[${i}]`).key}`);
  const tail = {
    ...(rule.versions ? { versions: versionsOf(rule.versions)! } : {}),
    ...(rule.runtimeOnly ? { runtimeOnly: true } : {}),
  };
  const conditional = rule.require || rule.forbid || rule.requireAnyOf;
  const group = rule.together || rule.atMostOne;
  if (rule.value || rule.is) {
    if (!rule.value || !rule.is) throw new InputError(file, at, 'a value rule needs both value (the field) and is (the check)');
    if (conditional || group || rule.when) throw new InputError(file, at, 'a value rule (value, is) cannot be combined with other rule keys');
    const f = fieldOf(file, rule.value, fields, `${at}.value`);
    if (f.type !== 'string') throw new InputError(file, `${at}.value`, `names ${rule.value}, which is not a string field`);
    if ((rule.is === 'urlHostIn') !== (rule.hosts !== undefined)) throw new InputError(file, `${at}.hosts`, 'is required with is "urlHostIn", and only then');
    if (rule.example !== undefined) {
      if (rule.is !== 'jsonObjectText') throw new InputError(file, `${at}.example`, 'is only allowed with is "jsonObjectText"');
      const problem = jsonObjectTextProblem(rule.example);
      if (problem) throw new InputError(file, `${at}.example`, problem);
    }
    const example = rule.example !== undefined ? { example: rule.example } : {};
    return { kind: 'value', path: `params.${f.key}`, is: rule.is, ...(rule.hosts ? { hosts: rule.hosts } : {}), ...example, ...tail };
  }
  if (!conditional && !group) throw new InputError(file, at, 'needs one of require, forbid, requireAnyOf, together, atMostOne, value');
  if (group && (conditional || rule.when)) throw new InputError(file, at, 'together and atMostOne cannot be combined with when, require, forbid or requireAnyOf');
  if (rule.unless && !rule.together) throw new InputError(file, `${at}.unless`, 'is only allowed with together');
  if (rule.together) return { kind: 'together', paths: paths(rule.together, 'together'), ...(rule.unless ? { unless: paths(rule.unless, 'unless') } : {}), ...tail };
  if (rule.atMostOne) return { kind: 'atMostOne', paths: paths(rule.atMostOne, 'atMostOne'), ...tail };
  if (!rule.when) throw new InputError(file, `${at}.when`, 'is required with require, forbid or requireAnyOf');
  const when = Object.entries(rule.when).map(([p, c]) => conditionSpec(file, p, c, fields, `${at}.when[${JSON.stringify(p)}]`));
  return {
    kind: 'when',
    when,
    ...(rule.require ? { require: paths(rule.require, 'require') } : {}),
    ...(rule.forbid ? { forbid: paths(rule.forbid, 'forbid') } : {}),
    ...(rule.requireAnyOf ? { requireAnyOf: paths(rule.requireAnyOf, 'requireAnyOf') } : {}),
    ...tail,
  };
}

function collectEnums(catalog: readonly RuleCatalogEntry[]): Map<string, EnumModel> {
  const out = new Map<string, EnumModel>();
  for (const entry of catalog) {
    for (const [name, e] of Object.entries(entry.enums)) {
      const other = out.get(name);
      if (other) throw new InputError(entry.file, `enums.${name}`, `is also declared in ${other.declaredIn}; declare an enum once and use it anywhere`);
      const members = Object.entries(e.members).map(([m, value]) => ({ name: m, value }));
      const seen = new Set<string>();
      for (const m of members) {
        if (seen.has(m.value)) throw new InputError(entry.file, `enums.${name}.members.${m.name}`, `repeats the value ${JSON.stringify(m.value)}`);
        seen.add(m.value);
      }
      out.set(name, { name, description: e.description, members, declaredIn: entry.file });
    }
  }
  return out;
}

function constantsOf(t: RuleTypeModel, typesFile: string, defaultConsumer: string): ConstantModel[] {
  const groups: ConstantModel[] = [];
  const taken = new Map<string, string>(FIXED_CONSTANTS.map((c) => [c, 'the class itself']));
  for (const g of t.actionGroups) {
    const name = groupConstantName(g.id);
    const other = taken.get(name);
    if (other) throw new InputError(typesFile, t.id, `action group ${JSON.stringify(g.id)} would be the constant ${name}, as ${other}`);
    taken.set(name, `action group ${JSON.stringify(g.id)}`);
    const role = g.id === t.recoveryActionGroup ? ' (the recovery group)' : g.id === t.defaultActionGroup ? ' (the default group)' : '';
    groups.push({ name, type: 'string', value: g.id, doc: `Action group \`${g.id}\` ("${g.name}")${role}.` });
  }
  return [
    { name: 'RULE_TYPE_ID', type: 'string', value: t.id, doc: 'Kibana\'s id of the rule type.' },
    ...groups,
    { name: 'ACTION_GROUPS', type: 'string[]', value: t.actionGroups.map((g) => g.id), doc: 'Every action group of the rule type, the recovery group included: an action\'s group must be one of them.' },
    { name: 'DEFAULT_ACTION_GROUP', type: 'string', value: t.defaultActionGroup, doc: 'The group an action gets when it names none.' },
    { name: 'RECOVERY_ACTION_GROUP', type: 'string', value: t.recoveryActionGroup, doc: 'The group whose actions run when an alert recovers.' },
    {
      name: 'DEFAULT_CONSUMER',
      type: 'string',
      value: defaultConsumer,
      doc: defaultConsumer === t.producer ? 'The consumer the class writes when none is given: the rule type\'s producer.' : 'The consumer the class writes when none is given.',
    },
    { name: 'CONSUMERS', type: 'string[]', value: t.consumers, doc: 'The consumers Kibana authorizes for the rule type, as far as the committed rule_types answer knows them (empty: not known).' },
    { name: 'CONTEXT_VARIABLES', type: 'string[]', value: t.contextVariables, doc: 'The `context.*` variables the rule type gives per-alert action messages.' },
    { name: 'WRITES_ALERTS_AS_DATA', type: 'boolean', value: t.alertsAsData, doc: 'Whether the rule type writes its alerts as data (alerts filters need it; summary actions run only with it).' },
    { name: 'MINIMUM_LICENSE', type: 'string', value: t.license, doc: 'The license Kibana needs to run the rule type.' },
  ];
}

function typedRule(entry: RuleCatalogEntry, type: RuleTypeModel, enums: ReadonlyMap<string, EnumModel>, typesFile: string): TypedRuleModel {
  const fileName = classFileName(entry.className);
  const expected = `${kebabCase(entry.className.replace(/Rule$/, ''))}.json`;
  if (entry.file.split('/').pop() !== expected) {
    throw new InputError(entry.file, 'className', `is ${entry.className}, whose catalog file is named ${expected}`);
  }
  const c: Context = { file: entry.file, enums, structs: entry.structs };
  const params = Object.entries(entry.params).map(([k, f]) => fieldModel(c, k, f, `params.${k}`));
  const used = new Set<string>();
  const visit = (list: readonly FieldModel[]) => list.forEach((f) => {
    if (f.structName && !used.has(f.structName)) {
      used.add(f.structName);
      visit(Object.entries(entry.structs[f.structName].fields).map(([k, sf]) => fieldModel(c, k, sf, `structs.${f.structName}.fields.${k}`)));
    }
  });
  visit(params);
  for (const name of Object.keys(entry.structs)) if (!used.has(name)) throw new InputError(entry.file, `structs.${name}`, 'is declared but no field uses it');
  const structs = Object.entries(entry.structs).map(([name, s]) => ({
    name,
    description: s.description,
    fields: Object.entries(s.fields).map(([k, sf]) => fieldModel(c, k, sf, `structs.${name}.fields.${k}`)),
  }));
  const rules = entry.rules.map((r, i) => ruleSpec(entry.file, r, `rules[${i}]`, params));
  const defaultConsumer = entry.defaultConsumer ?? type.producer;
  if (type.consumers.length && !type.consumers.includes(defaultConsumer)) {
    throw new InputError(entry.file, entry.defaultConsumer ? 'defaultConsumer' : 'ruleTypeId',
      `the class's default consumer ${JSON.stringify(defaultConsumer)} is not one of the consumers ${typesFile} lists for ${type.id} (${type.consumers.join(', ')})`);
  }
  return {
    ruleTypeId: entry.ruleTypeId,
    className: entry.className,
    fileName,
    specName: `${fileName.replace(/-/g, '_').toUpperCase()}_RULE_SPEC`,
    description: entry.description,
    sources: entry.sources,
    catalogFile: entry.file,
    versions: versionsOf(entry.versions)!,
    versionsEvidence: entry.versions.evidence,
    ruleType: type,
    params,
    structs,
    rules,
    constants: constantsOf(type, typesFile, defaultConsumer),
    example: entry.example,
    acceptsUnknownParams: entry.acceptsUnknownParams,
    defaultConsumer,
  };
}

export function buildModel(answer: readonly RuleTypeEntry[], catalog: readonly RuleCatalogEntry[], checkedThrough: string, typesFile = 'rule-types.json'): RuleGeneratorModel {
  const enums = collectEnums(catalog);
  const byType = new Map(answer.map((t) => [t.id, t]));
  const classes = new Map<string, string>();
  const structNames = new Map<string, string>();
  const typed: TypedRuleModel[] = [];
  for (const entry of catalog) {
    const t = byType.get(entry.ruleTypeId);
    if (!t) throw new InputError(entry.file, 'ruleTypeId', `is ${JSON.stringify(entry.ruleTypeId)}, which ${typesFile} does not list`);
    const other = classes.get(entry.className);
    if (other) throw new InputError(entry.file, 'className', `${entry.className} is also the class of ${other}`);
    classes.set(entry.className, entry.file);
    for (const s of Object.keys(entry.structs)) {
      const owner = structNames.get(s) ?? (enums.has(s) ? enums.get(s)!.declaredIn : undefined);
      if (owner) throw new InputError(entry.file, `structs.${s}`, `is also declared in ${owner}; exported names must be unique`);
      structNames.set(s, entry.file);
    }
    typed.push(typedRule(entry, ruleTypeModel(t, entry.className), enums, typesFile));
  }
  typed.sort((a, b) => compare(a.ruleTypeId, b.ruleTypeId));
  const ruleTypes = [...answer].sort((a, b) => compare(a.id, b.id))
    .map((t) => ruleTypeModel(t, catalog.find((e) => e.ruleTypeId === t.id)?.className));
  const usedEnums = new Set(typed.flatMap((t) => [...t.params, ...t.structs.flatMap((s) => s.fields)])
    .map((f) => f.enumName).filter((n): n is string => !!n));
  for (const e of enums.values()) if (!usedEnums.has(e.name)) throw new InputError(e.declaredIn, `enums.${e.name}`, 'is declared but no field uses it');
  return { ruleTypes, typed, enums: [...enums.values()].sort((a, b) => compare(a.name, b.name)), checkedThrough };
}
