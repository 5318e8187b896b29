// TypeScript emitter: a module with `addImportedConnectors(scope)`, which adds one construct per
// connector (typed when possible) directly to a stack and calls `importFrom`, and a ready-made
// `ImportedConnectorsStack`. Connectors are direct children of the stack, so each resource is
// `elasticstack_kibana_action_connector.<name>` and each import block's `to` is that resource.
// Every Kibana string is written as a string literal and every key so that the object literal
// makes an own property of it (`["__proto__"]`). cdktf reads its token markers in any string it
// synthesizes and has no escape for them: connectors holding one (plan's typeScriptRefusal) are
// left out and listed in the header. `TerraformStack` and `TerraformVariable` come from the
// framework (this build's, src/flavour.ts, or the `framework` option: cdktf or cdktn), the
// constructs from that framework's package; a config value that is a member of its field's enum
// is written as the member (`WebhookMethod.PUT`). No control, line-separator or bidi character is
// written raw (escapeControlCharacters of src/comment.ts). Scalars follow src/scalar.ts.
import { ImportPlan, PlannedConnector } from './plan';
import { jsonStringLiteral, safeComment } from '../comment';
import { FRAMEWORK, PACKAGE_NAME } from '../flavour';
import { hasOwn } from '../object';
import { scalarText } from '../scalar';
import { headerLines, TargetVersion } from './text';

