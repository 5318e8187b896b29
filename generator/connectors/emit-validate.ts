/**
 * Emit step, the synth-time checks of one construct: validate(), the check functions of the
 * structs it uses, the rules between fields and the precompiled constants (accepted values,
 * known keys). Small functions of an explicit ValidationContext; calls only the helpers of
 * src/validation.ts, whose names it records in the context for the import.
 */
import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { callStatement, doc, LINE_WIDTH, literal, wrapList } from './code';
import { conditionCode, ConnectorContext } from './emit-connector';
import { FieldModel, RangeModel, RuleModel } from './model';

/** A ConnectorContext plus what the checks collect while they are emitted. */
export interface ValidationContext extends ConnectorContext {
  /** Module-level constants, written before the first function. */
  readonly constants: Array<{ name: string; type: string; initializer: string }>;
  /** Structs whose check function validate() (or another check function) calls. */
  readonly structsUsed: Set<string>;
}

type CheckedSection = 'config' | 'secrets';

/** Local names of the checked config and secrets in validate(). */
const SECTION_VAR: Readonly<Record<CheckedSection, string>> = { config: 'config', secrets: 'secrets' };

/** Indentation of the checks in validate() (inside `if (config) {`) and in a struct's check function. */
const SECTION_INDENT = 4;
const STRUCT_INDENT = 2;

const upperSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** validate(props): the section checks, the field checks and the rules, returning the problems. */
export function emitValidate(ctx: ValidationContext): void {
  const { connector: c } = ctx;
  const statements: string[] = ['const problems: string[] = [];'];
  ctx.helpers.add('checkTargetKibana');
  ctx.kibana.add('KibanaTarget');
  statements.push(callStatement('checkTargetKibana', ['kibana', literal(c.typeId), rangeCode({ since: c.firstKibanaVersion, until: c.until }), 'problems'], 2));
  const sections = (['config', 'secrets'] as const).filter((s) => c[s].length);
  if (sections.length) ctx.helpers.add('checkSection');
  for (const section of sections) statements.push(...sectionChecks(ctx, section));
  if (c.rules.length) statements.push(rulesBlock(ctx, sections));
  statements.push('return problems;');
  ctx.sf.addFunction({
    name: 'validate',
    docs: [doc(`Synth-time checks of ${ctx.what}, generated from its catalog entry. Tokens are skipped.`)],
    parameters: [{ name: sections.length ? 'props' : '_props', type: ctx.names.props }, { name: 'kibana', type: 'KibanaTarget' }],
    returnType: 'string[]',
    statements,
  });
}

/** The checks of config or secrets: present when required, known keys, then each field. */
function sectionChecks(ctx: ValidationContext, section: CheckedSection): string[] {
  const fields = ctx.connector[section];
  const required = fields.some((f) => f.required);
  const v = SECTION_VAR[section];
  const checks = fieldChecks(ctx, fields, v, (f) => literal(`${section}.${f.property}`), section.toUpperCase(), SECTION_INDENT);
  checks.push(...versionChecks(ctx, fields, v, section));
  if (ctx.connector.strictSchema) {
    ctx.helpers.add('checkKnownKeys');
    const constName = `${section.toUpperCase()}_PROPERTIES`;
    addConstant(ctx, constName, 'ReadonlySet<string>', (indent) => wrapList('new Set<string>([', fields.map((f) => literal(f.property)), '])', indent));
    checks.unshift(callStatement('checkKnownKeys', [v, constName, `'${section}'`, 'problems'], SECTION_INDENT));
  }
  const statements = [callStatement(`const ${v} = checkSection`, [`props.${section}`, `'${section}'`, `${required}`, 'problems'], 2)];
  if (checks.length) statements.push(`if (${v}) {\n${checks.join('\n')}\n}`);
  return statements;
}

