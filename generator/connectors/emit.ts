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
import { arrayLiteral, doc, literal, objectCode, objectKey } from './code';
import { emitConnector } from './emit-connector';
import { ConnectorModel, EnumModel, FieldModel, GeneratorModel, StructModel } from './model';

export { literal } from './code';

export const GENERATED_MARKER = '// GENERATED FILE: do not edit by hand.';

export function header(source: string, groups: string[] = []): string {
  return [
    GENERATED_MARKER,
    '// Written by the connector generator (generator/connectors/) from its inputs:',
    `// ${source}.`,
    ...(groups.length ? [`// Shared field groups: ${groups.join(', ')} (catalog/groups/).`] : []),
    '// Regenerate with: npx projen generate',
    '',
  ].join('\n');
}

/** Emits every file, keyed by file name inside src/connectors/, in a stable order. */
export function emit(model: GeneratorModel): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { quoteKind: QuoteKind.Single, indentationText: IndentationText.TwoSpaces, useTrailingCommas: true },
  });
  const enums: ReadonlyMap<string, EnumModel> = new Map(model.enums.map((e) => [e.name, e]));
  const files = new Map<string, string>();
  const add = (name: string, source: string, build: (sf: SourceFile) => void, groups: string[] = []) => {
    const sf = project.createSourceFile(`/out/${name}`, '', { overwrite: true });
    build(sf);
    sf.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    let text = sf.getFullText();
    // A blank line after the imports (imports written as text get none).
    const importsEnd = sf.getImportDeclarations().pop()?.getEnd();
    if (importsEnd !== undefined && !text.startsWith('\n\n', importsEnd)) text = `${text.slice(0, importsEnd)}\n${text.slice(importsEnd)}`;
    // A blank line after every top-level block (the formatter leaves none between variable statements).
    text = text.replace(/^\n+/, '').replace(/^(\};?)\n(?=\S)/gm, '$1\n\n');
    files.set(name, header(source, groups) + text);
  };

  if (model.enums.length) add('enums.ts', 'catalog/', (sf) => emitEnums(sf, model.enums));
  for (const c of model.connectors) {
    const source = c.catalogFile ? `connector-types.json and catalog/${basename(c.catalogFile).replace(/[^\w.-]/g, '_')}` : 'connector-types.json (no catalog entry: untyped)';
    add(`${c.fileName}.ts`, source, (sf) => emitConnector(sf, c, enums), c.groups);
  }
  add('index.ts', 'connector-types.json and catalog/', (sf) => {
    const modules = [...(model.enums.length ? ['enums'] : []), ...model.connectors.map((c) => c.fileName)].sort();
    for (const m of modules) sf.addExportDeclaration({ moduleSpecifier: `./${m}` });
  });
  add('registry.ts', 'connector-types.json and catalog/', (sf) => emitRegistry(sf, model.connectors));
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

/** Exposed for tests: the struct models of a connector, by name. */
export function structsByName(c: ConnectorModel): Map<string, StructModel> {
  return new Map(c.structs.map((s) => [s.name, s]));
}

/** A Kibana key to property name object, keys bare when they are identifiers. */
function renameObject(value: Record<string, string>, indent: number): string {
  return objectCode(Object.entries(value).map(([k, v]) => `${objectKey(k)}: ${literal(v)}`), indent);
}
