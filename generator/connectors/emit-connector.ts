/**
 * Emit step, one construct file: the interfaces (structs, config, secrets, params), the props,
 * the class and the config/secrets builders. Each emitter is a small function of an explicit
 * ConnectorContext; the synth-time checks are in emit-validate.ts. Uses ts-morph structures for
 * the declarations; code text is only written for statement bodies.
 */
import {
  JSDocStructure,
  OptionalKind,
  PropertySignatureStructure,
  Scope,
  SourceFile,
} from 'ts-morph';
import { arrayLiteral, doc, literal, objectCode, objectKey, wrapList, wrapText } from './code';
import { emitStructChecks, emitValidate, emitValidationConstants, ValidationContext } from './emit-validate';
import { ConditionModel, conditionText, ConnectorModel, DefaultModel, EnumModel, FieldModel } from './model';
import { docText } from './sanitize';
import { describeKibanaRange } from '../../src/kibana-version';

/** The type names of one construct file. */
export interface ConnectorNames {
  readonly construct: string;
  readonly props: string;
  readonly config: string;
  readonly secrets: string;
  readonly params: string;
}

/** What the emitters of one construct file read, and the one thing they add to: the helpers used. */
export interface ConnectorContext {
  readonly sf: SourceFile;
  readonly connector: ConnectorModel;
  /** Every enum of the model, by name (for defaults written as enum members). */
  readonly enums: ReadonlyMap<string, EnumModel>;
  readonly names: ConnectorNames;
  /** "the XConnector (`.x`)", for doc comments. */
  readonly what: string;
  /** Helpers of src/validation.ts the file calls; imported once every emitter has run. */
  readonly helpers: Set<string>;
  /** Names of src/kibana-version.ts the file uses. */
  readonly kibana: Set<string>;
}

/** Emits one construct file into `sf`. */
export function emitConnector(sf: SourceFile, connector: ConnectorModel, enums: ReadonlyMap<string, EnumModel>): void {
  const construct = connector.constructName;
  const base = construct.replace(/Connector$/, '');
  const ctx: ConnectorContext = {
    sf,
    connector,
    enums,
    names: { construct, props: `${construct}Props`, config: `${construct}Config`, secrets: `${construct}Secrets`, params: `${base}Params` },
    what: `the ${construct} (\`${connector.typeId}\`)`,
    helpers: new Set<string>(),
    kibana: new Set<string>(),
  };
  emitInterfaces(ctx);
  emitProps(ctx);
  emitClass(ctx);
  if (connector.typed) {
    emitBuilders(ctx);
    emitDefaultFunctions(ctx);
    const vctx: ValidationContext = { ...ctx, constants: [], structsUsed: new Set<string>() };
    emitValidate(vctx);
    emitStructChecks(vctx);
    emitValidationConstants(vctx);
  }
  emitImports(ctx);
}

/** Whether the construct checks anything at synth (it has config or secrets fields). */
function validates(c: ConnectorModel): boolean {
  return c.config.length > 0 || c.secrets.length > 0;
}

const isRequired = (fields: FieldModel[]) => fields.some((f) => f.required);

/** The import declarations, first in the file; written last, when the helpers used are known. */
function emitImports(ctx: ConnectorContext): void {
  const c = ctx.connector;
  const everyField = [...c.config, ...c.secrets, ...c.params, ...c.structs.flatMap((s) => s.fields)];
  const usedEnums = [...new Set(everyField.map((f) => f.enumName).filter((n): n is string => !!n))].sort();
  for (const e of usedEnums) if (!ctx.enums.has(e)) throw new Error(`enum ${e} missing from the model`);
  const imports: Array<{ moduleSpecifier: string; namedImports: string[] }> = [{ moduleSpecifier: 'constructs', namedImports: ['Construct'] }];
  if (c.typed && validates(c)) imports.push({ moduleSpecifier: 'cdktf', namedImports: ['Token'] });
  imports.push({ moduleSpecifier: '../connector', namedImports: ['KibanaConnector', 'KibanaConnectorOptions'] });
  if (ctx.kibana.size) imports.push({ moduleSpecifier: '../kibana-version', namedImports: [...ctx.kibana].sort() });
  if (ctx.helpers.size) imports.push({ moduleSpecifier: '../validation', namedImports: [...ctx.helpers].sort() });
  if (usedEnums.length) imports.push({ moduleSpecifier: './enums', namedImports: usedEnums });
  const text = imports.map((i) => wrapList('import {', i.namedImports, `} from '${i.moduleSpecifier}';`, 0, true));
  ctx.sf.insertStatements(0, `${text.join('\n')}\n`);
}

