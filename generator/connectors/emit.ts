/**
 * Emit step: turns the model into TypeScript source text with ts-morph. Output depends only on
 * the model (no dates, no paths of this machine), so re-runs are byte-identical.
 */
import { basename } from 'path';
import {
  IndentationText,
  JSDocStructure,
  OptionalKind,
  Project,
  PropertySignatureStructure,
  QuoteKind,
  Scope,
  SourceFile,
  StructureKind,
  VariableDeclarationKind,
} from 'ts-morph';
import { ConditionModel, ConnectorModel, EnumModel, FieldModel, GeneratorModel, RuleModel, StructModel } from './model';
import { docText } from './sanitize';

export const GENERATED_MARKER = '// GENERATED FILE: do not edit by hand.';

export function header(source: string, groups: string[] = []): string {
  return [
    GENERATED_MARKER,
    `// Written by the connector generator (generator/connectors/) from its inputs: ${source}.`,
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
  ENUMS = new Map(model.enums.map((e) => [e.name, e]));
  const enumOwner = new Set(ENUMS.keys());
  const files = new Map<string, string>();
  const add = (name: string, source: string, build: (sf: SourceFile) => void, groups: string[] = []) => {
    const sf = project.createSourceFile(`/out/${name}`, '', { overwrite: true });
    build(sf);
    sf.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    // A blank line after every top-level block (the formatter leaves none between variable statements).
    const text = sf.getFullText().replace(/^\n+/, '').replace(/^(\};?)\n(?=\S)/gm, '$1\n\n');
    files.set(name, header(source, groups) + text);
  };

  if (model.enums.length) add('enums.ts', 'catalog/', (sf) => emitEnums(sf, model.enums));
  for (const c of model.connectors) {
    const source = c.catalogFile ? `connector-types.json and catalog/${basename(c.catalogFile).replace(/[^\w.-]/g, '_')}` : 'connector-types.json (no catalog entry: untyped)';
    add(`${c.fileName}.ts`, source, (sf) => emitConnector(sf, c, enumOwner), c.groups);
  }
  add('index.ts', 'connector-types.json and catalog/', (sf) => {
    const modules = [...(model.enums.length ? ['enums'] : []), ...model.connectors.map((c) => c.fileName)].sort();
    for (const m of modules) sf.addExportDeclaration({ moduleSpecifier: `./${m}` });
  });
  add('registry.ts', 'connector-types.json and catalog/', (sf) => emitRegistry(sf, model.connectors));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------------
// Literals and docs

/** A TypeScript literal for a JSON value, strings in single quotes. */
export function literal(value: unknown): string {
  if (typeof value === 'string') {
    return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  }
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? `{ ${entries.map(([k, v]) => `${literal(k)}: ${literal(v)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** A one-line object literal of strings, keys bare when they are identifiers. */
function objectLiteral(value: Record<string, string>): string {
  const entries = Object.entries(value).map(([k, v]) => `${objectKey(k)}: ${literal(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** An object literal key: bare when it is an identifier, else quoted. */
function objectKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : literal(key);
}

function doc(description: string, tags: Array<[string, string]> = []): OptionalKind<JSDocStructure> {
  return {
    description: docText(description),
    tags: tags.map(([tagName, text]) => ({ tagName, text: text === '' ? undefined : docText(text) })),
  };
}

/** The enums of the model being emitted (set by emit()). */
let ENUMS = new Map<string, EnumModel>();

/** The default as code: an enum member for enum fields, else a literal. */
function defaultCode(f: FieldModel): string {
  const e = f.enumName ? ENUMS.get(f.enumName) : undefined;
  const m = e?.members.find((x) => x.value === f.default);
  return m ? `${e!.name}.${m.name}` : literal(f.default);
}

function tsType(f: FieldModel): string {
  switch (f.type) {
    case 'string': return 'string';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'enum': return f.enumName!;
    case 'stringList': return 'string[]';
    case 'stringMap': return '{ [key: string]: string }';
    case 'json': return '{ [key: string]: any }';
    case 'jsonList': return '{ [key: string]: any }[]';
    case 'struct': return f.structName!;
    case 'structList': return `${f.structName!}[]`;
  }
}

function fieldDoc(f: FieldModel): OptionalKind<JSDocStructure> {
  const lines = [f.description];
  if (f.property !== f.key) {
    lines.push(`Written to Kibana's \`${f.key}\` field (renamed: \`${f.key}\` is not a valid jsii property name).`);
  }
  if (f.enumName && f.openEnum) lines.push(`Kibana also accepts values outside \`${f.enumName}\`; they are not checked here.`);
  if (f.allowedValues && f.enumName && f.allowedValues.length < (ENUMS.get(f.enumName)?.members.length ?? 0)) {
    lines.push(`Accepted values: ${f.allowedValues.map((v) => `\`${v}\``).join(', ')}.`);
  }
  if (f.url) lines.push('Must be an absolute http(s) URL.');
  if (f.min !== undefined || f.max !== undefined) {
    const range = f.min !== undefined && f.max !== undefined ? `From ${f.min} to ${f.max}` : f.min !== undefined ? `At least ${f.min}` : `At most ${f.max}`;
    lines.push(`${range}${f.integer ? ', a whole number' : ''}.`);
  }
  if (f.since) lines.push(`Needs Kibana ${f.since} or later.`);
  const tags: Array<[string, string]> = [];
  if (!f.required) {
    if (f.default !== undefined && f.sendDefault) {
      lines.push("When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.");
      tags.push(['default', defaultCode(f)]);
    } else if (f.default !== undefined) {
      tags.push(['default', `- Kibana uses ${literal(f.default)}`]);
    } else {
      tags.push(['default', '- none']);
    }
  }
  return doc(lines.join('\n\n'), tags);
}

function properties(fields: FieldModel[]): OptionalKind<PropertySignatureStructure>[] {
  return fields.map((f) => ({
    name: f.property,
    type: tsType(f),
    isReadonly: true,
    hasQuestionToken: !f.required,
    docs: [fieldDoc(f)],
  }));
}

function typeSummary(c: ConnectorModel): string {
  const parts = [
    `Kibana connector type \`${c.typeId}\` ("${c.displayName}")`,
    `license: ${c.license} or higher`,
    `supported features: ${c.features.length ? c.features.join(', ') : 'none listed'}`,
    `first Kibana version: ${c.firstKibanaVersion ?? 'unknown (no catalog entry)'}`,
  ];
  return `${parts.join('; ')}.${c.deprecated ? ' Kibana marks this type as deprecated.' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Files

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

const SECTION_VAR = { config: 'c', secrets: 's' } as const;

function emitConnector(sf: SourceFile, c: ConnectorModel, enumNames: Set<string>): void {
  const name = c.constructName;
  const base = name.replace(/Connector$/, '');
  const configType = `${name}Config`;
  const secretsType = `${name}Secrets`;
  const paramsType = `${base}Params`;
  const hasConfig = c.config.length > 0;
  const hasSecrets = c.secrets.length > 0;
  const configRequired = c.config.some((f) => f.required);
  const secretsRequired = c.secrets.some((f) => f.required);
  const everyField = [...c.config, ...c.secrets, ...c.params, ...c.structs.flatMap((s) => s.fields)];
  const usedEnums = [...new Set(everyField.map((f) => f.enumName).filter((n): n is string => !!n))].sort();
  const helpers = new Set<string>();
  const validates = hasConfig || hasSecrets;

  sf.addImportDeclaration({ moduleSpecifier: 'constructs', namedImports: ['Construct'] });
  if (c.typed && validates) sf.addImportDeclaration({ moduleSpecifier: 'cdktf', namedImports: ['Token'] });
  sf.addImportDeclaration({ moduleSpecifier: '../connector', namedImports: ['KibanaConnector', 'KibanaConnectorOptions'] });
  const validationImport = (c.typed && validates) || c.params.length ? sf.addImportDeclaration({ moduleSpecifier: '../validation', namedImports: [] }) : undefined;
  if (usedEnums.length) {
    for (const e of usedEnums) if (!enumNames.has(e)) throw new Error(`enum ${e} missing from the model`);
    sf.addImportDeclaration({ moduleSpecifier: './enums', namedImports: usedEnums });
  }

  const what = `the ${name} (\`${c.typeId}\`)`;
  for (const s of c.structs) {
    sf.addInterface({ name: s.name, isExported: true, docs: [doc(`${s.description}\n\nUsed by ${what}.`)], properties: properties(s.fields) });
  }
  if (hasConfig) {
    sf.addInterface({ name: configType, isExported: true, docs: [doc(`Configuration of ${what}: Kibana's \`config\` object.`)], properties: properties(c.config) });
  }
  if (hasSecrets) {
    sf.addInterface({ name: secretsType, isExported: true, docs: [doc(`Secrets of ${what}: Kibana's \`secrets\` object. Pass sensitive Terraform variables rather than literal values, which would be written to the synthesized configuration in clear text.`)], properties: properties(c.secrets) });
  }
  if (c.params.length) {
    sf.addInterface({ name: paramsType, isExported: true, docs: [doc(`Parameters of an action run by ${what}: the \`params\` object of a rule action or of \`POST /api/actions/connector/{id}/_execute\`. Mustache variables such as \`{{context.message}}\` are allowed in strings.`)], properties: properties(c.params) });
  }

  const propsProperties: OptionalKind<PropertySignatureStructure>[] = [];
  if (!c.typed) {
    propsProperties.push(
      { name: 'config', type: '{ [key: string]: any }', isReadonly: true, hasQuestionToken: true, docs: [doc("Connector configuration: a JSON object whose keys are Kibana's field names.", [['default', '{}']])] },
      { name: 'secrets', type: '{ [key: string]: any }', isReadonly: true, hasQuestionToken: true, docs: [doc("Connector secrets: a JSON object whose keys are Kibana's field names. Pass sensitive Terraform variables rather than literal values.", [['default', '{}']])] },
    );
  } else {
    if (hasConfig) propsProperties.push({ name: 'config', type: configType, isReadonly: true, hasQuestionToken: !configRequired, docs: [doc('Connector configuration.', configRequired ? [] : [['default', '- the defaults of each field']])] });
    if (hasSecrets) propsProperties.push({ name: 'secrets', type: secretsType, isReadonly: true, hasQuestionToken: !secretsRequired, docs: [doc('Connector secrets.', secretsRequired ? [] : [['default', '- no secrets (`{}`)']])] });
  }
  sf.addInterface({ name: `${name}Props`, isExported: true, extends: ['KibanaConnectorOptions'], docs: [doc(`Properties of ${what}.`)], properties: propsProperties });

  // The class.
  const constructorArgs = c.typed
    ? `{ ...props, connectorTypeId: ${literal(c.typeId)}${hasConfig ? ', config: buildConfig(props.config)' : ', config: {}'}${hasSecrets ? ', secrets: buildSecrets(props.secrets)' : ', secrets: {}'} }`
    : `{ ...props, connectorTypeId: ${literal(c.typeId)} }`;
  const statics = [
    { name: 'CONNECTOR_TYPE_ID', type: 'string', value: literal(c.typeId), text: 'Kibana connector type id.' },
    { name: 'MINIMUM_LICENSE', type: 'string', value: literal(c.license), text: 'Lowest Elastic license that can use this connector type.' },
    { name: 'SUPPORTED_FEATURES', type: 'string[]', value: literal(c.features), text: 'Kibana features that can use this connector type (`supported_feature_ids`).' },
    { name: 'FIRST_KIBANA_VERSION', type: 'string', value: literal(c.firstKibanaVersion ?? 'unknown'), text: 'First Kibana version with this connector type (`unknown` for types without a catalog entry).' },
  ];
  const classDoc = [
    c.description,
    typeSummary(c),
    ...(c.typed ? [`Fields are checked at synth (required fields, accepted values, URLs${c.rules.length ? ', and the rules between fields' : ''}); values that are tokens are checked by Kibana when Terraform applies.`] : []),
  ].join('\n\n');
  sf.addClass({
    name,
    isExported: true,
    extends: 'KibanaConnector',
    docs: [doc(classDoc)],
    properties: statics.map((s) => ({
      name: s.name, type: s.type, isStatic: true, isReadonly: true, scope: Scope.Public, initializer: s.value, docs: [doc(s.text)],
    })),
    ctors: [{
      docs: [doc(`Creates ${what}.`, [
        ['param', 'scope The construct this connector belongs to.'],
        ['param', 'id Construct id. For a connector directly in a stack it is also the Terraform resource name.'],
        ['param', 'props Name, space, config, secrets and the other options of the connector.'],
      ])],
      parameters: [{ name: 'scope', type: 'Construct' }, { name: 'id', type: 'string' }, { name: 'props', type: `${name}Props` }],
      statements: [
        `super(scope, id, ${constructorArgs});`,
        ...(c.typed && validates ? ['this.node.addValidation({ validate: () => validate(props) });'] : []),
      ],
    }],
    methods: c.params.length ? [{
      name: 'params',
      isStatic: true,
      scope: Scope.Public,
      parameters: [{ name: 'params', type: paramsType }],
      returnType: '{ [key: string]: any }',
      docs: [doc('The `params` JSON object of an action run by this connector, for a rule action (for example in an `elasticstack_kibana_alerting_rule`). Unset fields are left out.')],
      statements: [`return compact({ ${c.params.map((f) => `${objectKey(f.key)}: params.${f.property}`).join(', ')} });`],
    }] : [],
  });
  if (c.params.length) helpers.add('compact');

  if (!c.typed || !validates) {
    if (validationImport) validationImport.addNamedImports([...helpers].sort());
    return;
  }

  // Building config and secrets.
  for (const [section, fields, typeName] of [['config', c.config, configType], ['secrets', c.secrets, secretsType]] as const) {
    if (!fields.length) continue;
    helpers.add('compact');
    const fn = section === 'config' ? 'buildConfig' : 'buildSecrets';
    const entries = fields.map((f) => `${objectKey(f.key)}: v.${f.property}${f.sendDefault ? ` ?? ${defaultCode(f)}` : ''}`);
    sf.addFunction({
      name: fn,
      docs: [doc(`Kibana's \`${section}\` object${fields.some((f) => f.sendDefault) ? ', with the defaults Kibana would otherwise fill in' : ''}.`)],
      parameters: [{ name: 'v', type: `${typeName} | undefined` }],
      returnType: '{ [key: string]: any }',
      statements: [
        'if (v === undefined || v === null || Token.isUnresolved(v)) return v ?? {};',
        `return compact({ ${entries.join(', ')} });`,
      ],
    });
  }

  // Precompiled constants for validation.
  const constants: Array<[string, string]> = [];
  const valuesConst = (prefix: string, f: FieldModel) => {
    const constName = `${prefix}_${f.property.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_VALUES`;
    constants.push([constName, `[${f.allowedValues!.map(literal).join(', ')}]`]);
    return constName;
  };
  const structsUsed = new Set<string>();
  const fieldChecks = (fields: FieldModel[], v: string, path: (f: FieldModel) => string, prefix: string): string[] => {
    const out: string[] = [];
    for (const f of fields) {
      const value = `${v}.${f.property}`;
      if (f.required) { helpers.add('checkRequired'); out.push(`checkRequired(${value}, ${path(f)}, problems);`); }
      if (f.url) { helpers.add('checkUrl'); out.push(`checkUrl(${value}, ${path(f)}, problems);`); }
      if (f.allowedValues) { helpers.add('checkOneOf'); out.push(`checkOneOf(${value}, ${valuesConst(prefix, f)}, ${path(f)}, problems);`); }
      if (f.min !== undefined || f.max !== undefined || f.integer) {
        helpers.add('checkNumber');
        out.push(`checkNumber(${value}, ${path(f)}, ${f.min ?? 'undefined'}, ${f.max ?? 'undefined'}, ${f.integer}, problems);`);
      }
      if (f.structName) structsUsed.add(f.structName);
      if (f.type === 'struct') { helpers.add('checkStruct'); out.push(`checkStruct(${value}, ${path(f)}, check${f.structName}, problems);`); }
      if (f.type === 'structList') { helpers.add('checkStructList'); out.push(`checkStructList(${value}, ${path(f)}, check${f.structName}, problems);`); }
    }
    return out;
  };

  const statements: string[] = ['const problems: string[] = [];'];
  helpers.add('checkSection');
  const sections: Array<['config' | 'secrets', FieldModel[], boolean, string]> = [];
  if (hasConfig) sections.push(['config', c.config, configRequired, configType]);
  if (hasSecrets) sections.push(['secrets', c.secrets, secretsRequired, secretsType]);
  for (const [section, fields, required] of sections) {
    const v = SECTION_VAR[section];
    statements.push(`const ${v} = checkSection(props.${section}, '${section}', ${required}, problems);`);
    const checks = fieldChecks(fields, v, (f) => literal(`${section}.${f.property}`), section.toUpperCase());
    if (c.strictSchema) {
      helpers.add('checkKnownKeys');
      const constName = `${section.toUpperCase()}_PROPERTIES`;
      constants.push([constName, `new Set<string>([${fields.map((f) => literal(f.property)).join(', ')}])`]);
      checks.unshift(`checkKnownKeys(${v}, ${constName}, '${section}', problems);`);
    }
    if (checks.length) statements.push(`if (${v}) {\n${checks.join('\n')}\n}`);
  }
  if (c.rules.length) {
    const needed = [...new Set(c.rules.flatMap(rulePaths).map((p) => p.split('.')[0] as 'config' | 'secrets'))].sort();
    for (const section of needed) {
      if (!sections.some(([s]) => s === section)) throw new Error(`${c.typeId}: a rule uses ${section}, which the type does not have`);
    }
    const guard = needed.map((s) => SECTION_VAR[s]).join(' && ');
    const ruleLines = c.rules.map((r) => ruleCode(r, helpers));
    statements.push(`if (${guard}) {\n${ruleLines.join('\n')}\n}`);
  }
  statements.push('return problems;');
  sf.addFunction({
    name: 'validate',
    docs: [doc(`Synth-time checks of ${what}, generated from its catalog entry. Tokens are skipped.`)],
    parameters: [{ name: 'props', type: `${name}Props` }],
    returnType: 'string[]',
    statements,
  });
  // Checks of the structs that config and secrets use (and the structs those use), in catalog order.
  const emitted = new Set<string>();
  while ([...structsUsed].some((n) => !emitted.has(n))) {
    for (const st of c.structs) {
      if (!structsUsed.has(st.name) || emitted.has(st.name)) continue;
      emitted.add(st.name);
      const structChecks = fieldChecks(st.fields, 'v', (f) => `\`\${path}.${f.property}\``, st.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase());
      sf.addFunction({
        name: `check${st.name}`,
        parameters: [{ name: 'v', type: st.name }, { name: 'path', type: 'string' }, { name: 'problems', type: 'string[]' }],
        returnType: 'void',
        statements: structChecks.length ? structChecks : ['void v; void path; void problems;'],
      });
    }
  }
  if (constants.length) {
    const first = sf.getFunctions()[0] ?? sf.getClasses()[0];
    sf.insertVariableStatements(first.getChildIndex(), constants.map(([n, init]) => ({
      declarationKind: VariableDeclarationKind.Const,
      kind: StructureKind.VariableStatement,
      declarations: [{ name: n, type: init.startsWith('new Set') ? 'ReadonlySet<string>' : 'readonly string[]', initializer: init }],
    })));
  }
  validationImport!.addNamedImports([...helpers].sort());
}

function rulePaths(r: RuleModel): string[] {
  if (r.kind === 'when') return [...r.conditions.map((c) => `${c.section}.${c.property}`), ...r.require, ...r.forbid, ...r.requireAnyOf];
  if (r.kind === 'together') return [...r.paths, ...r.unless];
  return r.paths;
}

function valueExpr(path: string): string {
  const [section, property] = path.split('.');
  return `${SECTION_VAR[section as 'config' | 'secrets']}.${property}`;
}

function conditionExpr(c: ConditionModel, helpers: Set<string>): string {
  const v = `${SECTION_VAR[c.section]}.${c.property}`;
  const value = c.default !== undefined ? `(${v} ?? ${literal(c.default)})` : v;
  switch (c.op) {
    case 'equals': return `${value} === ${literal(c.values[0])}`;
    case 'in': return `(${c.values.map((x) => `${value} === ${literal(x)}`).join(' || ')})`;
    case 'not':
      helpers.add('isKnown');
      return `(isKnown(${value}) && ${value} !== ${literal(c.values[0])})`;
  }
}

function ruleCode(r: RuleModel, helpers: Set<string>): string {
  if (r.kind === 'together') {
    helpers.add('checkTogether');
    return `checkTogether([${r.paths.map(valueExpr).join(', ')}], ${literal(r.paths)}, [${r.unless.map(valueExpr).join(', ')}], problems);`;
  }
  if (r.kind === 'atMostOne') {
    helpers.add('checkAtMostOne');
    return `checkAtMostOne([${r.paths.map(valueExpr).join(', ')}], ${literal(r.paths)}, problems);`;
  }
  const text = literal(r.text);
  const lines: string[] = [];
  for (const p of r.require) { helpers.add('checkRequiredWhen'); lines.push(`checkRequiredWhen(${valueExpr(p)}, ${literal(p)}, ${text}, problems);`); }
  for (const p of r.forbid) { helpers.add('checkForbiddenWhen'); lines.push(`checkForbiddenWhen(${valueExpr(p)}, ${literal(p)}, ${text}, problems);`); }
  if (r.requireAnyOf.length) {
    helpers.add('checkAnyOfWhen');
    lines.push(`checkAnyOfWhen([${r.requireAnyOf.map(valueExpr).join(', ')}], ${literal(r.requireAnyOf)}, ${text}, problems);`);
  }
  return `if (${r.conditions.map((c) => conditionExpr(c, helpers)).join(' && ')}) {\n${lines.join('\n')}\n}`;
}

function emitRegistry(sf: SourceFile, connectors: ConnectorModel[]): void {
  sf.addImportDeclaration({ moduleSpecifier: '../connector-type-info', namedImports: ['ConnectorTypeInfo'] });
  const entries = connectors.map((c) => [
    `${literal(c.typeId)}: {`,
    `typeId: ${literal(c.typeId)},`,
    `constructName: ${literal(c.constructName)},`,
    `configFields: ${literal(c.config.map((f) => f.key))},`,
    `secretFields: ${literal(c.secrets.map((f) => f.key))},`,
    `requiredSecretFields: ${literal(c.secrets.filter((f) => f.required).map((f) => f.key))},`,
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
      type: 'Readonly<Record<string, { readonly config: Readonly<Record<string, string>>; readonly secrets: Readonly<Record<string, string>> }>>',
      initializer: renames.length ? `{\n${renames.map(([typeId, r]) => [
        `${literal(typeId)}: {`,
        `config: ${objectLiteral(r.config)},`,
        `secrets: ${objectLiteral(r.secrets)},`,
        '},',
      ].join('\n')).join('\n')}\n}` : '{}',
    }],
  });
}

/** Exposed for tests: the struct models of a connector, by name. */
export function structsByName(c: ConnectorModel): Map<string, StructModel> {
  return new Map(c.structs.map((s) => [s.name, s]));
}
