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
import { emitConnector, groupInterfaceName, groupSpecName, properties, servesRules, specName, versionsText } from './emit-connector';
import { fieldsCode, overrideCode, rulesCode, structFieldsName, versionsCode } from './emit-spec';
import { ConnectorModel, EnumModel, FieldModel, GeneratorModel, GroupModel, StructModel } from './model';

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
    text = text.replace(/^\n+/, '').replace(/^([}\]];?)\n(?=\S)/gm, '$1\n\n');
    // An interface extending many groups: its extends clause on a line of its own.
    text = text.replace(/^export interface (\w+) extends (.+) \{$/gm, (line, iface: string, list: string) =>
      (line.length <= 120 ? line : `export interface ${iface}\n  extends ${list} {`));
    files.set(name, header(source, groups, sources) + text);
  };

  if (model.enums.length) add('enums.ts', 'catalog/', (sf) => emitEnums(sf, model.enums));
  for (const c of model.connectors) {
    const source = c.catalogFile ? `connector-types.json and catalog/${basename(c.catalogFile).replace(/[^\w.-]/g, '_')}` : 'connector-types.json (no catalog entry: untyped)';
    add(`${c.fileName}.ts`, source, (sf) => emitConnector(sf, c, enums), c.groups, c.sources);
  }
  for (const g of model.groups) {
    add(`groups/${g.name}.ts`, `catalog/groups/${g.name}.json`, (sf) => emitGroup(sf, g, enums));
    // The group's rule data beside the types' (specs/ is not exported from the package root).
    add(`specs/groups/${g.name}.ts`, `catalog/groups/${g.name}.json`, (sf) => emitGroupSpec(sf, g));
  }
  const typed = model.connectors.filter((c) => c.typed);
  for (const c of typed) {
    add(`specs/${c.fileName}.ts`, `catalog/${basename(c.catalogFile!).replace(/[^\w.-]/g, '_')}`, (sf) => emitSpec(sf, c));
  }
  add('specs/catalog.ts', 'catalog/catalog.json', (sf) => emitCatalog(sf, model));
  add('index.ts', 'connector-types.json and catalog/', (sf) => {
    const modules = [
      ...(model.enums.length ? ['enums'] : []),
      ...model.groups.map((g) => `groups/${g.name}`),
      ...model.connectors.map((c) => c.fileName),
    ].sort();
    for (const m of modules) sf.addExportDeclaration({ moduleSpecifier: `./${m}` });
  });
  add('registry.ts', 'connector-types.json and catalog/', (sf) => {
    emitRegistry(sf, model.connectors);
    emitSpecRegistry(sf, typed);
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
    ...(servesRules(c) ? ['ruleActions: true,'] : []),
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

/** A group's file: the interfaces a type's config and secrets extend, and the group's rule data. */
/** A group's interfaces (public: the connectors' props extend them). */
function emitGroup(sf: SourceFile, g: GroupModel, enums: ReadonlyMap<string, EnumModel>): void {
  const usedEnums = [...new Set([...g.config, ...g.secrets].map((f) => f.enumName).filter((n): n is string => !!n))].sort();
  if (usedEnums.length) sf.addImportDeclaration({ moduleSpecifier: '../enums', namedImports: usedEnums });
  for (const section of ['config', 'secrets'] as const) {
    if (!g[section].length) continue;
    sf.addInterface({
      name: groupInterfaceName(g.name, section),
      isExported: true,
      docs: [doc(`${section === 'config' ? 'Configuration' : 'Secrets'} fields of the \`${g.name}\` group, shared by the connector types that include it: ${g.description}`)],
      properties: properties({ enums }, g[section]),
    });
  }
}

/** A group's rule data, as the types' specs include it (internal: not exported from the package root). */
function emitGroupSpec(sf: SourceFile, g: GroupModel): void {
  sf.addImportDeclaration({ moduleSpecifier: '../../../engine/spec', namedImports: ['GroupSpec'] });
  const entries = [`name: ${literal(g.name)}`, `config: ${fieldsCode(g.config, 2)}`, `secrets: ${fieldsCode(g.secrets, 2)}`, `rules: ${rulesCode(g.rules, 2)}`];
  const initializer = `{\n${entries.map((e) => `  ${e},`).join('\n')}\n}`;
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc(`The \`${g.name}\` group's fields and rules, as the rule engine (src/engine/) reads them.`)],
    declarations: [{ name: groupSpecName(g.name), type: 'GroupSpec', initializer }],
  });
}