/** The CDK flavours the TypeScript can be written for. */
export const FRAMEWORKS = ['cdktf', 'cdktn'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** The package of this library built for `framework`: this build's for its own framework. */
export function packageOf(framework: Framework): string {
  return framework === FRAMEWORK ? PACKAGE_NAME : `${framework}-kibana-connectors`;
}

export interface TsEmitOptions {
  /** The module `TerraformStack` and `TerraformVariable` come from. Default: this build's (src/flavour.ts). */
  readonly framework?: Framework;
  /** Module specifier of this package. Default: the package of `framework`. */
  readonly packageName?: string;
  /** The Kibana version the import targets, for the header comment. */
  readonly kibanaVersion?: TargetVersion;
  /** Where the data came from, for the header comment. */
  readonly source?: string;
  /** `writeOnlySecrets: true` on connectors that have secret variables (see HclEmitOptions). */
  readonly writeOnlySecrets?: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript string literal: JSON's, with no unsafe character raw (src/comment.ts). */
function str(text: string): string {
  return jsonStringLiteral(text);
}

/** An object literal key that makes an own property named `key`. */
function prop(key: string): string {
  // `__proto__: x` and `"__proto__": x` set the prototype instead; a computed key does not.
  if (key === '__proto__') return `[${str(key)}]`;
  return IDENTIFIER.test(key) ? key : str(key);
}

/**
 * A JSON value as a TypeScript expression, multi-line for non-empty objects and arrays; `code`
 * gives expressions written as they are for some top-level keys (enum members).
 */
function value(v: unknown, indent: string, code: Readonly<Record<string, string>> = {}): string {
  if (v === null || typeof v !== 'object') return scalarText(v, str);
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const parts = v.map((item) => `${inner}${value(item, inner)},`);
    return `[\n${parts.join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  const parts = entries.map(([k, x]) => `${inner}${prop(k)}: ${hasOwn(code, k) ? code[k] : value(x, inner)},`);
  return `{\n${parts.join('\n')}\n${indent}}`;
}

/** The TypeScript text of a plan. */
export function emitTypeScript(plan: ImportPlan, options: TsEmitOptions = {}): string {
  const framework = options.framework ?? (FRAMEWORK as Framework);
  const pkg = options.packageName ?? packageOf(framework);
  const out: string[] = [];
  const leftOut = plan.connectors.filter((c) => c.typeScriptRefusal !== undefined);
  const connectors = plan.connectors.filter((c) => c.typeScriptRefusal === undefined);
  const written: ImportPlan = { ...plan, connectors };
  for (const line of headerLines(written, 'kibana-connectors import --format ts', options.source, leftOut, options.kibanaVersion)) out.push(safeComment('//', line));

  const classes = new Set<string>(['provider']);
  for (const c of connectors) {
    classes.add(c.constructName ?? 'KibanaConnector');
    if (c.constructName && hasConfig(c)) for (const m of Object.values(c.configEnumMembers ?? {})) classes.add(m.enumName);
  }
  const needsConfigType = connectors.some((c) => c.constructName && hasConfig(c));
  const needsSecret = connectors.some((c) => c.variables.length > 0);
  const sortedImports = [...classes].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);

  out.push(`import { TerraformStack${needsSecret ? ', TerraformVariable' : ''} } from ${str(framework)};`);
  out.push("import { Construct } from 'constructs';");
  out.push(`import { ${sortedImports.join(', ')} } from ${str(pkg)};`);
  out.push('');
  if (needsConfigType) {
    out.push('/** The `config` struct type of a typed connector construct (values as Kibana holds them; enum fields as members where Kibana\'s value is one). */');
    out.push('type ConfigOf<T extends abstract new (...args: any) => any> = NonNullable<ConstructorParameters<T>[2]["config"]>;');
    out.push('');
  }
  out.push('/** The imported connectors, by resource name. */');
  out.push('export interface ImportedConnectors {');
  for (const c of connectors) out.push(`  readonly ${prop(c.resourceName)}: ${c.constructName ?? 'KibanaConnector'};`);
  out.push('}');
  out.push('');
  out.push('/**');
  out.push(' * Adds the imported connectors (and the sensitive variables of their secrets) directly to `scope`,');
  out.push(' * which must be the stack: resources are then `elasticstack_kibana_action_connector.<name>`, the');
  out.push(' * addresses the import blocks point at. The stack needs an elasticstack provider.');
  out.push(' */');
  out.push('export function addImportedConnectors(scope: Construct): ImportedConnectors {');
  if (needsSecret) {
    out.push('  const secret = (name: string, description: string): string =>');
    out.push("    new TerraformVariable(scope, name, { type: 'string', sensitive: true, description }).stringValue;");
  }
  out.push('  const connectors: ImportedConnectors = {');
  for (const c of connectors) out.push(...connectorLines(c, options.writeOnlySecrets === true));
  out.push('  };');
  for (const c of connectors) out.push(`  connectors.${c.resourceName}.importFrom(${str(c.connectorId)});`);
  out.push('  return connectors;');
  out.push('}');
  out.push('');
  out.push('/** A stack with an elasticstack provider (configured from the environment) and the imported connectors. */');
  out.push('export class ImportedConnectorsStack extends TerraformStack {');
  out.push('  public readonly connectors: ImportedConnectors;');
  out.push('');
  out.push('  constructor(scope: Construct, id: string) {');
  out.push('    super(scope, id);');
  out.push("    new provider.ElasticstackProvider(this, 'elasticstack', {});");
  out.push('    this.connectors = addImportedConnectors(this);');
  out.push('  }');
  out.push('}');
  return out.join('\n') + '\n';
}

function hasConfig(c: PlannedConnector): boolean {
  return c.configFieldCount > 0;
}

function connectorLines(c: PlannedConnector, writeOnly: boolean): string[] {
  const lines: string[] = [];
  const cls = c.constructName ?? 'KibanaConnector';
  const ind = '      ';
  lines.push(`    ${prop(c.resourceName)}: new ${cls}(scope, ${str(c.resourceName)}, {`);
  lines.push(`${ind}name: ${str(c.displayName)},`);
  if (!c.constructName) lines.push(`${ind}connectorTypeId: ${str(c.typeId)},`);
  lines.push(`${ind}spaceId: ${str(c.spaceId)},`);
  if (!c.constructName) {
    lines.push(`${ind}config: ${value(c.config, ind)},`);
  } else if (hasConfig(c)) {
    const members = Object.fromEntries(Object.entries(c.configEnumMembers ?? {}).map(([k, m]) => [k, `${m.enumName}.${m.member}`]));
    lines.push(`${ind}config: ${value(c.constructConfig ?? c.config, ind, members)} as ConfigOf<typeof ${cls}>,`);
  }
  if (c.variables.length) {
    if (writeOnly) lines.push(`${ind}writeOnlySecrets: true,`);
    lines.push(`${ind}secrets: {`);
    for (const v of c.variables) lines.push(`${ind}  ${prop(v.property)}: secret(${str(v.name)}, ${str(v.description)}),`);
    lines.push(`${ind}},`);
  } else if (!c.constructName) {
    lines.push(`${ind}secrets: {},`);
  }
  lines.push('    }),');
  return lines;
}