/** The interfaces of the structs, config, secrets and params. */
function emitInterfaces(ctx: ConnectorContext): void {
  const { sf, connector: c, names, what } = ctx;
  for (const s of c.structs) {
    sf.addInterface({ name: s.name, isExported: true, docs: [doc(`${s.description}\n\nUsed by ${what}.`)], properties: properties(ctx, s.fields) });
  }
  const sections: Array<[FieldModel[], string, string]> = [
    [c.config, names.config, `Configuration of ${what}: Kibana's \`config\` object.`],
    [c.secrets, names.secrets, `Secrets of ${what}: Kibana's \`secrets\` object. Pass sensitive Terraform variables rather than literal values, which would be written to the synthesized configuration in clear text.`],
    [c.params, names.params, `Parameters of an action run by ${what}: the \`params\` object of a rule action or of \`POST /api/actions/connector/{id}/_execute\`. Mustache variables such as \`{{context.message}}\` are allowed in strings.`],
  ];
  for (const [fields, name, text] of sections) {
    if (fields.length) sf.addInterface({ name, isExported: true, docs: [doc(text)], properties: properties(ctx, fields) });
  }
}

/** The props interface: the common options plus config and secrets (typed, or free-form for untyped constructs). */
function emitProps(ctx: ConnectorContext): void {
  const { connector: c, names } = ctx;
  const props: OptionalKind<PropertySignatureStructure>[] = [];
  const prop = (name: string, type: string, optional: boolean, text: string, tags: Array<[string, string]>) =>
    props.push({ name, type, isReadonly: true, hasQuestionToken: optional, docs: [doc(text, tags)] });
  if (!c.typed) {
    prop('config', '{ [key: string]: any }', true, "Connector configuration: a JSON object whose keys are Kibana's field names.", [['default', '{}']]);
    prop('secrets', '{ [key: string]: any }', true, "Connector secrets: a JSON object whose keys are Kibana's field names. Pass sensitive Terraform variables rather than literal values.", [['default', '{}']]);
  } else {
    const configRequired = isRequired(c.config);
    const secretsRequired = isRequired(c.secrets);
    if (c.config.length) prop('config', names.config, !configRequired, 'Connector configuration.', configRequired ? [] : [['default', '- the defaults of each field']]);
    if (c.secrets.length) prop('secrets', names.secrets, !secretsRequired, 'Connector secrets.', secretsRequired ? [] : [['default', '- no secrets (`{}`)']]);
  }
  ctx.sf.addInterface({ name: names.props, isExported: true, extends: ['KibanaConnectorOptions'], docs: [doc(`Properties of ${ctx.what}.`)], properties: props });
}

