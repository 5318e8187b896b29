/**
 * Emit step, rule data: the model's fields, rules and versions as the rule engine's records
 * (src/engine/spec.ts), written as TypeScript object literals. Small functions, one per record;
 * each takes the column it starts at so that long literals wrap as a person would write them.
 * Evidence is not runtime data: it goes into the doc comments (emit-connector.ts).
 */
import { arrayLiteral, literal, objectCode, objectKey, wrapList } from './code';
import { ConditionModel, DefaultModel, FieldModel, RuleModel, VersionsModel } from './model';
import { CatalogLimit } from './parse';

/** `[{ since: '9.2.5', until: '9.3.0' }, { since: '9.4.0' }]` */
export function versionsCode(v: VersionsModel | undefined, indent: number): string | undefined {
  if (!v) return undefined;
  const ranges = v.ranges.map((r) => objectCode([
    ...(r.since !== undefined ? [`since: ${literal(r.since)}`] : []),
    ...(r.until !== undefined ? [`until: ${literal(r.until)}`] : []),
  ], indent + 2));
  return wrapList('[', ranges, ']', indent);
}

function conditionCode(c: ConditionModel, indent: number): string {
  return objectCode([`path: ${literal(`${c.section}.${c.key}`)}`, `op: ${literal(c.op)}`, `values: ${arrayLiteral(c.values, indent + 10)}`], indent);
}

function conditionsCode(list: ConditionModel[], indent: number): string {
  return wrapList('[', list.map((c) => conditionCode(c, indent + 2)), ']', indent);
}

function defaultCode(d: DefaultModel, indent: number): string {
  const versions = versionsCode(d.versions, indent + 12);
  return objectCode([
    `value: ${literal(d.value)}`,
    ...(versions ? [`versions: ${versions}`] : []),
    ...(d.conditions.length ? [`when: ${conditionsCode(d.conditions, indent + 8)}`] : []),
  ], indent);
}

/** A field's defaults as the engine reads them: its `defaults`, or its one `default` (for every version the field has). */
function defaultsOf(f: FieldModel): DefaultModel[] | undefined {
  if (f.defaults) return f.defaults;
  return f.default !== undefined ? [{ value: f.default, conditions: [] }] : undefined;
}

function limitCode(l: CatalogLimit, indent: number): string {
  const bounds = (['min', 'max', 'maxItems', 'maxLength'] as const).filter((k) => l[k] !== undefined).map((k) => `${k}: ${literal(l[k])}`);
  return objectCode([...bounds, `versions: ${versionsCode(l.versions, indent + 12)}`], indent);
}

/** The entries a field and an override share (what Kibana accepts, its versions and defaults). */
function acceptanceEntries(f: Partial<FieldModel>, indent: number, keys?: readonly string[]): string[] {
  const has = (k: string) => !keys || keys.includes(k);
  const entries: string[] = [];
  if (has('allowed') && f.allowedValues) entries.push(`values: ${arrayLiteral(f.allowedValues, indent + 8)}`);
  if (has('versions') && f.versions) entries.push(`versions: ${versionsCode(f.versions, indent + 10)}`);
  if (has('valueVersions') && f.valueVersions) {
    const values = Object.entries(f.valueVersions).map(([v, r]) => `${objectKey(v)}: ${versionsCode(r, indent + 4 + objectKey(v).length)}`);
    entries.push(`valueVersions: ${objectCode(values, indent + 2)}`);
  }
  if (has('limits') && f.limits) entries.push(`limits: ${wrapList('[', f.limits.map((l) => limitCode(l, indent + 2)), ']', indent + 8)}`);
  const defaults = f.key !== undefined ? defaultsOf(f as FieldModel) : undefined;
  if ((has('default') || has('defaults')) && defaults) {
    entries.push(`defaults: ${wrapList('[', defaults.map((d) => defaultCode(d, indent + 2)), ']', indent + 10)}`);
    if (f.sendDefault) entries.push('send: true');
  }
  if (keys?.includes('sendDefault') && !f.sendDefault) entries.push('send: false');
  return entries;
}