/** A type's file of rule data: its fields, the groups it includes (with its changes to them) and its rules. */
function emitSpec(sf: SourceFile, c: ConnectorModel): void {
  sf.addImportDeclaration({ moduleSpecifier: '../../engine/spec', namedImports: ['ConnectorSpec', ...(c.structs.length ? ['FieldSpec'] : [])] });
  sf.addImportDeclaration({ moduleSpecifier: './catalog', namedImports: ['CATALOG'] });
  for (const g of c.groups) sf.addImportDeclaration({ moduleSpecifier: `./groups/${g}`, namedImports: [groupSpecName(g)] });
  // Each struct's fields once, as a constant the fields of that struct type refer to.
  for (const st of dependencyOrder(c.structs)) {
    sf.addVariableStatement({
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(`The fields of ${st.name}.`)],
      declarations: [{ name: structFieldsName(st.name), type: 'readonly FieldSpec[]', initializer: fieldsCode(st.fields, 0, structFieldsName) }],
    });
  }
  const structFields = structFieldsName;
  const own = (fields: FieldModel[]) => fieldsCode(fields.filter((f) => !f.group), 2, structFields);
  const uses = c.groups.map((g) => {
    const overrides = Object.entries(c.overrides).filter(([p]) => {
      const [section, key] = p.split('.');
      return c[section as 'config' | 'secrets'].find((f) => f.key === key)?.group === g;
    }).map(([p, keys]) => {
      const [section, key] = p.split('.');
      const f = c[section as 'config' | 'secrets'].find((x) => x.key === key)!;
      return `${literal(p)}: ${overrideCode(f, keys, 8)}`;
    }).filter((o) => !o.endsWith(': {}'));
    return objectCode([`group: ${groupSpecName(g)}`, ...(overrides.length ? [`overrides: ${objectCode(overrides, 6)}`] : [])], 4);
  });
  const entries = [
    `typeId: ${literal(c.typeId)}`,
    "subject: 'connector'",
    'catalog: CATALOG',
    `versions: ${versionsCode(c.versions, 12)}`,
    `strict: ${c.strictSchema}`,
    `config: ${own(c.config)}`,
    `secrets: ${own(c.secrets)}`,
    ...(c.params.length ? [`params: ${fieldsCode(c.params, 2, structFields)}`] : []),
    ...(uses.length ? [`groups: ${wrapList('[', uses, ']', 2)}`] : []),
    `rules: ${rulesCode(c.rules.filter((r) => !r.group), 2)}`,
  ];
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc(`What Kibana accepts in a \`${c.typeId}\` connector, per version, as the rule engine (src/engine/) reads it. Versions: ${versionsText(c.versions)}.`)],
    declarations: [{ name: specName(c), type: 'ConnectorSpec', initializer: `{\n${entries.map((e) => `  ${e},`).join('\n')}\n}` }],
  });
}

/** Structs ordered so that each comes after the structs its fields use (a constant is defined before it is read). */
function dependencyOrder(structs: StructModel[]): StructModel[] {
  const byName = new Map(structs.map((st) => [st.name, st]));
  const out: StructModel[] = [];
  const visit = (st: StructModel) => {
    if (out.includes(st)) return;
    for (const f of st.fields) if (f.structName && byName.has(f.structName) && f.structName !== st.name) visit(byName.get(f.structName)!);
    out.push(st);
  };
  structs.forEach(visit);
  return out;
}

/** The catalog as a whole: the release it was checked through. */
function emitCatalog(sf: SourceFile, model: GeneratorModel): void {
  sf.addImportDeclaration({ moduleSpecifier: '../../engine/spec', namedImports: ['CatalogSpec'] });
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('The newest Kibana release the catalog was checked against. A target Kibana newer than this one accepts what the catalog saw on Kibana\'s main branch.')],
    declarations: [{ name: 'CATALOG', type: 'CatalogSpec', initializer: `{ checkedThrough: ${literal(model.release.checkedThrough)} }` }],
  });
}

/** CONNECTOR_SPECS: every typed type's rule data, by type id (for the importer and the generic KibanaConnector). */
function emitSpecRegistry(sf: SourceFile, typed: ConnectorModel[]): void {
  sf.addImportDeclaration({ moduleSpecifier: '../engine/spec', namedImports: ['ConnectorSpec'] });
  for (const c of typed) sf.addImportDeclaration({ moduleSpecifier: `./specs/${c.fileName}`, namedImports: [specName(c)] });
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc('What Kibana accepts per typed connector type, by type id: the rule data the constructs, the importer and the generic KibanaConnector evaluate.')],
    declarations: [{
      name: 'CONNECTOR_SPECS',
      type: 'Readonly<Record<string, ConnectorSpec>>',
      initializer: `{\n${typed.map((c) => `  ${literal(c.typeId)}: ${specName(c)},`).join('\n')}\n}`,
    }],
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
