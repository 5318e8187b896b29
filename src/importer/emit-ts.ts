// TypeScript emitter: a module with `addImportedConnectors(scope)`, which adds one construct per
// connector (typed when possible; a known type the typed construct refuses as Kibana holds it is a
// KibanaConnector with `skipTypeValidation`) directly to a stack and calls `importFrom`, and a ready-made
// `ImportedConnectorsStack`. Connectors are direct children of the stack, so each resource is
// `elasticstack_kibana_action_connector.<name>` and each import block's `to` is that resource.
// Every Kibana string is written as a string literal and every key so that the object literal
// makes an own property of it (`["__proto__"]`). cdktf reads its token markers in any string it
// synthesizes and has no escape for them: connectors holding one (plan's typeScriptRefusal) are
// left out and listed in the header, and a plan made without that check is refused. `TerraformStack` and `TerraformVariable` come from the
// framework (this build's, src/flavour.ts, or the `framework` option: cdktf or cdktn), the
// constructs from that framework's package; a config value that is a member of its field's enum
// is written as the member (`WebhookMethod.PUT`). No control, line-separator or bidi character is
// written raw (escapeControlCharacters of src/comment.ts). Scalars follow src/scalar.ts.
import { EXISTING_CONNECTORS, ImportPlan, PlannedConnector } from './plan';
import { PlannedRule, PlannedRuleAction } from './plan-rules';
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
  if (!plan.tokenMarkersChecked) {
    // A programming error, not bad data: without the check, a Kibana string holding a marker would become a live token.
    throw new Error('emitTypeScript needs a plan made with tokenMarkers (findCdktfMarker of ./cdktf-markers.ts)');
  }
  const framework = options.framework ?? (FRAMEWORK as Framework);
  const pkg = options.packageName ?? packageOf(framework);
  const out: string[] = [];
  const leftOut = plan.connectors.filter((c) => c.typeScriptRefusal !== undefined);
  const connectors = plan.connectors.filter((c) => c.typeScriptRefusal === undefined);
  const rulesLeftOut = plan.rules.filter((r) => r.typeScriptRefusal !== undefined);
  const rules = plan.rules.filter((r) => r.typeScriptRefusal === undefined);
  const written: ImportPlan = { ...plan, connectors, rules };
  for (const line of headerLines(written, 'kibana-connectors import --format ts', options.source, leftOut, options.kibanaVersion, rulesLeftOut)) {
    out.push(safeComment('//', line));
  }

  const classes = new Set<string>(['provider']);
  for (const c of connectors) {
    classes.add(c.constructName ?? 'KibanaConnector');
    if (c.constructName && hasConfig(c)) for (const m of Object.values(c.configEnumMembers ?? {})) classes.add(m.enumName);
  }
  // The connectors the rules' actions reach: imported ones by reference, the others by id.
  const imported = new Set(connectors.map((c) => c.resourceName));
  const bound = (a: PlannedRuleAction): string | undefined =>
    (a.connectorResource !== undefined && imported.has(a.connectorResource) ? a.connectorResource : undefined);
  const existing = new Map<string, number>();
  for (const r of rules) {
    classes.add(r.className ?? 'AlertingRule');
    for (const a of r.actions) {
      if (a.frequency || r.notifyWhen !== undefined) classes.add('NotifyWhen');
      if (bound(a) !== undefined) continue;
      classes.add('RuleAction');
      if (!a.preconfigured) {
        classes.add('KibanaConnector');
        const key = `${r.spaceId}/${a.connectorId}`;
        if (!existing.has(key)) existing.set(key, existing.size);
      }
    }
  }
  const needsConfigType = connectors.some((c) => c.constructName && hasConfig(c));
  const needsActionParams = rules.some((r) => r.actions.some((a) => a.typed && bound(a) !== undefined));
  const needsRuleParams = rules.some((r) => r.className !== undefined);
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
  if (needsRuleParams) {
    out.push('/** The `params` struct type of a typed rule class (values as Kibana holds them). */');
    out.push('type ParamsOf<T extends abstract new (...args: any) => any> = ConstructorParameters<T>[2]["params"];');
    out.push('');
  }
  if (needsActionParams) {
    out.push('/** The `params` struct type of a typed connector\'s `action()` (values as Kibana holds them). */');
    out.push('type ActionParamsOf<C extends { action(options: any): unknown }> = Parameters<C["action"]>[0]["params"];');
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
  for (const c of connectors) out.push(connectorLines(c, options.writeOnlySecrets === true).join('\n'));
  out.push('  };');
  for (const c of connectors) out.push(`  connectors.${c.resourceName}.importFrom(${str(c.connectorId)});`);
  out.push('  return connectors;');
  out.push('}');
  out.push('');
  const withRules = plan.rules.length > 0 || plan.skippedRules.length > 0;
  const rulesTakeConnectors = rules.some((r) => r.actions.some((a) => bound(a) !== undefined));
  // One line at a time: a spread of hundreds of thousands of lines overflows the call stack.
  if (withRules) for (const line of rulesFunction(rules, bound, existing, rulesTakeConnectors)) out.push(line);
  out.push(`/** A stack with an elasticstack provider (configured from the environment) and the imported connectors${withRules ? ' and rules' : ''}. */`);
  out.push('export class ImportedConnectorsStack extends TerraformStack {');
  out.push('  public readonly connectors: ImportedConnectors;');
  if (withRules) out.push('  public readonly rules: ImportedRules;');
  out.push('');
  out.push('  constructor(scope: Construct, id: string) {');
  out.push('    super(scope, id);');
  out.push("    new provider.ElasticstackProvider(this, 'elasticstack', {});");
  out.push('    this.connectors = addImportedConnectors(this);');
  if (withRules) out.push(`    this.rules = addImportedRules(this${rulesTakeConnectors ? ', this.connectors' : ''});`);
  out.push('  }');
  out.push('}');
  return out.join('\n') + '\n';
}

