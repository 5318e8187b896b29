/**
 * Emit step: turns the model into TypeScript source text. ts-morph builds the declarations
 * (imports, interfaces, classes, functions, constants) from structures and formats every file;
 * code text is written by hand only for statement bodies and initializers. This module writes the
 * files (enums, index, registry) and hands each construct file to emit-connector.ts. Output
 * depends only on the model (no dates, no paths of this machine), so re-runs are byte-identical.
 */
import { basename } from 'path';
import {
  IndentationText,
  Project,
  QuoteKind,
  SourceFile,
  VariableDeclarationKind,
} from 'ts-morph';
import { arrayLiteral, doc, literal, objectCode, objectKey, wrapList, wrapText } from './code';
import { emitConnector } from './emit-connector';
import { ConditionModel, ConnectorModel, EnumModel, FieldModel, GeneratorModel, RuleModel, StructModel } from './model';

export { literal } from './code';

export const GENERATED_MARKER = '// GENERATED FILE: do not edit by hand.';

export function header(source: string, groups: string[] = [], sources: string[] = []): string {
  return [
    GENERATED_MARKER,
    '// Written by the connector generator (generator/connectors/) from its inputs:',
    `// ${source}.`,
    ...(groups.length ? [`// Shared field groups: ${groups.join(', ')} (catalog/groups/).`] : []),
    ...(sources.length ? ['// The catalog entry was checked against:', ...sources.flatMap(sourceLines)] : []),
    '// Regenerate with: npx projen generate',
    '',
  ].join('\n');
}

/** One source of a catalog entry as comment lines of at most 120 columns (printable ASCII only). */
function sourceLines(source: string): string[] {
  return wrapText(source.replace(/[^\x20-\x7e]/g, '?'), 110).split('\n').map((line, i) => `//   ${i ? '  ' : ''}${line}`);
}

/** Emits every file, keyed by file name inside src/connectors/, in a stable order. */
export function emit(model: GeneratorModel): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { quoteKind: QuoteKind.Single, indentationText: IndentationText.TwoSpaces, useTrailingCommas: true },
  });
  const enums: ReadonlyMap<string, EnumModel> = new Map(model.enums.map((e) => [e.name, e]));
  const files = new Map<string, string>();
  const add = (name: string, source: string, build: (sf: SourceFile) => void, groups: string[] = [], sources: string[] = []) => {
    const sf = project.createSourceFile(`/out/${name}`, '', { overwrite: true });
    build(sf);
    sf.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    let text = sf.getFullText();
    // A blank line after the imports (imports written as text get none).
    const importsEnd = sf.getImportDeclarations().pop()?.getEnd();
    if (importsEnd !== undefined && !text.startsWith('\n\n', importsEnd)) text = `${text.slice(0, importsEnd)}\n${text.slice(importsEnd)}`;
    // A blank line after every top-level block (the formatter leaves none between variable statements).
    text = text.replace(/^\n+/, '').replace(/^(\};?)\n(?=\S)/gm, '$1\n\n');
    files.set(name, header(source, groups, sources) + text);
  };

  if (model.enums.length) add('enums.ts', 'catalog/', (sf) => emitEnums(sf, model.enums));
  for (const c of model.connectors) {
    const source = c.catalogFile ? `connector-types.json and catalog/${basename(c.catalogFile).replace(/[^\w.-]/g, '_')}` : 'connector-types.json (no catalog entry: untyped)';
    add(`${c.fileName}.ts`, source, (sf) => emitConnector(sf, c, enums), c.groups, c.sources);
  }
  add('index.ts', 'connector-types.json and catalog/', (sf) => {
    const modules = [...(model.enums.length ? ['enums'] : []), ...model.connectors.map((c) => c.fileName)].sort();
    for (const m of modules) sf.addExportDeclaration({ moduleSpecifier: `./${m}` });
  });
  add('registry.ts', 'connector-types.json and catalog/', (sf) => {
    emitRegistry(sf, model.connectors);
    emitRuleData(sf, model.connectors);
    emitSystemTypes(sf, model.systemTypeIds);
  });
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function emitEnums(sf: SourceFile, enums: EnumModel[]): void {
  for (const e of enums) {
    sf.addEnum({
      name: e.name,
      isExported: true,
      docs: [doc(e.description)],
      members: e.members.map((m) => ({ name: m.name, initializer: literal(m.value), docs: [doc(`Kibana value \`${m.value}\`.`)] })),
    });
  }
}

