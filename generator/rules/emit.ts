/**
 * Emit step of the rule generator: turns the model into TypeScript source text with ts-morph
 * (declarations from structures, then its formatter). Writes src/rules/registry.ts (every rule type
 * of the answer) and, per typed class, src/rules/types/<file>.ts and src/rules/types/specs/<file>.ts,
 * plus the enums and the index. Output depends only on the model, so re-runs are byte-identical.
 */
import {
  IndentationText, Project, QuoteKind, Scope, SourceFile, StructureKind, VariableDeclarationKind,
} from 'ts-morph';
import { EnumModel, FieldModel, RuleGeneratorModel, RuleTypeModel, StructModel, TypedRuleModel } from './model';
import { FieldSpec, Versions } from '../../src/engine/spec';
import { describeKibanaRanges } from '../../src/kibana-version';
import { arrayLiteral, doc, literal, objectCode, objectKey, wrapList, wrapText } from '../connectors/code';

import { GENERATED_MARKER } from '../connectors/emit';

export { GENERATED_MARKER };

function header(source: string, sources: readonly string[] = []): string {
  return [
    GENERATED_MARKER,
    '// Written by the rule generator (generator/rules/) from its inputs:',
    `// ${source}.`,
    ...(sources.length ? ['// The rule catalog entry was checked against:', ...sources.flatMap(sourceLines)] : []),
    '// Regenerate with: npx projen generate',
    '',
  ].join('\n');
}

function sourceLines(source: string): string[] {
  return wrapText(source.replace(/[^\x20-\x7e]/g, '?'), 110).split('\n').map((line, i) => `//   ${i ? '  ' : ''}${line}`);
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON-like value (the engine's records) as a TypeScript literal, wrapped as a person would write it. */
export function dataCode(value: unknown, indent: number): string {
  if (Array.isArray(value)) return wrapList('[', value.map((v) => dataCode(v, indent + 2)), ']', indent);
  if (isPlain(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${objectKey(k)}: ${dataCode(v, indent + objectKey(k).length + 4)}`);
    return objectCode(entries, indent);
  }
  return literal(value);
}

/** Emits every file, keyed by its path inside src/rules/, in a stable order. */
export function emit(model: RuleGeneratorModel): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { quoteKind: QuoteKind.Single, indentationText: IndentationText.TwoSpaces, useTrailingCommas: true },
  });
  const files = new Map<string, string>();
  const add = (name: string, source: string, build: (sf: SourceFile) => void, sources: readonly string[] = []) => {
    const sf = project.createSourceFile(`/out/${name}`, '', { overwrite: true });
    build(sf);
    sf.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    let text = sf.getFullText();
    const importsEnd = sf.getImportDeclarations().pop()?.getEnd();
    if (importsEnd !== undefined && !text.startsWith('\n\n', importsEnd)) text = `${text.slice(0, importsEnd)}\n${text.slice(importsEnd)}`;
    text = text.replace(/^\n+/, '').replace(/^(\};?)\n(?=\S)/gm, '$1\n\n');
    files.set(name, header(source, sources) + text);
  };
  const enums = new Map(model.enums.map((e) => [e.name, e]));
  const versions = new Map(model.typed.map((t) => [t.ruleTypeId, t.versions]));
  add('registry.ts', 'rule-types.json and rule-catalog/', (sf) => emitRegistry(sf, model.ruleTypes, versions));
  if (model.enums.length) add('types/enums.ts', 'rule-catalog/', (sf) => emitEnums(sf, model.enums));
  for (const t of model.typed) {
    const catalog = `rule-catalog/${t.catalogFile.split('/').pop()}`;
    add(`types/${t.fileName}.ts`, `rule-types.json and ${catalog}`, (sf) => emitClass(sf, t, enums), t.sources);
    add(`types/specs/${t.fileName}.ts`, catalog, (sf) => emitSpec(sf, t, model.checkedThrough));
  }
  add('types/specs/index.ts', 'rule-catalog/', (sf) => emitSpecIndex(sf, model.typed));
  add('types/index.ts', 'rule-catalog/', (sf) => {
    const modules = [...(model.enums.length ? ['enums'] : []), ...model.typed.map((t) => t.fileName)].sort();
    for (const m of modules) sf.addExportDeclaration({ moduleSpecifier: `./${m}` });
  });
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function emitRegistry(sf: SourceFile, types: readonly RuleTypeModel[], versions: ReadonlyMap<string, Versions>): void {
  sf.addImportDeclaration({ isTypeOnly: true, namedImports: ['RuleTypeInfo'], moduleSpecifier: './rule-type-info' });
  const entries = types.map((t) => {
    const info = {
      ruleTypeId: t.id,
      className: t.className,
      actionGroups: t.actionGroups.map((g) => g.id),
      defaultActionGroup: t.defaultActionGroup,
      recoveryActionGroup: t.recoveryActionGroup,
      alertsAsData: t.alertsAsData,
      contextVariables: t.contextVariables,
      producer: t.producer,
      consumers: t.consumers,
      versions: versions.get(t.id),
    };
    return `${literal(t.id)}: ${dataCode(info, 2 + literal(t.id).length + 2)}`;
  });
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('What Kibana\'s rule types answer (`GET /api/alerting/rule_types`) says of each type, by rule type id: action groups, the default and recovery group, whether the type writes alerts as data, its context variables, producer and authorized consumers (empty: not known). `className` names the typed class of the library, and `versions` the Kibana versions its catalog entry states, when it has one.')],
    declarations: [{ name: 'RULE_TYPES', type: 'Readonly<Record<string, RuleTypeInfo>>', initializer: `{\n${entries.map((e) => `${e},`).join('\n')}\n}` }],
  });
}

/** The params spec of each typed rule class, by rule type id, for tools that read rules (the importer). */
function emitSpecIndex(sf: SourceFile, typed: readonly TypedRuleModel[]): void {
  sf.addImportDeclaration({ isTypeOnly: true, namedImports: ['RuleParamsSpec'], moduleSpecifier: '../../rule-type-info' });
  const sorted = [...typed].sort((a, b) => (a.ruleTypeId < b.ruleTypeId ? -1 : a.ruleTypeId > b.ruleTypeId ? 1 : 0));
  for (const t of [...sorted].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    sf.addImportDeclaration({ namedImports: [t.specName], moduleSpecifier: `./${t.fileName}` });
  }
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('The params spec of each typed rule class, by rule type id: what the class checks its params against, for tools that read rules (the importer).')],
    declarations: [{
      name: 'RULE_PARAMS_SPECS',
      type: 'Readonly<Record<string, RuleParamsSpec>>',
      initializer: `{\n${sorted.map((t) => `${literal(t.ruleTypeId)}: ${t.specName},`).join('\n')}\n}`,
    }],
  });
}

function emitEnums(sf: SourceFile, enums: readonly EnumModel[]): void {
  for (const e of enums) {
    sf.addEnum({
      name: e.name,
      isExported: true,
      docs: [doc(e.description)],
      members: e.members.map((m) => ({ name: m.name, initializer: literal(m.value), docs: [doc(`Kibana value \`${m.value}\`.`)] })),
    });
  }
}

