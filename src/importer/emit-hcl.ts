// HCL emitter: `variable` blocks for secrets, `import` blocks and matching
// `elasticstack_kibana_action_connector` resources, laid out exactly as `terraform fmt` would.
// Every Kibana string, object keys included, is a quoted HCL literal (hclStringLiteral: `${` and
// `%{` doubled, quotes, backslashes and control characters escaped), so Terraform reads back
// exactly the text Kibana holds; only `var.<name>` of the secret variables is written as code.
// A `terraform { required_providers { ... } }` block names the provider source and version
// constraint (src/resource-type.ts) unless asked not to. Scalars follow src/scalar.ts.
import { hclStringLiteral } from '../template-text';
import { ImportPlan, PlannedConnector } from './plan';
import { safeComment } from '../comment';
import { PlannedRule, PlannedRuleAction } from './plan-rules';
import { CONNECTOR_RESOURCE_TYPE, PROVIDER_SOURCE, PROVIDER_VERSION_CONSTRAINT, RULE_RESOURCE_TYPE } from '../resource-type';
import { scalarText } from '../scalar';
import { headerLines, TargetVersion } from './text';

/** One output line: `key = value` (key set) or a bare line; `open` lines start a multi-line value. */
interface Line {
  readonly indent: number;
  readonly key?: string;
  readonly value: string;
  /** True when the line is a whole `key = value` (terraform fmt aligns runs of these). */
  readonly complete: boolean;
}

export interface HclEmitOptions {
  /** Where the data came from, for the header comment. */
  readonly source?: string;
  /**
   * Send the secrets of connectors that have secret variables through the write-only
   * `secrets_wo` attribute (Terraform 1.11+), so they are never stored in state.
   */
  readonly writeOnlySecrets?: boolean;
  /**
   * Write `terraform { required_providers { elasticstack = { source, version } } }`, so that
   * Terraform in an empty folder installs elastic/elasticstack (without it, it looks for
   * hashicorp/elasticstack). Default true.
   */
  readonly requiredProviders?: boolean;
  /** The Kibana version the import targets, for the header comment. */
  readonly kibanaVersion?: TargetVersion;
}

/** The HCL text of a plan. */
export function emitHcl(plan: ImportPlan, options: HclEmitOptions = {}): string {
  const chunks: string[] = [];
  chunks.push(headerLines(plan, 'kibana-connectors import --format hcl', options.source, [], options.kibanaVersion).map((l) => safeComment('#', l)).join('\n') + '\n');
  if (options.requiredProviders !== false) chunks.push(requiredProvidersBlock());
  for (const c of plan.connectors) chunks.push(connectorBlocks(c, options.writeOnlySecrets === true));
  const imported = new Set(plan.connectors.map((c) => c.resourceName));
  for (const r of plan.rules) chunks.push(ruleBlocks(r, imported));
  return chunks.join('\n');
}

/** An import block and the rule's resource; actions of imported connectors reference their `connector_id`. */
function ruleBlocks(r: PlannedRule, imported: ReadonlySet<string>): string {
  const lines: Line[] = [];
  const open = (indent: number, head: string): void => { lines.push({ indent, value: `${head} {`, complete: false }); };
  const close = (indent: number): void => { lines.push({ indent, value: '}', complete: false }); };
  const set = (indent: number, key: string, value: string): void => { lines.push({ indent, key, value, complete: true }); };
  open(0, 'import');
  set(1, 'to', `${RULE_RESOURCE_TYPE}.${r.resourceName}`);
  set(1, 'id', hclStringLiteral(`${r.spaceId}/${r.ruleId}`));
  close(0);
  lines.push({ indent: 0, value: '', complete: false });
  open(0, `resource ${hclStringLiteral(RULE_RESOURCE_TYPE)} ${hclStringLiteral(r.resourceName)}`);
  set(1, 'name', hclStringLiteral(r.displayName));
  set(1, 'rule_type_id', hclStringLiteral(r.ruleTypeId));
  set(1, 'consumer', hclStringLiteral(r.consumer));
  set(1, 'space_id', hclStringLiteral(r.spaceId));
  set(1, 'interval', hclStringLiteral(r.interval));
  set(1, 'enabled', String(r.enabled));
  if (r.tags.length) set(1, 'tags', `[${r.tags.map(hclStringLiteral).join(', ')}]`);
  if (r.notifyWhen !== undefined) set(1, 'notify_when', hclStringLiteral(r.notifyWhen));
  if (r.throttle !== undefined) set(1, 'throttle', hclStringLiteral(r.throttle));
  if (r.alertDelay !== undefined) set(1, 'alert_delay', scalar(r.alertDelay));
  if (r.flapping) {
    lines.push({ indent: 1, key: 'flapping', value: '{', complete: false });
    if (r.flapping.enabled !== undefined) set(2, 'enabled', String(r.flapping.enabled));
    set(2, 'look_back_window', scalar(r.flapping.lookBackWindow));
    set(2, 'status_change_threshold', scalar(r.flapping.statusChangeThreshold));
    close(1);
  }
  attribute(lines, 1, 'params', r.params, 'jsonencode(', ')');
  for (const a of r.actions) actionBlock(lines, a, imported);
  close(0);
  return render(lines);
}