/** The system action type ids: known to Kibana, never created as connectors. */
function emitSystemTypes(sf: SourceFile, typeIds: string[]): void {
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('Kibana\'s system action types (`is_system_action_type`): Kibana runs them without a connector and refuses to create one, so they have no construct.')],
    declarations: [{ name: 'SYSTEM_ACTION_TYPES', type: 'readonly string[]', initializer: arrayLiteral(typeIds, 'export const SYSTEM_ACTION_TYPES: readonly string[] = '.length) }],
  });
}

/** The `configEnums` line of a registry entry: enum-typed config keys to their enum's name. */
function configEnums(c: ConnectorModel): string[] {
  const fields = c.config.filter((f) => f.type === 'enum' && f.enumName);
  if (!fields.length) return [];
  // Properties of the entries are 4 columns in.
  return [`configEnums: ${renameObject(Object.fromEntries(fields.map((f) => [f.key, f.enumName!])), 4 + 'configEnums: '.length)},`];
}

function emitRegistry(sf: SourceFile, connectors: ConnectorModel[]): void {
  sf.addImportDeclaration({ moduleSpecifier: '../connector-type-info', namedImports: ['ConnectorTypeInfo'] });
  // Properties of the entries are 4 columns in.
  const keys = (name: string, fields: FieldModel[]) => `${name}: ${arrayLiteral(fields.map((f) => f.key), 4 + name.length + 2)},`;
  const entries = connectors.map((c) => [
    `${literal(c.typeId)}: {`,
    `typeId: ${literal(c.typeId)},`,
    `constructName: ${literal(c.constructName)},`,
    keys('configFields', c.config),
    keys('secretFields', c.secrets),
    keys('requiredSecretFields', c.secrets.filter((f) => f.required)),
    ...configEnums(c),
    `typed: ${c.typed},`,
    '},',
  ].join('\n'));
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('Generated constructs by Kibana type id (typed: false for types without a catalog entry, whose config and secrets are free-form). Field lists hold Kibana\'s JSON keys.')],
    declarations: [{ name: 'CONNECTOR_TYPES', type: 'Readonly<Record<string, ConnectorTypeInfo>>', initializer: `{\n${entries.join('\n')}\n}` }],
  });
  const renames = connectors
    .map((c) => {
      const section = (fields: FieldModel[]) => Object.fromEntries(fields.filter((f) => f.property !== f.key).map((f) => [f.key, f.property]));
      return [c.typeId, { config: section(c.config), secrets: section(c.secrets) }] as const;
    })
    .filter(([, r]) => Object.keys(r.config).length || Object.keys(r.secrets).length);
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('Kibana keys whose struct property has another name (jsii forbids some names), by type id: Kibana key to property name. Types without such keys are left out.')],
    declarations: [{
      name: 'PROPERTY_RENAMES',
      type: 'Readonly<Record<string, {\nreadonly config: Readonly<Record<string, string>>;\nreadonly secrets: Readonly<Record<string, string>>;\n}>>',
      initializer: renames.length ? `{\n${renames.map(([typeId, r]) => [
        `${literal(typeId)}: {`,
        `config: ${renameObject(r.config, 4 + 'config: '.length)},`,
        `secrets: ${renameObject(r.secrets, 4 + 'secrets: '.length)},`,
        '},',
      ].join('\n')).join('\n')}\n}` : '{}',
    }],
  });
}

/** The types of the rule data in registry.ts (CONNECTOR_RULES). */
const RULE_DATA_TYPES = `
/** A condition on a config field (struct property name), compared with its default applied. */
export interface ConfigCondition {
  readonly property: string;
  readonly op: 'equals' | 'in' | 'not';
  readonly values: readonly unknown[];
}

/** One of Kibana's defaults of a config field: it holds for its versions when every condition holds. */
export interface ConfigDefault {
  readonly value: unknown;
  readonly since?: string;
  readonly until?: string;
  readonly when: readonly ConfigCondition[];
}

/** A rule that makes secrets required when config conditions hold (for the Kibana versions it names). */
export interface SecretRequirement {
  readonly since?: string;
  readonly until?: string;
  readonly when: readonly ConfigCondition[];
  /** Secrets struct properties that are all required. */
  readonly require: readonly string[];
  /** Secrets struct properties of which one is required. */
  readonly requireAnyOf: readonly string[];
}

/** A type's conditionally required secrets and the config defaults their conditions read. */
export interface ConnectorRules {
  readonly configDefaults: Readonly<Record<string, readonly ConfigDefault[]>>;
  readonly secretRequirements: readonly SecretRequirement[];
}
`;