/** The construct class: its statics, the constructor and, for types with params, the static params() helper. */
function emitClass(ctx: ConnectorContext): void {
  const { connector: c, names, what } = ctx;
  const constructorArgs = ['...props', `connectorTypeId: ${literal(c.typeId)}`];
  if (c.typed) {
    if (versionedDefaults(c.config) || versionedDefaults(c.secrets)) ctx.kibana.add('KibanaTarget');
    const target = (fields: FieldModel[]) => (versionedDefaults(fields) ? ', KibanaTarget.of(scope)' : '');
    constructorArgs.push(c.config.length ? `config: buildConfig(props.config${target(c.config)})` : 'config: {}');
    constructorArgs.push(c.secrets.length ? `secrets: buildSecrets(props.secrets${target(c.secrets)})` : 'secrets: {}');
  }
  const staticIndent = (name: string, type: string) => `  public static readonly ${name}: ${type} = `.length;
  const statics = [
    { name: 'CONNECTOR_TYPE_ID', type: 'string', value: literal(c.typeId), text: 'Kibana connector type id.' },
    { name: 'MINIMUM_LICENSE', type: 'string', value: literal(c.license), text: 'Lowest Elastic license that can use this connector type.' },
    {
      name: 'SUPPORTED_FEATURES',
      type: 'string[]',
      value: arrayLiteral(c.features, staticIndent('SUPPORTED_FEATURES', 'string[]')),
      text: 'Kibana features that can use this connector type (`supported_feature_ids`).',
    },
    {
      name: 'FIRST_KIBANA_VERSION',
      type: 'string',
      value: literal(c.firstKibanaVersion ?? 'unknown'),
      text: 'First Kibana version with this connector type (`unknown` for types without a catalog entry).',
    },
  ];
  if (c.typed) ctx.kibana.add('KibanaTarget');
  const checked = `Fields are checked at synth (required fields, accepted values, URLs${c.rules.length ? ', the rules between fields' : ''} and the Kibana versions that accept them, for the version of the context key \`kibanaVersion\`, else the newest Kibana); values that are tokens are checked by Kibana when Terraform applies.`;
  const classDoc = [c.description, typeSummary(c), ...(c.typed ? [checked] : [])].join('\n\n');
  if (c.params.length) ctx.helpers.add('compact');
  ctx.sf.addClass({
    name: names.construct,
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
      parameters: [{ name: 'scope', type: 'Construct' }, { name: 'id', type: 'string' }, { name: 'props', type: names.props }],
      statements: [
        `super(scope, id, ${objectCode(constructorArgs, 4 + 'super(scope, id, '.length)});`,
        ...(c.typed ? ['this.node.addValidation({ validate: () => validate(props, KibanaTarget.of(this)) });'] : []),
      ],
    }],
    methods: c.params.length ? [{
      name: 'params',
      isStatic: true,
      scope: Scope.Public,
      parameters: [{ name: 'params', type: names.params }],
      returnType: '{ [key: string]: any }',
      docs: [doc('The `params` JSON object of an action run by this connector, for a rule action (for example in an `elasticstack_kibana_alerting_rule`). Unset fields are left out.')],
      statements: [`return compact(${objectCode(c.params.map((f) => `${objectKey(f.key)}: params.${f.property}`), 4 + 'return compact('.length)});`],
    }] : [],
  });
}

/** buildConfig() and buildSecrets(): Kibana's JSON objects from the props, defaults filled in. */
function emitBuilders(ctx: ConnectorContext): void {
  const { connector: c, names } = ctx;
  const builders = [['config', c.config, names.config, 'buildConfig'], ['secrets', c.secrets, names.secrets, 'buildSecrets']] as const;
  for (const [section, fields, typeName, fn] of builders) {
    if (!fields.length) continue;
    ctx.helpers.add('compact');
    const value = (f: FieldModel) => {
      if (!f.sendDefault) return '';
      return isVersioned(f) ? ` ?? ${defaultFunctionName(section, f)}(${section}, kibana)` : ` ?? ${defaultCode(ctx, f, f.default)}`;
    };
    const entries = fields.map((f) => `${objectKey(f.key)}: ${section}.${f.property}${value(f)}`);
    const parameters: Array<{ name: string; type: string }> = [{ name: section, type: `${typeName} | undefined` }];
    if (versionedDefaults(fields)) parameters.push({ name: 'kibana', type: 'KibanaTarget' });
    const text = `Kibana's \`${section}\` object${fields.some((f) => f.sendDefault) ? `, with the defaults Kibana would otherwise fill in${versionedDefaults(fields) ? ' (those of the target Kibana)' : ''}` : ''}.`;
    const statements = [
      `if (${section} === undefined || ${section} === null || Token.isUnresolved(${section})) return ${section} ?? {};`,
      `return compact(${objectCode(entries, 2 + 'return compact('.length)});`,
    ];
    if (!versionedDefaults(fields)) {
      ctx.sf.addFunction({ name: fn, docs: [doc(text)], parameters, returnType: '{ [key: string]: any }', statements });
    } else {
      // Written as text, so that a long parameter list is broken one parameter per line.
      const signature = wrapList(`function ${fn}(`, parameters.map((p) => `${p.name}: ${p.type}`), '): { [key: string]: any } {', 0);
      ctx.sf.addStatements(`${docComment(text)}\n${signature}\n${statements.join('\n')}\n}`);
    }
  }
}