function actionBlock(lines: Line[], a: PlannedRuleAction, imported: ReadonlySet<string>): void {
  const set = (indent: number, key: string, value: string): void => { lines.push({ indent, key, value, complete: true }); };
  const open = (indent: number, head: string): void => { lines.push({ indent, value: `${head} {`, complete: false }); };
  const close = (indent: number): void => { lines.push({ indent, value: '}', complete: false }); };
  lines.push({ indent: 1, value: '', complete: false });
  open(1, 'actions');
  const bound = a.connectorResource !== undefined && imported.has(a.connectorResource);
  set(2, 'id', bound ? `${CONNECTOR_RESOURCE_TYPE}.${a.connectorResource}.connector_id` : hclStringLiteral(a.connectorId));
  if (a.group !== undefined) set(2, 'group', hclStringLiteral(a.group));
  attribute(lines, 2, 'params', a.params, 'jsonencode(', ')');
  if (a.frequency) {
    lines.push({ indent: 2, value: '', complete: false });
    open(2, 'frequency');
    set(3, 'summary', String(a.frequency.summary));
    set(3, 'notify_when', hclStringLiteral(a.frequency.notifyWhen));
    if (a.frequency.throttle !== undefined) set(3, 'throttle', hclStringLiteral(a.frequency.throttle));
    close(2);
  }
  const f = a.alertsFilter;
  if (f) {
    lines.push({ indent: 2, value: '', complete: false });
    open(2, 'alerts_filter');
    if (f.kql !== undefined) set(3, 'kql', hclStringLiteral(f.kql));
    if (f.timeframe) {
      if (f.kql !== undefined) lines.push({ indent: 3, value: '', complete: false });
      open(3, 'timeframe');
      set(4, 'days', `[${f.timeframe.days.map((d) => scalar(d)).join(', ')}]`);
      set(4, 'timezone', hclStringLiteral(f.timeframe.timezone));
      set(4, 'hours_start', hclStringLiteral(f.timeframe.hoursStart));
      set(4, 'hours_end', hclStringLiteral(f.timeframe.hoursEnd));
      close(3);
    }
    close(2);
  }
  close(1);
}

/** The `terraform` block naming the provider's source and version constraint. */
function requiredProvidersBlock(): string {
  return render([
    { indent: 0, value: 'terraform {', complete: false },
    { indent: 1, value: 'required_providers {', complete: false },
    { indent: 2, key: 'elasticstack', value: '{', complete: false },
    { indent: 3, key: 'source', value: hclStringLiteral(PROVIDER_SOURCE), complete: true },
    { indent: 3, key: 'version', value: hclStringLiteral(PROVIDER_VERSION_CONSTRAINT), complete: true },
    { indent: 2, value: '}', complete: false },
    { indent: 1, value: '}', complete: false },
    { indent: 0, value: '}', complete: false },
  ]);
}