/** The checks of single fields (required, URL, accepted values, numbers, structs). */
function fieldChecks(
  ctx: ValidationContext, fields: FieldModel[], v: string, path: (f: FieldModel) => string, prefix: string, indent: number,
): string[] {
  const out: string[] = [];
  const call = (helper: string, ...args: string[]) => {
    ctx.helpers.add(helper);
    out.push(callStatement(helper, [...args, 'problems'], indent));
  };
  for (const f of fields) {
    const value = `${v}.${f.property}`;
    if (f.required) call('checkRequired', value, path(f));
    if (f.url) call('checkUrl', value, path(f));
    if (f.allowedValues) call('checkOneOf', value, valuesConstant(ctx, prefix, f), path(f));
    if (f.min !== undefined || f.max !== undefined || f.integer) {
      call('checkNumber', value, path(f), `${f.min ?? 'undefined'}`, `${f.max ?? 'undefined'}`, `${f.integer}`);
    }
    if (f.structName) ctx.structsUsed.add(f.structName);
    if (f.type === 'struct') call('checkStruct', value, path(f), `check${f.structName}`);
    if (f.type === 'structList') call('checkStructList', value, path(f), `check${f.structName}`);
  }
  return out;
}

/** A `{ since, until }` literal (keys left out when unset). */
function rangeCode(r: RangeModel): string {
  const parts = [...(r.since ? [`since: ${literal(r.since)}`] : []), ...(r.until ? [`until: ${literal(r.until)}`] : [])];
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

/** The checks that the target Kibana accepts a config or secrets field and the value given. */
function versionChecks(ctx: ValidationContext, fields: FieldModel[], v: string, section: CheckedSection): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const path = literal(`${section}.${f.property}`);
    if (f.since || f.until) {
      ctx.helpers.add('checkFieldVersion');
      out.push(callStatement('checkFieldVersion', [`${v}.${f.property}`, path, rangeCode(f), 'kibana', 'problems'], SECTION_INDENT));
    }
    const values = Object.entries(f.valueVersions ?? {});
    if (values.length) {
      ctx.helpers.add('checkValueVersion');
      ctx.kibana.add('KibanaVersionRange');
      const name = `${section.toUpperCase()}_${upperSnake(f.property)}_VERSIONS`;
      addConstant(ctx, name, 'Readonly<Record<string, KibanaVersionRange>>', (indent) => wrapList('{', values.map(([value, r]) => `${objectKeyOf(value)}: ${rangeCode(r)}`), '}', indent, true));
      out.push(callStatement('checkValueVersion', [`${v}.${f.property}`, path, name, 'kibana', 'problems'], SECTION_INDENT));
    }
  }
  return out;
}

const objectKeyOf = (key: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : literal(key));

/** The constant holding a field's accepted values; returns its name. */
function valuesConstant(ctx: ValidationContext, prefix: string, f: FieldModel): string {
  const name = `${prefix}_${upperSnake(f.property)}_VALUES`;
  addConstant(ctx, name, 'readonly string[]', (indent) => wrapList('[', f.allowedValues!.map(literal), ']', indent));
  return name;
}

/** Records a module-level constant; `initializer` gets the column its text starts at. */
function addConstant(ctx: ValidationContext, name: string, type: string, initializer: (indent: number) => string): void {
  ctx.constants.push({ name, type, initializer: initializer(`const ${name}: ${type} = `.length) });
}

/** The check functions of the structs that config and secrets use (and the structs those use), in catalog order. */
export function emitStructChecks(ctx: ValidationContext): void {
  const emitted = new Set<string>();
  while ([...ctx.structsUsed].some((n) => !emitted.has(n))) {
    for (const st of ctx.connector.structs) {
      if (!ctx.structsUsed.has(st.name) || emitted.has(st.name)) continue;
      emitted.add(st.name);
      const checks = fieldChecks(ctx, st.fields, 'v', (f) => `\`\${path}.${f.property}\``, upperSnake(st.name), STRUCT_INDENT);
      ctx.sf.addFunction({
        name: `check${st.name}`,
        parameters: [{ name: 'v', type: st.name }, { name: 'path', type: 'string' }, { name: 'problems', type: 'string[]' }],
        returnType: 'void',
        statements: checks.length ? checks : ['void v; void path; void problems;'],
      });
    }
  }
}

/** The collected constants, before the first function (or the class). */
export function emitValidationConstants(ctx: ValidationContext): void {
  if (!ctx.constants.length) return;
  const first = ctx.sf.getFunctions()[0] ?? ctx.sf.getClasses()[0];
  ctx.sf.insertVariableStatements(first.getChildIndex(), ctx.constants.map(({ name, type, initializer }) => ({
    declarationKind: VariableDeclarationKind.Const,
    kind: StructureKind.VariableStatement,
    declarations: [{ name, type, initializer }],
  })));
}

