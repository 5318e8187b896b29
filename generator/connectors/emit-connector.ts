/**
 * Emit step, one construct file: the interfaces (structs, config, secrets, params; config and
 * secrets extend the interfaces of the groups they include), the props and the class, whose
 * constructor hands the props and the type's rule data (specs/, written by emit-spec.ts) to the
 * rule engine (src/engine/). Each emitter is a small function of an explicit ConnectorContext.
 * Uses ts-morph structures for the declarations; code text is only written for statement bodies.
 */
import {
  JSDocStructure,
  OptionalKind,
  PropertySignatureStructure,
  Scope,
  SourceFile,
} from 'ts-morph';
import { arrayLiteral, doc, literal, objectCode, wrapList } from './code';
import { conditionText, ConnectorModel, EnumModel, FieldModel, VersionsModel } from './model';
import { CatalogEvidence } from './parse';
import { describeKibanaRanges } from '../../src/kibana-version';

/** The type names of one construct file. */
export interface ConnectorNames {
  readonly construct: string;
  readonly props: string;
  readonly config: string;
  readonly secrets: string;
  readonly params: string;
  readonly actionOptions: string;
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
}

/** Emits one construct file into `sf`. */
export function emitConnector(sf: SourceFile, connector: ConnectorModel, enums: ReadonlyMap<string, EnumModel>): void {
  const construct = connector.constructName;
  const base = construct.replace(/Connector$/, '');
  const ctx: ConnectorContext = {
    sf,
    connector,
    enums,
    names: {
      construct, props: `${construct}Props`, config: `${construct}Config`, secrets: `${construct}Secrets`, params: `${base}Params`, actionOptions: `${base}ActionOptions`,
    },
    what: `the ${construct} (\`${connector.typeId}\`)`,
  };
  emitInterfaces(ctx);
  emitActionOptions(ctx);
  emitProps(ctx);
  emitClass(ctx);
  emitImports(ctx);
}

/** Kibana features whose rules can run a connector's actions (`supported_feature_ids`). */
const RULE_FEATURES: readonly string[] = ['alerting', 'uptime', 'siem'];

/**
 * Whether rules can use the type's actions: it has params, and a feature whose rules run actions
 * (generative AI, endpoint security, cases-only and workflows-only types have none).
 */
export function servesRules(c: ConnectorModel): boolean {
  return c.typed && c.params.length > 0 && c.features.some((f) => RULE_FEATURES.includes(f));
}

/** The name of a type's rule data (`WEBHOOK_CONNECTOR_SPEC`) and of a group's (`HTTP_AUTH_GROUP`). */
export function specName(c: ConnectorModel): string {
  return `${snake(c.constructName)}_SPEC`;
}

export function groupSpecName(group: string): string {
  return `${group.replace(/-/g, '_').toUpperCase()}_GROUP`;
}

/** The interfaces of a group: `HttpAuthConfig`, `HttpAuthSecrets`. */
export function groupInterfaceName(group: string, section: 'config' | 'secrets'): string {
  return `${group.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}${section === 'config' ? 'Config' : 'Secrets'}`;
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toUpperCase();
}

/** The groups whose fields a section of the connector has (in include order). */
function sectionGroups(fields: FieldModel[]): string[] {
  return [...new Set(fields.map((f) => f.group).filter((g): g is string => !!g))];
}

/** The import declarations, first in the file; written last, when the names used are known. */
function emitImports(ctx: ConnectorContext): void {
  const c = ctx.connector;
  const ownFields = [...c.config, ...c.secrets].filter((f) => !f.group);
  const everyField = [...ownFields, ...c.params, ...c.structs.flatMap((s) => s.fields)];
  const usedEnums = [...new Set(everyField.map((f) => f.enumName).filter((n): n is string => !!n))].sort();
  for (const e of usedEnums) if (!ctx.enums.has(e)) throw new Error(`enum ${e} missing from the model`);
  const imports: Array<{ moduleSpecifier: string; namedImports: string[] }> = [{ moduleSpecifier: 'constructs', namedImports: ['Construct'] }];
  imports.push({ moduleSpecifier: '../connector', namedImports: ['KibanaConnector', 'KibanaConnectorOptions'] });
  if (c.typed) {
    imports.push({ moduleSpecifier: '../engine/construct', namedImports: [...(c.params.length ? ['paramsObject'] : []), 'typedConnectorProps', 'validateTypedConnector'] });
  }
  if (servesRules(c)) {
    imports.push({ moduleSpecifier: '../rules/action', namedImports: ['RuleAction', 'RuleActionOptions'] });
    imports.push({ moduleSpecifier: '../rules/typed-action', namedImports: ['typedAction'] });
  }
  if (usedEnums.length) imports.push({ moduleSpecifier: './enums', namedImports: usedEnums });
  for (const g of c.groups) {
    const names = (['config', 'secrets'] as const).filter((s) => c[s].some((f) => f.group === g)).map((s) => groupInterfaceName(g, s));
    if (names.length) imports.push({ moduleSpecifier: `./groups/${g}`, namedImports: names });
  }
  if (c.typed) imports.push({ moduleSpecifier: `./specs/${c.fileName}`, namedImports: [specName(c)] });
  const text = imports.map((i) => wrapList('import {', i.namedImports, `} from '${i.moduleSpecifier}';`, 0, true));
  ctx.sf.insertStatements(0, `${text.join('\n')}\n`);
}