function connectorBlocks(c: PlannedConnector, writeOnly: boolean): string {
  const lines: Line[] = [];
  const blank = (): void => { lines.push({ indent: 0, value: '', complete: false }); };
  for (const v of c.variables) {
    lines.push({ indent: 0, value: `variable ${hclStringLiteral(v.name)} {`, complete: false });
    lines.push({ indent: 1, key: 'type', value: 'string', complete: true });
    lines.push({ indent: 1, key: 'sensitive', value: 'true', complete: true });
    lines.push({ indent: 1, key: 'description', value: hclStringLiteral(v.description), complete: true });
    lines.push({ indent: 0, value: '}', complete: false });
    blank();
  }
  lines.push({ indent: 0, value: 'import {', complete: false });
  lines.push({ indent: 1, key: 'to', value: `${CONNECTOR_RESOURCE_TYPE}.${c.resourceName}`, complete: true });
  lines.push({ indent: 1, key: 'id', value: hclStringLiteral(`${c.spaceId}/${c.connectorId}`), complete: true });
  lines.push({ indent: 0, value: '}', complete: false });
  blank();
  lines.push({ indent: 0, value: `resource ${hclStringLiteral(CONNECTOR_RESOURCE_TYPE)} ${hclStringLiteral(c.resourceName)} {`, complete: false });
  lines.push({ indent: 1, key: 'name', value: hclStringLiteral(c.displayName), complete: true });
  lines.push({ indent: 1, key: 'connector_type_id', value: hclStringLiteral(c.typeId), complete: true });
  lines.push({ indent: 1, key: 'space_id', value: hclStringLiteral(c.spaceId), complete: true });
  attribute(lines, 1, 'config', c.config, 'jsonencode(', ')');
  const secrets: Record<string, unknown> = {};
  for (const v of c.variables) secrets[v.field] = new Raw(`var.${v.name}`);
  if (writeOnly && c.variables.length) {
    lines.push({ indent: 1, key: 'secrets_wo_version', value: '"1"', complete: true });
    attribute(lines, 1, 'secrets_wo', secrets, 'jsonencode(', ')');
  } else {
    attribute(lines, 1, 'secrets', secrets, 'jsonencode(', ')');
  }
  lines.push({ indent: 0, value: '}', complete: false });
  return render(lines);
}

/** An HCL expression written as is. */
class Raw {
  constructor(public readonly text: string) {}
}

function isScalar(v: unknown): boolean {
  return v === null || v instanceof Raw || typeof v !== 'object';
}

function scalar(v: unknown): string {
  return v instanceof Raw ? v.text : scalarText(v, hclStringLiteral);
}

function inline(v: unknown): string | undefined {
  if (isScalar(v)) return scalar(v);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : v.every(isScalar) ? `[${v.map(scalar).join(', ')}]` : undefined;
  return Object.keys(v as object).length === 0 ? '{}' : undefined;
}

/** `key = <prefix>value<suffix>`, multi-line when the value is a non-empty object or a non-scalar list. */
function attribute(lines: Line[], indent: number, key: string, value: unknown, prefix = '', suffix = ''): void {
  const one = inline(value);
  if (one !== undefined) {
    lines.push({ indent, key, value: prefix + one + suffix, complete: true });
    return;
  }
  lines.push({ indent, key, value: prefix + (Array.isArray(value) ? '[' : '{'), complete: false });
  body(lines, indent + 1, value);
  lines.push({ indent, value: (Array.isArray(value) ? ']' : '}') + suffix, complete: false });
}

function body(lines: Line[], indent: number, value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      const one = inline(item);
      if (one !== undefined) {
        lines.push({ indent, value: one + ',', complete: false });
      } else {
        lines.push({ indent, value: Array.isArray(item) ? '[' : '{', complete: false });
        body(lines, indent + 1, item);
        lines.push({ indent, value: (Array.isArray(item) ? ']' : '}') + ',', complete: false });
      }
    }
  } else {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      attribute(lines, indent, hclStringLiteral(k), v);
    }
  }
}

/** Columns terraform fmt counts for a text: grapheme clusters. */
function columns(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}

/** Lines as text, aligning the `=` of each run of complete `key = value` lines as terraform fmt does. */
function render(lines: Line[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.key !== undefined && line.complete) {
      let j = i;
      let width = 0;
      while (j < lines.length && lines[j].key !== undefined && lines[j].complete) {
        width = Math.max(width, columns(lines[j].key!));
        j++;
      }
      for (let k = i; k < j; k++) {
        const l = lines[k];
        out.push(`${'  '.repeat(l.indent)}${l.key}${' '.repeat(width - columns(l.key!) + 1)}= ${l.value}`);
      }
      i = j;
    } else {
      out.push(line.value === '' ? '' : `${'  '.repeat(line.indent)}${line.key !== undefined ? `${line.key} = ` : ''}${line.value}`);
      i++;
    }
  }
  return out.join('\n') + '\n';
}