// ---------------------------------------------------------------------------------------------
// Rules between fields

/** One block running every rule, guarded by the sections the rules read being objects. */
function rulesBlock(ctx: ValidationContext, sections: CheckedSection[]): string {
  const c = ctx.connector;
  const needed = [...new Set(c.rules.flatMap(rulePaths).map((p) => p.split('.')[0] as CheckedSection))].sort();
  for (const section of needed) {
    if (!sections.includes(section)) throw new Error(`${c.typeId}: a rule uses ${section}, which the type does not have`);
  }
  const guard = needed.map((s) => SECTION_VAR[s]).join(' && ');
  return `if (${guard}) {\n${c.rules.map((r) => ruleCode(ctx, r, RULE_INDENT)).join('\n')}\n}`;
}

function rulePaths(r: RuleModel): string[] {
  if (r.kind === 'value') return [r.path];
  if (r.kind === 'when') return [...r.conditions.map((c) => `${c.section}.${c.property}`), ...r.require, ...r.forbid, ...r.requireAnyOf];
  if (r.kind === 'together') return [...r.paths, ...r.unless];
  return r.paths;
}

function valueExpr(path: string): string {
  const [section, property] = path.split('.');
  return `${SECTION_VAR[section as CheckedSection]}.${property}`;
}

/** `kibana.accepts(...)` for a rule that holds for some Kibana versions only. */
function rangeTest(r: RangeModel): string[] {
  return r.since || r.until ? [`kibana.accepts(${literal(r.since)}, ${literal(r.until)})`] : [];
}

/** Wraps a rule's statement in the test of its version range, if it has one. */
function inRange(r: RangeModel, statement: string): string {
  const tests = rangeTest(r);
  return tests.length ? `if (${tests[0]}) {\n${statement}\n}` : statement;
}

/** Indentation of the rules in validate() (inside `if (config && secrets) {`). */
const RULE_INDENT = 4;

function ruleCode(ctx: ValidationContext, r: RuleModel, indent: number): string {
  // Arguments are computed for the column they start at when the call is broken, one per line.
  const call = (at: number, helper: string, ...args: string[]) => {
    ctx.helpers.add(helper);
    return callStatement(helper, [...args, 'problems'], at);
  };
  const values = (paths: string[], at: number) => wrapList('[', paths.map(valueExpr), ']', at + 2);
  const names = (paths: string[], at: number) => wrapList('[', paths.map(literal), ']', at + 2);
  const ranged = rangeTest(r).length > 0;
  const at = ranged ? indent + 2 : indent;
  if (r.kind === 'value' && r.is === 'urlHostIn') return inRange(r, call(at, 'checkUrlHostIn', valueExpr(r.path), names(r.hosts!, at), literal(r.path)));
  if (r.kind === 'value') return inRange(r, call(at, 'checkJsonObjectText', valueExpr(r.path), literal(r.path)));
  if (r.kind === 'together') return inRange(r, call(at, 'checkTogether', values(r.paths, at), names(r.paths, at), values(r.unless, at)));
  if (r.kind === 'atMostOne') return inRange(r, call(at, 'checkAtMostOne', values(r.paths, at), names(r.paths, at)));
  const text = literal(r.text);
  const inner = indent + 2;
  const lines: string[] = [];
  for (const p of r.require) lines.push(call(inner, 'checkRequiredWhen', valueExpr(p), literal(p), text));
  for (const p of r.forbid) lines.push(call(inner, 'checkForbiddenWhen', valueExpr(p), literal(p), text));
  if (r.requireAnyOf.length) lines.push(call(inner, 'checkAnyOfWhen', values(r.requireAnyOf, inner), names(r.requireAnyOf, inner), text));
  const conditions = [...rangeTest(r), ...r.conditions.map((c) => conditionCode(ctx, c))];
  const oneLine = `if (${conditions.join(' && ')}) {`;
  const head = indent + oneLine.length <= LINE_WIDTH ? oneLine : `if (\n${conditions.join('\n&& ')}\n) {`;
  return `${head}\n${lines.join('\n')}\n}`;
}