function emitSpec(sf: SourceFile, t: TypedRuleModel, checkedThrough: string): void {
  sf.addImportDeclaration({ isTypeOnly: true, namedImports: ['RuleParamsSpec'], moduleSpecifier: '../../rule-type-info' });
  const spec = {
    ruleTypeId: t.ruleTypeId,
    checkedThrough,
    params: t.params.map((f) => f.spec),
    rules: t.rules,
    ...(t.acceptsUnknownParams ? { acceptsUnknownParams: true } : {}),
  };
  const entries = Object.entries(spec).map(([k, v]) => `${k}: ${k === 'params' || k === 'rules' ? listCode(v as unknown[]) : dataCode(v, 2 + k.length + 2)}`);
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc(`What Kibana accepts in the params of a \`${t.ruleTypeId}\` rule, as the rule engine (src/engine/) reads it. Rule type versions: ${describeVersions(t.versions)}.`)],
    declarations: [{ name: t.specName, type: 'RuleParamsSpec', initializer: `{\n${entries.map((e) => `${e},`).join('\n')}\n}` }],
  });
}

/** A list of records, one per line. */
function listCode(items: unknown[]): string {
  if (!items.length) return '[]';
  return `[\n${items.map((i) => `${dataCode(i, 4)},`).join('\n')}\n]`;
}

function describeVersions(v: Versions | undefined): string {
  return describeKibanaRanges(v);
}

/**
 * What the catalog says of the Kibana versions that have a typed class's rule type, as the class doc
 * states it: the range with its evidence when settled, else that the first release is unsettled, why,
 * and the range only as the catalog's assumption.
 */