/** NotifyWhen's member for a Kibana value (src/rules/action.ts), or the value cast when Kibana has a newer one. */
const NOTIFY_WHEN_MEMBERS: Readonly<Record<string, string>> = {
  onActionGroupChange: 'NotifyWhen.ON_ACTION_GROUP_CHANGE',
  onActiveAlert: 'NotifyWhen.ON_ACTIVE_ALERT',
  onThrottleInterval: 'NotifyWhen.ON_THROTTLE_INTERVAL',
};

function notifyWhenCode(when: string): string {
  return hasOwn(NOTIFY_WHEN_MEMBERS, when) ? NOTIFY_WHEN_MEMBERS[when] : `${str(when)} as NotifyWhen`;
}

/** `addImportedRules(scope[, connectors])` and the `ImportedRules` interface. */
function rulesFunction(
  rules: readonly PlannedRule[], bound: (a: PlannedRuleAction) => string | undefined, existing: ReadonlyMap<string, number>, takesConnectors: boolean,
): string[] {
  const out: string[] = [];
  out.push('/** The imported rules, by resource name. */');
  out.push('export interface ImportedRules {');
  for (const r of rules) out.push(`  readonly ${prop(r.resourceName)}: ${r.className ?? 'AlertingRule'};`);
  out.push('}');
  out.push('');
  out.push('/**');
  out.push(' * Adds the imported rules directly to `scope`, the stack of the connectors: resources are then');
  out.push(' * `elasticstack_kibana_alerting_rule.<name>`. An action of an imported connector is that');
  out.push(' * connector\'s `action()`, so the rule references it; other connectors are referenced by id.');
  out.push(' */');
  out.push(`export function addImportedRules(scope: Construct${takesConnectors ? ', connectors: ImportedConnectors' : ''}): ImportedRules {`);
  if (existing.size) {
    out.push('  // Connectors the rules use that this file does not manage (preconfigured ones aside): referenced by id.');
    out.push(`  const existing = new Construct(scope, ${str(EXISTING_CONNECTORS)});`);
    out.push('  const connectorsById = [');
    for (const [key] of [...existing.entries()].sort((a, b) => a[1] - b[1])) {
      const slash = key.indexOf('/');
      out.push(`    KibanaConnector.fromConnectorId(existing, ${str(String(existing.get(key)))}, ${str(key.slice(0, slash))}, ${str(key.slice(slash + 1))}),`);
    }
    out.push('  ];');
  }
  out.push('  const rules: ImportedRules = {');
  for (const r of rules) out.push(ruleLines(r, bound, existing).join('\n'));
  out.push('  };');
  for (const r of rules) out.push(`  rules.${r.resourceName}.importFrom(${str(r.ruleId)});`);
  out.push('  return rules;');
  out.push('}');
  out.push('');
  return out;
}


