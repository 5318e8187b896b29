// The import report: one entry per connector (imported or skipped), plus the variables to supply.
// formatReport prints Kibana's strings through terminalText: never a control character raw.
import { terminalText } from '../comment';
import { CONNECTOR_RESOURCE_TYPE, RULE_RESOURCE_TYPE } from '../resource-type';
import { connectorNotes, ImportPlan, PlannedConnector, planVariables, typeScriptRefusalNote } from './plan';
import { PlannedRule } from './plan-rules';
import { describeTargetVersion, ruleNoteTexts, TargetVersion, KibanaVersionSource } from './text';

export interface ReportEntry {
  readonly space: string;
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly referenced_by_count: number | null;
  readonly status: 'imported' | 'skipped';
  readonly skip_reason?: string;
  readonly resource?: string;
  readonly construct?: string;
  readonly fallback_reason?: string;
  readonly variables?: string[];
  readonly optional_secret_fields?: string[];
  readonly dropped_null_config?: string[];
  /** Fields whose text is not NFC, which Terraform changes on the first apply (`name`, `config.x`, `config["k"] (key)`). */
  readonly not_nfc?: string[];
  readonly notes?: string[];
}

/** One rule of the report, imported or skipped. */
export interface RuleReportEntry {
  readonly space: string;
  readonly id: string;
  readonly rule_type: string;
  readonly name: string;
  readonly status: 'imported' | 'skipped';
  readonly skip_reason?: string;
  readonly resource?: string;
  readonly construct?: string;
  readonly fallback_reason?: string;
  /** Per action: the connector it binds to (`<resource>`, `id <id>` or `preconfigured <id>`) and how it is written. */
  readonly actions?: string[];
  readonly notes?: string[];
}

export interface ImportReport {
  readonly summary: {
    readonly imported: number;
    readonly skipped: number;
    readonly typed: number;
    readonly fallback: number;
    readonly variables: number;
    /** Rules (present when rules were read). */
    readonly rules?: { readonly imported: number; readonly skipped: number; readonly typed: number; readonly fallback: number };
  };
  /** The Kibana version the typed constructs were checked against (null version: the newest known); absent when not given. */
  readonly kibana_version?: { readonly version: string | null; readonly source: KibanaVersionSource };
  readonly connectors: ReportEntry[];
  /** Present when rules were read. */
  readonly rules?: RuleReportEntry[];
  readonly variables: { readonly name: string; readonly description: string }[];
  readonly warnings: string[];
}

export interface ReportOptions {
  /**
   * The output the report describes. With `ts`, connectors the TypeScript output leaves out are
   * skipped entries; with `hcl` they are imported; unset, imported with a note saying so.
   */
  readonly format?: 'ts' | 'hcl';
  /** The Kibana version the import targets, for the report and the summary. */
  readonly kibanaVersion?: TargetVersion;
  /** Whether rules were read (the report then lists them, even none). Default: when the plan has some. */
  readonly rules?: boolean;
}

/** The fields every report entry starts with, from a planned or a skipped connector. */
function identity(c: Pick<PlannedConnector, 'spaceId' | 'connectorId' | 'typeId' | 'displayName' | 'referencedByCount'>) {
  return { space: c.spaceId, id: c.connectorId, type: c.typeId, name: c.displayName, referenced_by_count: c.referencedByCount ?? null };
}