/** A JSDoc comment as text (for declarations written as text). */
function docComment(text: string): string {
  const lines = wrapText(docText(text)).split('\n');
  return lines.length === 1 && lines[0].length <= 110 ? `/** ${lines[0]} */` : `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */`;
}

/** Whether a sent default depends on the Kibana version or on other fields: it has a default function. */
export function isVersioned(f: FieldModel): boolean {
  return f.sendDefault && (f.defaults !== undefined || f.since !== undefined || f.until !== undefined);
}

/** Whether a builder needs the target Kibana. */
function versionedDefaults(fields: FieldModel[]): boolean {
  return fields.some(isVersioned);
}

/** The name of a field's default function, such as `configAuthTypeDefault`. */
export function defaultFunctionName(section: string, f: FieldModel): string {
  return `${section}${f.property[0].toUpperCase()}${f.property.slice(1)}Default`;
}

/** The defaults of a field as a list: its `defaults`, or its one `default` for the versions that have the field. */
function defaultList(f: FieldModel): DefaultModel[] {
  return f.defaults ?? [{ value: f.default, since: f.since, until: f.until, conditions: [] }];
}

/**
 * One function per versioned default: Kibana's default of the field for the target Kibana and the
 * other fields (first match wins), undefined when Kibana stores none. Conditions read the other
 * fields with their defaults applied, as the rules do.
 */
function emitDefaultFunctions(ctx: ConnectorContext): void {
  const { connector: c, names } = ctx;
  for (const [section, fields, typeName] of [['config', c.config, names.config], ['secrets', c.secrets, names.secrets]] as const) {
    for (const f of fields.filter(isVersioned)) {
      const statements = defaultList(f).map((d) => {
        const tests = [
          ...(d.since !== undefined || d.until !== undefined ? [`kibana.accepts(${literal(d.since)}, ${literal(d.until)})`] : []),
          ...d.conditions.map((cond) => conditionCode(ctx, cond)),
        ];
        const ret = `return ${defaultCode(ctx, f, d.value)};`;
        return tests.length ? `if (${tests.join(' && ')}) ${ret}` : ret;
      });
      statements.push('return undefined;');
      const reads = defaultList(f).some((d) => d.conditions.length > 0);
      const signature = wrapList(`function ${defaultFunctionName(section, f)}(`, [`${reads ? '' : '_'}${section}: Partial<${typeName}>`, 'kibana: KibanaTarget'], `): ${tsType(f)} | undefined {`, 0);
      const comment = docComment(`Kibana's default of \`${section}.${f.property}\` for the target Kibana and the other fields.`);
      ctx.sf.addStatements(`${comment}\n${signature}\n${statements.join('\n')}\n}`);
    }
  }
}