export function versionsDoc(t: TypedRuleModel): string {
  const range = describeVersions(t.versions);
  const unsettled = t.versionsEvidence.filter((e) => 'unsettled' in e).map((e) => String(e.unsettled));
  if (unsettled.length) return `first Kibana release unsettled (${unsettled.join('; ')}); the catalog assumes ${range}`;
  const evidence = t.versionsEvidence.map((e) => ('pr' in e
    ? `elastic/kibana#${String(e.pr)}${Array.isArray(e.labels) && e.labels.length ? ` ${(e.labels as string[]).join(' ')}` : ''}`
    : `${String(e.file)} at ${String(e.at)}`));
  return `${range} (evidence: ${evidence.join(', ')})`;
}

/** The TypeScript type of a field. */
function tsType(f: FieldModel, enums: ReadonlyMap<string, EnumModel>): string {
  switch (f.type) {
    case 'string': return 'string';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'enum': return f.openEnum || !enums.has(f.enumName!) ? 'string' : f.enumName!;
    case 'stringList': return 'string[]';
    case 'numberList': return 'number[]';
    case 'stringMap': return '{ [key: string]: string }';
    case 'json': return '{ [key: string]: any }';
    case 'jsonList': return '{ [key: string]: any }[]';
    case 'struct': return f.structName!;
    case 'structList': return `${f.structName!}[]`;
  }
}

/** The doc text of a field: its description, then what Kibana accepts. */
function fieldDoc(f: FieldModel, enums: ReadonlyMap<string, EnumModel>) {
  const facts: string[] = [];
  if (f.allowed && f.enumName) facts.push(`Accepted values: ${f.allowed.map((v) => `\`${v}\``).join(', ')}.`);
  if (f.min !== undefined && f.max !== undefined) facts.push(`From ${f.min} to ${f.max}.`);
  else if (f.min !== undefined) facts.push(`At least ${f.min}.`);
  else if (f.max !== undefined) facts.push(`At most ${f.max}.`);
  if (f.maxItems !== undefined) facts.push(`At most ${f.maxItems} items.`);
  if (f.maxLength !== undefined) facts.push(`At most ${f.maxLength} characters.`);
  if (f.versions) facts.push(`Kibana ${describeKibanaRanges(f.versions)}.`);
  const tags: Array<[string, string]> = [];
  if (f.default !== undefined) {
    const shown = f.enumName && enums.has(f.enumName) ? `${f.enumName}.${enums.get(f.enumName)!.members.find((m) => m.value === f.default)!.name}` : literal(f.default);
    tags.push(['default', `${shown} (Kibana's default${f.send ? ', written when unset so that Terraform sees no drift' : ''})`]);
  }
  return doc([f.description, ...facts].join(' '), tags);
}

function structProperties(fields: readonly FieldModel[], enums: ReadonlyMap<string, EnumModel>) {
  return fields.map((f) => ({
    kind: StructureKind.PropertySignature as const,
    name: f.key,
    isReadonly: true,
    hasQuestionToken: !f.required,
    type: tsType(f, enums),
    docs: [fieldDoc(f, enums)],
  }));
}