/** The rules of a type that require secrets on config conditions only, as data. */
function secretRequirements(c: ConnectorModel): Array<Extract<RuleModel, { kind: 'when' }>> {
  return c.rules.filter((r): r is Extract<RuleModel, { kind: 'when' }> => r.kind === 'when'
    && r.conditions.every((x) => x.section === 'config')
    && [...r.require, ...r.requireAnyOf].some((p) => p.startsWith('secrets.')));
}

/** CONNECTOR_RULES: per typed type, its conditional secret rules and the config defaults they read. */
function emitRuleData(sf: SourceFile, connectors: ConnectorModel[]): void {
  sf.addStatements(RULE_DATA_TYPES.trim());
  const condition = (x: ConditionModel, at: number) => objectCode([
    `property: ${literal(x.property)}`, `op: ${literal(x.op)}`, `values: ${arrayLiteral(x.values, at + 10)}`,
  ], at);
  const conditions = (list: ConditionModel[], at: number) => wrapList('[', list.map((x) => condition(x, at + 2)), ']', at);
  const range = (r: { since?: string; until?: string }) => [
    ...(r.since ? [`since: ${literal(r.since)}`] : []), ...(r.until ? [`until: ${literal(r.until)}`] : []),
  ];
  const secretsOnly = (paths: string[], at: number) => arrayLiteral(paths.filter((p) => p.startsWith('secrets.')).map((p) => p.slice('secrets.'.length)), at);
  const entries: string[] = [];
  for (const c of connectors) {
    const rules = secretRequirements(c);
    if (!rules.length) continue;
    // The config fields the conditions read (and those their defaults' conditions read), with their defaults.
    const read = new Set<string>();
    const visit = (list: ConditionModel[]) => list.forEach((x) => {
      if (read.has(x.property)) return;
      read.add(x.property);
      const f = c.config.find((y) => y.property === x.property);
      (f?.defaults ?? []).forEach((d) => visit(d.conditions));
    });
    rules.forEach((r) => visit(r.conditions));
    const defaults = c.config.filter((f) => read.has(f.property) && (f.default !== undefined || f.defaults)).map((f) => {
      const list = f.defaults ?? [{ value: f.default, since: f.since, until: f.until, conditions: [] }];
      const items = list.map((d) => objectCode([`value: ${literal(d.value)}`, ...range(d), `when: ${conditions(d.conditions, 14)}`], 8));
      return `${objectKey(f.property)}: ${wrapList('[', items, ']', 6 + f.property.length)},`;
    });
    const requirements = rules.map((r) => objectCode([
      ...range(r),
      `when: ${conditions(r.conditions, 12)}`,
      `require: ${secretsOnly(r.require, 15)}`,
      `requireAnyOf: ${secretsOnly(r.requireAnyOf, 20)}`,
    ], 6));
    entries.push([
      `${literal(c.typeId)}: {`,
      `configDefaults: ${objectCode(defaults.map((d) => d.replace(/,$/, '')), 20)},`,
      `secretRequirements: ${wrapList('[', requirements, ']', 24)},`,
      '},',
    ].join('\n'));
  }
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('The rules that make secrets required on config values, by type id, as data for the importer (which never reads validation messages). Generated from the same catalog rules as the constructs\' checks; types without such rules are left out.')],
    declarations: [{ name: 'CONNECTOR_RULES', type: 'Readonly<Record<string, ConnectorRules>>', initializer: `{\n${entries.join('\n')}\n}` }],
  });
}

/** Exposed for tests: the struct models of a connector, by name. */
export function structsByName(c: ConnectorModel): Map<string, StructModel> {
  return new Map(c.structs.map((s) => [s.name, s]));
}

/** A Kibana key to property name object, keys bare when they are identifiers. */
/** An object literal of string values, wrapped one property per line when it would pass 120 columns. */
function renameObject(value: Record<string, string>, indent: number): string {
  return objectCode(Object.entries(value).map(([k, v]) => `${objectKey(k)}: ${literal(v)}`), indent);
}