/** A condition as code: the field's value (its default applied) compared with the condition's values. */
export function conditionCode(ctx: Pick<ConnectorContext, 'helpers'>, c: ConditionModel): string {
  const v = `${c.section}.${c.property}`;
  const fallback = c.dynamicDefault ? `${c.section}${c.property[0].toUpperCase()}${c.property.slice(1)}Default(${c.section}, kibana)` : c.default !== undefined ? literal(c.default) : undefined;
  const value = fallback !== undefined ? `(${v} ?? ${fallback})` : v;
  switch (c.op) {
    case 'equals': return `${value} === ${literal(c.values[0])}`;
    case 'in': return `(${c.values.map((x) => `${value} === ${literal(x)}`).join(' || ')})`;
    case 'not':
      ctx.helpers.add('isKnown');
      return `(isKnown(${value}) && ${value} !== ${literal(c.values[0])})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Fields

/** A default value as code: an enum member for enum fields, else a literal. */
export function defaultCode(ctx: Pick<ConnectorContext, 'enums'>, f: FieldModel, value: unknown): string {
  const e = f.enumName ? ctx.enums.get(f.enumName) : undefined;
  const m = e?.members.find((x) => x.value === value);
  return m ? `${e!.name}.${m.name}` : literal(value);
}

export function tsType(f: FieldModel): string {
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

function fieldDoc(ctx: ConnectorContext, f: FieldModel): OptionalKind<JSDocStructure> {
  const lines = [f.description];
  if (f.property !== f.key) {
    lines.push(`Written to Kibana's \`${f.key}\` field (renamed: \`${f.key}\` is not a valid jsii property name).`);
  }
  if (f.enumName && f.openEnum) lines.push(`Kibana also accepts values outside \`${f.enumName}\`; they are not checked here.`);
  if (f.allowedValues && f.enumName && f.allowedValues.length < (ctx.enums.get(f.enumName)?.members.length ?? 0)) {
    lines.push(`Accepted values: ${f.allowedValues.map((v) => `\`${v}\``).join(', ')}.`);
  }
  if (f.url) lines.push('Must be an absolute http(s) URL.');
  if (f.min !== undefined || f.max !== undefined) {
    const range = f.min !== undefined && f.max !== undefined ? `From ${f.min} to ${f.max}` : f.min !== undefined ? `At least ${f.min}` : `At most ${f.max}`;
    lines.push(`${range}${f.integer ? ', a whole number' : ''}.`);
  }
  if (f.since || f.until) lines.push(`${describeKibanaRange(f)}.`);
  const values = Object.entries(f.valueVersions ?? {});
  if (values.length) lines.push(`Values that need another Kibana: ${values.map(([v, r]) => `\`${v}\` ${describeKibanaRange(r)}`).join('; ')}.`);
  const tags: Array<[string, string]> = [];
  if (!f.required) {
    if (f.defaults) {
      const shown = f.defaults.map((d) => {
        const when = [
          ...(d.since || d.until ? [describeKibanaRange(d)] : []),
          ...d.conditions.map(conditionText),
        ];
        return `${literal(d.value)}${when.length ? ` (${when.join(', when ')})` : ''}`;
      });
      lines.push(`Kibana's default depends on the version or on other fields: ${shown.join('; ')}.${f.sendDefault ? ' When unset, the construct sends the default of the target Kibana (context key `kibanaVersion`, else the newest), so that Terraform sees no drift.' : ''}`);
      tags.push(['default', "- Kibana's default for the target version (see above)"]);
    } else if (f.default !== undefined && f.sendDefault) {
      lines.push("When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.");
      tags.push(['default', defaultCode(ctx, f, f.default)]);
    } else if (f.default !== undefined) {
      tags.push(['default', `- Kibana uses ${literal(f.default)}`]);
    } else {
      tags.push(['default', '- none']);
    }
  }
  return doc(lines.join('\n\n'), tags);
}

function properties(ctx: ConnectorContext, fields: FieldModel[]): OptionalKind<PropertySignatureStructure>[] {
  return fields.map((f) => ({
    name: f.property,
    type: tsType(f),
    isReadonly: true,
    hasQuestionToken: !f.required,
    docs: [fieldDoc(ctx, f)],
  }));
}

function typeSummary(c: ConnectorModel): string {
  const parts = [
    `Kibana connector type \`${c.typeId}\` ("${c.displayName}")`,
    `license: ${c.license} or higher`,
    `supported features: ${c.features.length ? c.features.join(', ') : 'none listed'}`,
    `first Kibana version: ${c.firstKibanaVersion ?? 'unknown (no catalog entry)'}${c.until ? `, removed in ${c.until}` : ''}`,
  ];
  return `${parts.join('; ')}.${c.deprecated ? ' Kibana marks this type as deprecated.' : ''}`;
}