/** The interfaces of the structs, config, secrets and params; config and secrets extend their groups' interfaces. */
function emitInterfaces(ctx: ConnectorContext): void {
  const { sf, connector: c, names, what } = ctx;
  for (const s of c.structs) {
    sf.addInterface({ name: s.name, isExported: true, docs: [doc(`${s.description}\n\nUsed by ${what}.`)], properties: properties(ctx, s.fields) });
  }
  const sections: Array<[FieldModel[], string, string, 'config' | 'secrets' | 'params']> = [
    [c.config, names.config, `Configuration of ${what}: Kibana's \`config\` object.`, 'config'],
    [c.secrets, names.secrets, `Secrets of ${what}: Kibana's \`secrets\` object. Pass sensitive Terraform variables rather than literal values, which would be written to the synthesized configuration in clear text.`, 'secrets'],
    [c.params, names.params, `Parameters of an action run by ${what}: the \`params\` object of a rule action or of \`POST /api/actions/connector/{id}/_execute\`. Mustache variables such as \`{{context.message}}\` are allowed in strings.`, 'params'],
  ];
  for (const [fields, name, text, section] of sections) {
    if (!fields.length) continue;
    const groups = section === 'params' ? [] : sectionGroups(fields).map((g) => groupInterfaceName(g, section));
    sf.addInterface({
      name,
      isExported: true,
      extends: groups,
      docs: [doc(section !== 'params' && groups.length ? `${text}\n\n${overridesText(c, section)}`.trim() : text)],
      properties: properties(ctx, fields.filter((f) => !f.group)),
    });
  }
}

/** What a type changes in the fields its groups bring in, for the doc comment of its config or secrets. */
function overridesText(c: ConnectorModel, section: 'config' | 'secrets'): string {
  const lines = Object.entries(c.overrides).filter(([p]) => p.startsWith(`${section}.`)).map(([p, keys]) => {
    const f = c[section].find((x) => `${section}.${x.key}` === p)!;
    const parts: string[] = [];
    if (keys.includes('description')) parts.push(f.description);
    if (keys.includes('allowed') && f.allowedValues) parts.push(`Accepted values: ${f.allowedValues.map((v) => `\`${v}\``).join(', ')}.`);
    if (keys.includes('versions')) parts.push(`${versionsText(f.versions)}.`);
    if (keys.includes('valueVersions') && f.valueVersions) {
      parts.push(`Values that need another Kibana: ${Object.entries(f.valueVersions).map(([v, r]) => `\`${v}\` ${versionsText(r)}`).join('; ')}.`);
    }
    return `For this type, \`${f.property}\`: ${parts.join(' ')}`;
  });
  return lines.join('\n\n');
}