export function buildReport(plan: ImportPlan, options: ReportOptions = {}): ImportReport {
  const entries: ReportEntry[] = [];
  const skippedByTs = (c: PlannedConnector): boolean => options.format === 'ts' && c.typeScriptRefusal !== undefined;
  const connectors = plan.connectors.filter((c) => !skippedByTs(c));
  for (const c of plan.connectors.filter(skippedByTs)) {
    entries.push({
      ...identity(c),
      status: 'skipped',
      skip_reason: typeScriptRefusalNote(c),
    });
  }
  for (const c of connectors) {
    const refusal = options.format === undefined ? typeScriptRefusalNote(c) : undefined;
    entries.push({
      ...identity(c),
      status: 'imported',
      resource: `${CONNECTOR_RESOURCE_TYPE}.${c.resourceName}`,
      construct: c.constructName ?? 'KibanaConnector',
      ...(c.fallbackReason ? { fallback_reason: c.fallbackReason } : {}),
      variables: c.variables.map((v) => v.name),
      optional_secret_fields: [...c.optionalSecretFields],
      dropped_null_config: [...c.droppedNullConfig],
      not_nfc: [...c.notNfc],
      notes: refusal ? [refusal, ...connectorNotes(c)] : connectorNotes(c),
    });
  }
  for (const s of plan.skipped) {
    entries.push({
      ...identity(s),
      status: 'skipped',
      skip_reason: s.reason,
    });
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  entries.sort((a, b) => cmp(a.space, b.space) || cmp(a.name, b.name) || cmp(a.id, b.id));
  const variables = planVariables({ ...plan, connectors }).map((v) => ({ name: v.name, description: v.description }));
  const typed = connectors.filter((c) => c.constructName).length;
  const withRules = options.rules ?? (plan.rules.length > 0 || plan.skippedRules.length > 0);
  const rules = ruleEntries(plan, options.format);
  const rulesImported = rules.filter((r) => r.status === 'imported');
  const rulesTyped = rulesImported.filter((r) => r.construct !== 'AlertingRule').length;
  return {
    summary: {
      imported: connectors.length,
      skipped: plan.skipped.length + plan.connectors.length - connectors.length,
      typed,
      fallback: connectors.length - typed,
      variables: variables.length,
      ...(withRules ? {
        rules: {
          imported: rulesImported.length,
          skipped: rules.length - rulesImported.length,
          typed: rulesTyped,
          fallback: rulesImported.length - rulesTyped,
        },
      } : {}),
    },
    ...(options.kibanaVersion ? { kibana_version: { version: options.kibanaVersion.version ?? null, source: options.kibanaVersion.source } } : {}),
    connectors: entries,
    ...(withRules ? { rules } : {}),
    variables,
    warnings: [...plan.warnings],
  };
}

/** The rules' entries: imported (with their actions' bindings) and skipped, by space, name and id. */
function ruleEntries(plan: ImportPlan, format: 'ts' | 'hcl' | undefined): RuleReportEntry[] {
  const entries: RuleReportEntry[] = [];
  const imported = new Set(plan.connectors.filter((c) => format !== 'ts' || c.typeScriptRefusal === undefined).map((c) => c.resourceName));
  const ruleIdentity = (r: { spaceId: string; ruleId: string; ruleTypeId: string; displayName: string }) =>
    ({ space: r.spaceId, id: r.ruleId, rule_type: r.ruleTypeId, name: r.displayName });
  for (const r of plan.rules) {
    const refusal = r.typeScriptRefusal === undefined ? undefined : `left out of the TypeScript output: ${r.typeScriptRefusal}; --format hcl writes it exactly`;
    if (format === 'ts' && refusal) {
      entries.push({ ...ruleIdentity(r), status: 'skipped', skip_reason: refusal });
      continue;
    }
    entries.push({
      ...ruleIdentity(r),
      status: 'imported',
      resource: `${RULE_RESOURCE_TYPE}.${r.resourceName}`,
      construct: r.className ?? 'AlertingRule',
      ...(r.fallbackReason ? { fallback_reason: r.fallbackReason } : {}),
      actions: r.actions.map((a) => actionBinding(a, imported)),
      notes: [...(format === undefined && refusal ? [refusal] : []), ...ruleNoteTexts(r)],
    });
  }
  for (const s of plan.skippedRules) entries.push({ ...ruleIdentity(s), status: 'skipped', skip_reason: s.reason });
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return entries.sort((a, b) => cmp(a.space, b.space) || cmp(a.name, b.name) || cmp(a.id, b.id));
}

function actionBinding(a: PlannedRule['actions'][number], imported: ReadonlySet<string>): string {
  const group = a.group === undefined ? '' : ` (${a.group})`;
  if (a.connectorResource !== undefined && imported.has(a.connectorResource)) {
    return `${CONNECTOR_RESOURCE_TYPE}.${a.connectorResource}${group}: ${a.typed ? 'typed action()' : `untyped, ${a.untypedReason ?? 'the connector has no action()'}`}`;
  }
  return `${a.preconfigured ? 'preconfigured' : 'by id'} ${a.connectorId}${group}: untyped${a.preconfigured ? '' : ', the connector is not imported'}`;
}

/** A human summary for stderr: counts, skips, fallbacks, manual steps and variables. */
export function formatReport(report: ImportReport, maxDetailLines: number = Number.POSITIVE_INFINITY): string {
  const lines: string[] = [];
  const line = (text: string): void => { lines.push(terminalText(text)); };
  let details = 0;
  let hidden = 0;
  const detail = (text: string): void => {
    if (details < maxDetailLines) {
      line(text);
      details++;
    } else {
      hidden++;
    }
  };
  const s = report.summary;
  line(`imported ${s.imported} connector(s) (${s.typed} typed, ${s.fallback} KibanaConnector), skipped ${s.skipped}, ${s.variables} sensitive variable(s) to supply`);
  if (report.kibana_version) line(`Kibana version: ${describeTargetVersion({ version: report.kibana_version.version ?? undefined, source: report.kibana_version.source })}`);
  for (const e of report.connectors) {
    const refs = e.referenced_by_count === null ? '' : `, referenced by ${e.referenced_by_count} rule(s)`;
    if (e.status === 'skipped') {
      detail(`  skipped  ${e.space}/${e.id} ${e.type} ${JSON.stringify(e.name)}${refs}: ${e.skip_reason}`);
    } else if (e.notes && e.notes.length) {
      detail(`  note     ${e.space}/${e.id} ${e.type} ${JSON.stringify(e.name)} -> ${e.resource}${refs}: ${e.notes.join('; ')}`);
    }
  }
  if (s.rules) {
    line(`imported ${s.rules.imported} rule(s) (${s.rules.typed} typed, ${s.rules.fallback} AlertingRule), skipped ${s.rules.skipped}`);
    for (const e of report.rules ?? []) {
      if (e.status === 'skipped') {
        detail(`  skipped  rule ${e.space}/${e.id} ${e.rule_type} ${JSON.stringify(e.name)}: ${e.skip_reason}`);
      } else if (e.notes && e.notes.length) {
        detail(`  note     rule ${e.space}/${e.id} ${e.rule_type} ${JSON.stringify(e.name)} -> ${e.resource}: ${e.notes.join('; ')}`);
      }
    }
  }
  if (report.variables.length) {
    detail('variables to supply (sensitive; Kibana never returns secrets):');
    for (const v of report.variables) detail(`  ${v.name}: ${v.description}`);
  }
  if (hidden) line(`  ... ${hidden} more line(s): see the --report file or the comment at the top of the output`);
  for (const w of report.warnings) line(`warning: ${w}`);
  return lines.join('\n') + '\n';
}