function emitClass(sf: SourceFile, t: TypedRuleModel, enums: ReadonlyMap<string, EnumModel>): void {
  const paramsName = `${t.className}Params`;
  const propsName = `${t.className}Props`;
  const fields = [...t.params, ...t.structs.flatMap((s) => s.fields)];
  const used = [...new Set(fields.filter((f) => !f.openEnum).map((f) => f.enumName).filter((n): n is string => !!n && enums.has(n)))].sort();
  sf.addImportDeclaration({ namedImports: ['Construct'], moduleSpecifier: 'constructs' });
  sf.addImportDeclaration({ namedImports: ['AlertingRule', 'AlertingRuleOptions'], moduleSpecifier: '../alerting-rule' });
  const nested = t.params.filter((f) => writesNestedDefaults(f.spec));
  if (nested.length) sf.addImportDeclaration({ namedImports: ['nestedDefaults'], moduleSpecifier: '../params-spec' });
  sf.addImportDeclaration({ namedImports: ['attachParamsSpec'], moduleSpecifier: '../typed-specs' });
  if (used.length) sf.addImportDeclaration({ namedImports: used, moduleSpecifier: './enums' });
  sf.addImportDeclaration({ namedImports: [t.specName], moduleSpecifier: `./specs/${t.fileName}` });

  for (const s of t.structs) emitStruct(sf, s, enums);
  sf.addInterface({
    name: paramsName,
    isExported: true,
    docs: [doc(`The params of a \`${t.ruleTypeId}\` rule, by Kibana's own keys. Kibana's defaults are written for keys left unset; at synth the params are checked as Kibana checks them when the rule is created.`)],
    properties: structProperties(t.params, enums),
  });
  const type = t.ruleType;
  sf.addInterface({
    name: propsName,
    isExported: true,
    extends: ['AlertingRuleOptions'],
    docs: [doc(`Props of ${t.className}.`)],
    properties: [
      {
        name: 'consumer',
        isReadonly: true,
        hasQuestionToken: true,
        type: 'string',
        docs: [doc(`The Kibana app that owns the rule${type.consumers.length ? ` (Kibana authorizes ${type.consumers.map((c) => `\`${c}\``).join(', ')}; another is refused at synth)` : ''}.`, [['default', literal(t.defaultConsumer)]])],
      },
      { name: 'params', isReadonly: true, type: paramsName, docs: [doc('The rule type\'s params.')] },
    ],
  });
  const groups = type.actionGroups.map((g) => `\`${g.id}\``).join(', ');
  const classDoc = [
    t.description,
    '',
    `Kibana rule type \`${t.ruleTypeId}\` ("${type.name}", producer \`${type.producer}\`, ${type.license} license). Action groups: ${groups}; the default is \`${type.defaultActionGroup}\`, the recovery group \`${type.recoveryActionGroup}\`. ${type.alertsAsData ? 'It writes its alerts as data.' : 'It does not write alerts as data: Kibana refuses alerts filters and skips summary actions.'}`,
    '',
    `Context variables: ${type.contextVariables.length ? type.contextVariables.map((v) => `\`context.${v}\``).join(', ') : 'none'}.`,
    ...(t.acceptsUnknownParams ? ['', 'Kibana accepts params keys this class does not define, so the check at synth lets them through.'] : []),
    '',
    `Versions: ${versionsDoc(t)}.`,
  ].join('\n');
  sf.addClass({
    name: t.className,
    isExported: true,
    extends: 'AlertingRule',
    docs: [doc(classDoc)],
    properties: t.constants.map((c) => ({
      name: c.name,
      scope: Scope.Public,
      isStatic: true,
      isReadonly: true,
      type: c.type,
      initializer: Array.isArray(c.value) ? arrayLiteral([...c.value], 4 + c.name.length + 40) : literal(c.value),
      docs: [doc(c.doc)],
    })),
    ctors: [{
      parameters: [{ name: 'scope', type: 'Construct' }, { name: 'id', type: 'string' }, { name: 'props', type: propsName }],
      statements: [
        'super(scope, id, {',
        '  ...props,',
        `  ruleTypeId: ${t.className}.RULE_TYPE_ID,`,
        `  consumer: props.consumer ?? ${t.className}.DEFAULT_CONSUMER,`,
        '  params: kibanaParams(props.params),',
        '});',
        `attachParamsSpec(this, ${t.specName});`,
      ],
    }],
  });
  const defaults = t.params.filter((f) => f.send);
  const unknownKeys = t.acceptsUnknownParams ? 'Keys the class does not define are kept (Kibana accepts them).' : 'Keys Kibana does not know are kept, so that the check at synth reports them.';
  sf.addFunction({
    name: 'kibanaParams',
    docs: [doc(`Kibana's params object: the keys as given, then Kibana's defaults for the keys left unset${nested.length ? ', in nested structs too' : ''} (written so that the provider sees no drift). ${unknownKeys}`)],
    parameters: [{ name: 'params', type: paramsName }],
    returnType: '{ [key: string]: any }',
    statements: [
      'const out: { [key: string]: any } = { ...params };',
      ...defaults.map((f) => `if (out.${f.key} === undefined) out.${f.key} = ${defaultCode(f, enums)};`),
      ...nested.map((f) => `if (out.${f.key} !== undefined) out.${f.key} = nestedDefaults(${t.specName}, ${literal(f.key)}, out.${f.key});`),
      'return out;',
    ],
  });
}

/** Whether a struct field's values get defaults the class writes (at any depth). */
function writesNestedDefaults(f: FieldSpec): boolean {
  return (f.fields ?? []).some((x) => x.send === true || writesNestedDefaults(x));
}

function defaultCode(f: FieldModel, enums: ReadonlyMap<string, EnumModel>): string {
  const e = f.enumName ? enums.get(f.enumName) : undefined;
  const member = e?.members.find((m) => m.value === f.default);
  return e && member && !f.openEnum ? `${e.name}.${member.name}` : literal(f.default);
}

function emitStruct(sf: SourceFile, s: StructModel, enums: ReadonlyMap<string, EnumModel>): void {
  sf.addInterface({ name: s.name, isExported: true, docs: [doc(s.description)], properties: structProperties(s.fields, enums) });
}