function ruleLines(r: PlannedRule, bound: (a: PlannedRuleAction) => string | undefined, existing: ReadonlyMap<string, number>): string[] {
  const lines: string[] = [];
  const cls = r.className ?? 'AlertingRule';
  const ind = '      ';
  lines.push(`    ${prop(r.resourceName)}: new ${cls}(scope, ${str(r.resourceName)}, {`);
  lines.push(`${ind}name: ${str(r.displayName)},`);
  if (!r.className) lines.push(`${ind}ruleTypeId: ${str(r.ruleTypeId)},`);
  lines.push(`${ind}consumer: ${str(r.consumer)},`);
  lines.push(`${ind}spaceId: ${str(r.spaceId)},`);
  lines.push(`${ind}interval: ${str(r.interval)},`);
  if (!r.enabled) lines.push(`${ind}enabled: false,`);
  if (r.tags.length) lines.push(`${ind}tags: ${value(r.tags, ind)},`);
  lines.push(`${ind}params: ${value(r.className ? r.typedParams ?? r.params : r.params, ind)}${r.className ? ` as ParamsOf<typeof ${cls}>` : ''},`);
  if (r.notifyWhen !== undefined) lines.push(`${ind}notifyWhen: ${notifyWhenCode(r.notifyWhen)},`);
  if (r.throttle !== undefined) lines.push(`${ind}throttle: ${str(r.throttle)},`);
  if (r.alertDelay !== undefined) lines.push(`${ind}alertDelay: ${scalarText(r.alertDelay, str)},`);
  if (r.flapping) lines.push(`${ind}flapping: ${value(r.flapping, ind)},`);
  if (r.actions.length) {
    lines.push(`${ind}actions: [`);
    for (const a of r.actions) lines.push(...actionLines(r, a, bound(a), existing, `${ind}  `));
    lines.push(`${ind}],`);
  }
  lines.push('    }),');
  return lines;
}

function actionLines(
  r: PlannedRule, a: PlannedRuleAction, resource: string | undefined, existing: ReadonlyMap<string, number>, ind: string,
): string[] {
  const inner = `${ind}  `;
  const body: string[] = [];
  if (a.group !== undefined) body.push(`${inner}group: ${str(a.group)},`);
  const typed = resource !== undefined && a.typed && a.typedParams !== undefined;
  body.push(`${inner}params: ${value(typed ? a.typedParams : a.params, inner)}${typed ? ` as ActionParamsOf<typeof connectors.${resource}>` : ''},`);
  if (a.frequency) {
    const f = a.frequency;
    const parts = [`summary: ${f.summary}`, `notifyWhen: ${notifyWhenCode(f.notifyWhen)}`, ...(f.throttle !== undefined ? [`throttle: ${str(f.throttle)}`] : [])];
    body.push(`${inner}frequency: { ${parts.join(', ')} },`);
  }
  if (a.alertsFilter) body.push(`${inner}alertsFilter: ${value(a.alertsFilter, inner)},`);
  let open: string;
  if (resource !== undefined) {
    open = typed ? `connectors.${resource}.action({` : `RuleAction.ofConnector(connectors.${resource}, {`;
  } else if (a.preconfigured) {
    open = `RuleAction.ofPreconfigured(${str(a.connectorId)}, {`;
  } else {
    open = `RuleAction.ofConnector(connectorsById[${existing.get(`${r.spaceId}/${a.connectorId}`)}], {`;
  }
  return [`${ind}${open}`, ...body, `${ind}}),`];
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
  if (!c.constructName && !c.secretFieldsUnknown) {
    // A known type that fell back to KibanaConnector: KibanaConnector would check the config as the
    // typed construct does and refuse what Kibana holds. The reason is in the header's notes.
    lines.push(`${ind}// Kept as Kibana holds it, which the typed construct refuses (the header's Notes say why).`);
    lines.push(`${ind}skipTypeValidation: true,`);
  }
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