/** One field as a FieldSpec literal. */
export function fieldCode(f: FieldModel, indent: number, structRef?: (name: string) => string): string {
  const entries = [`key: ${literal(f.key)}`];
  if (f.property !== f.key) entries.push(`property: ${literal(f.property)}`);
  entries.push(`type: ${literal(f.type)}`);
  if (f.required) entries.push('required: true');
  if (f.url) entries.push('url: true');
  if (f.min !== undefined) entries.push(`min: ${literal(f.min)}`);
  if (f.max !== undefined) entries.push(`max: ${literal(f.max)}`);
  if (f.integer) entries.push('integer: true');
  if (f.maxItems !== undefined) entries.push(`maxItems: ${literal(f.maxItems)}`);
  if (f.maxLength !== undefined) entries.push(`maxLength: ${literal(f.maxLength)}`);
  entries.push(...acceptanceEntries(f, indent));
  if (f.structName && structRef) entries.push(`fields: ${structRef(f.structName)}`);
  return objectCode(entries, indent);
}

/** A list of fields, one FieldSpec per line when it fits. */
export function fieldsCode(fields: FieldModel[], indent: number, structRef?: (name: string) => string): string {
  if (!fields.length) return '[]';
  return `[\n${fields.map((f) => `${' '.repeat(indent + 2)}${fieldCode(f, indent + 2, structRef)},`).join('\n')}\n${' '.repeat(indent)}]`;
}

/** The name of a struct's field list in a spec file (`ALERT_ID_CONFIG_FIELDS`), written once per struct. */
export function structFieldsName(struct: string): string {
  return `${struct.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_FIELDS`;
}

/** A type's changes to a field of a group, as a FieldOverride literal (only the keys it changes). */
export function overrideCode(f: FieldModel, keys: readonly string[], indent: number): string {
  return objectCode(acceptanceEntries(f, indent, keys), indent);
}

/** One rule as a RuleSpec literal. */
export function ruleCode(r: RuleModel, indent: number): string {
  const tail = [
    ...(r.versions ? [`versions: ${versionsCode(r.versions, indent + 12)}`] : []),
    ...(r.runtimeOnly ? ['runtimeOnly: true'] : []),
  ];
  const paths = (name: string, list: string[]) => (list.length ? [`${name}: ${arrayLiteral(list, indent + name.length + 4)}`] : []);
  switch (r.kind) {
    case 'when':
      return objectCode([
        "kind: 'when'",
        `when: ${conditionsCode(r.conditions, indent + 2)}`,
        ...paths('require', r.require),
        ...paths('forbid', r.forbid),
        ...paths('requireAnyOf', r.requireAnyOf),
        ...tail,
      ], indent);
    case 'together':
      return objectCode(["kind: 'together'", ...paths('paths', r.paths), ...paths('unless', r.unless), ...tail], indent);
    case 'atMostOne':
      return objectCode(["kind: 'atMostOne'", ...paths('paths', r.paths), ...tail], indent);
    case 'value':
      return objectCode([
        "kind: 'value'", `path: ${literal(r.path)}`, `is: ${literal(r.is)}`, ...(r.hosts ? paths('hosts', r.hosts) : []),
        ...(r.key !== undefined ? [`key: ${literal(r.key)}`] : []),
        ...(r.example !== undefined ? [`example: ${literal(r.example)}`] : []),
        ...(r.conditions.length ? [`when: ${conditionsCode(r.conditions, indent + 2)}`] : []),
        ...tail,
      ], indent);
  }
}

/** A list of rules. */
export function rulesCode(rules: RuleModel[], indent: number): string {
  if (!rules.length) return '[]';
  return `[\n${rules.map((r) => `${' '.repeat(indent + 2)}${ruleCode(r, indent + 2)},`).join('\n')}\n${' '.repeat(indent)}]`;
}