/** The options of a typed rule action: the common ones and the params of this type. */
function emitActionOptions(ctx: ConnectorContext): void {
  const { connector: c, names, what } = ctx;
  if (!servesRules(c)) return;
  ctx.sf.addInterface({
    name: names.actionOptions,
    isExported: true,
    extends: ['RuleActionOptions'],
    docs: [doc(`A rule action run by ${what}: its params, and the group, frequency and alerts filter every action takes.`)],
    properties: [{ name: 'params', type: names.params, isReadonly: true, docs: [doc('The params the action sends to the connector. Checked at synth as the connector checks them when the action runs.')] }],
  });
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

const isRequired = (fields: FieldModel[]) => fields.some((f) => f.required);

/** The construct class: its statics, the constructor and, for types with params, the static params() helper. */
function emitClass(ctx: ConnectorContext): void {
  const { connector: c, names, what } = ctx;
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
  const checked = `Fields are checked at synth by the rule engine (required fields, accepted values, URLs${c.rules.length ? ', the rules between fields' : ''} and the Kibana versions that accept them, for the version of the context key \`kibanaVersion\`, else the newest Kibana); values that are tokens are checked by Kibana when Terraform applies.`;
  const classDoc = [c.description, typeSummary(c), ...(c.typed ? [checked] : [])].join('\n\n');
  const spec = specName(c);
  const superCall = c.typed
    ? `super(scope, id, typedConnectorProps(${spec}, props, scope));`
    : `super(scope, id, ${objectCode(['...props', `connectorTypeId: ${literal(c.typeId)}`], 4 + 'super(scope, id, '.length)});`;
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
      statements: [superCall, ...(c.typed ? [`validateTypedConnector(this, ${spec}, props);`] : [])],
    }],
    methods: [
      ...(c.params.length ? [{
        name: 'params',
        isStatic: true,
        scope: Scope.Public,
        parameters: [{ name: 'params', type: names.params }],
        returnType: '{ [key: string]: any }',
        docs: [doc('The `params` JSON object of an action run by this connector, for a rule action (for example in an `elasticstack_kibana_alerting_rule`). Unset fields are left out.')],
        statements: [`return paramsObject(${spec}, params);`],
      }] : []),
      ...(servesRules(c) ? [{
        name: 'action',
        scope: Scope.Public,
        parameters: [{ name: 'options', type: names.actionOptions }],
        returnType: 'RuleAction',
        docs: [doc('A rule action of this connector, for an `AlertingRule`: it binds to this connector\'s id by reference, and the rule checks its params at synth (required fields, accepted values, unknown keys, the rules between fields; a value holding a mustache template is left to Kibana).')],
        statements: [`return typedAction(this, ${spec}, options);`],
      }] : []),
    ],
  });
}

/** "Kibana 9.2.5 and later, before 9.3.0; or Kibana 9.4.0 and later (evidence: elastic/kibana#252956)" */
export function versionsText(v: VersionsModel | undefined): string {
  if (!v) return describeKibanaRanges(undefined);
  return `${describeKibanaRanges(v.ranges)} (evidence: ${v.evidence.map(evidenceText).join(', ')})`;
}

export function evidenceText(e: CatalogEvidence): string {
  if ('pr' in e) return `elastic/kibana#${e.pr}${e.labels.length ? ` ${e.labels.join(' ')}` : ''}`;
  if ('file' in e) return `${e.file} at ${e.at}`;
  return 'unsettled';
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
    case 'numberList': return 'number[]';
    case 'stringMap': return '{ [key: string]: string }';
    case 'json': return '{ [key: string]: any }';
    case 'jsonList': return '{ [key: string]: any }[]';
    case 'struct': return f.structName!;
    case 'structList': return `${f.structName!}[]`;
  }
}

function fieldDoc(ctx: Pick<ConnectorContext, 'enums'>, f: FieldModel): OptionalKind<JSDocStructure> {
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
  if (f.maxItems !== undefined) lines.push(`At most ${f.maxItems} items.`);
  if (f.maxLength !== undefined) lines.push(`At most ${f.maxLength} characters.`);
  for (const l of f.limits ?? []) {
    const bound = l.maxItems !== undefined ? `at most ${l.maxItems} items` : l.maxLength !== undefined ? `at most ${l.maxLength} characters` : l.max !== undefined ? `at most ${l.max}` : `at least ${l.min}`;
    lines.push(`${bound[0].toUpperCase()}${bound.slice(1)} in ${versionsText(l.versions)}.`);
  }
  if (f.versions) lines.push(`${versionsText(f.versions)}.`);
  const values = Object.entries(f.valueVersions ?? {});
  if (values.length) lines.push(`Values that need another Kibana: ${values.map(([v, r]) => `\`${v}\` ${versionsText(r)}`).join('; ')}.`);
  const tags: Array<[string, string]> = [];
  if (!f.required) {
    if (f.defaults) {
      const shown = f.defaults.map((d) => {
        const when = [
          ...(d.versions ? [describeKibanaRanges(d.versions.ranges)] : []),
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

export function properties(ctx: Pick<ConnectorContext, 'enums'>, fields: FieldModel[]): OptionalKind<PropertySignatureStructure>[] {
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
    c.versions ? `Kibana versions: ${versionsText(c.versions)}` : 'first Kibana version: unknown (no catalog entry)',
  ];
  return `${parts.join('; ')}.${c.deprecated ? ' Kibana marks this type as deprecated.' : ''}`;
}
