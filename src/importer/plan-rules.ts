// The importer's pure core for alerting rules: Kibana rule records in, planned rules out, each bound
// to the planned connectors of its space. No I/O, no cdktf. Which typed rule class and which typed
// connector `action()` a rule gets is decided by the rule engine (src/engine/check.ts) on the same
// data the classes check at synth (the rule params specs and the connector params specs): a rule
// whose params the typed class would refuse becomes an AlertingRule, an action whose params the
// typed `action()` would refuse an untyped RuleAction, each with the reason. A rule the provider's
// resource cannot hold (security detection rules, system actions, alert filters with query
// filters) is skipped with the reason; nothing is dropped silently.
// May import what plan.ts may, and src/rule-record.ts, src/kibana-version.ts, src/engine/check.ts and
// spec.ts, src/rules/rule-type-info.ts (types), params-spec.ts and mustache.ts (pure), ./token-markers.
import { checkParams, paramsProperties, Problem } from '../engine/check';
import type { ConnectorSpec } from '../engine/spec';
import type { KibanaTarget } from '../kibana-version';
import { fieldPath, isBlankText, isPlainObject, ownValue } from '../object';
import type { RuleActionRecord, RuleRecord } from '../rule-record';
import { actionGroupProblem } from '../rules/action-checks';
import { checkTemplate, hasMustache, walkTemplates } from '../rules/mustache';
import { typedRuleProblems, withoutWrittenNulls } from '../rules/params-spec';
import type { RuleParamsSpec, RuleTypeInfo } from '../rules/rule-type-info';
import { scalarProblem } from '../scalar';
import { baseName, snakeCase } from './names';
import { tokenMarkerRefusal, TokenMarkerFinder } from './token-markers';

export type { RuleRecord };

/** The rules of one space. */
export interface SpaceRules {
  readonly spaceId: string;
  readonly rules: readonly RuleRecord[];
}

/** What the rule planner knows of the library: rule types, typed rule classes, connector params. */
export interface RuleLibrary {
  /** Kibana's rule types as the library knows them (src/rules/registry.ts RULE_TYPES). */
  readonly ruleTypes: Readonly<Record<string, RuleTypeInfo>>;
  /** The params spec of each typed rule class, by rule type id (RULE_PARAMS_SPECS). */
  readonly ruleParamsSpecs: Readonly<Record<string, RuleParamsSpec>>;
  /** The connector specs by type id (CONNECTOR_SPECS): their `params` type the actions. */
  readonly connectorSpecs: Readonly<Record<string, ConnectorSpec>>;
}

/** A connector a rule action can bind to, as the connector plan knows it. */
export interface BindableConnector {
  /** The resource / construct name of an imported connector; undefined when it is not imported. */
  readonly resourceName?: string;
  /** Its typed construct, when it is imported as one. */
  readonly constructName?: string;
  /** Whether the typed construct has `action()` (rules can use the type). */
  readonly hasAction: boolean;
  /** Preconfigured in kibana.yml: every space can use it. */
  readonly preconfigured: boolean;
}

export interface RulePlanInput {
  readonly library: RuleLibrary;
  /** The Kibana the typed classes are checked against. */
  readonly target: KibanaTarget;
  /** Connectors by `<space>/<id>`. */
  readonly connectors: ReadonlyMap<string, BindableConnector>;
  /** Hands out the rules' resource names (the connectors' allocator: construct ids share the stack). */
  readonly allocate: (base: string) => string;
  /** cdktf's token marker rule, when the plan is for TypeScript (PlanOptions.tokenMarkers). */
  readonly tokenMarkers?: TokenMarkerFinder;
}

/** An action's frequency, with the construct's names. */
export interface PlannedFrequency {
  readonly summary: boolean;
  readonly notifyWhen: string;
  readonly throttle?: string;
}

/** An action's alerts filter, with the construct's names. */
export interface PlannedAlertsFilter {
  readonly kql?: string;
  readonly timeframe?: {
    readonly days: readonly number[];
    readonly timezone: string;
    readonly hoursStart: string;
    readonly hoursEnd: string;
  };
}

export interface PlannedRuleAction {
  readonly connectorId: string;
  readonly connectorTypeId?: string;
  /** The imported connector's resource name, when the action binds to one. */
  readonly connectorResource?: string;
  readonly preconfigured: boolean;
  /** Written through the connector's typed `action()` (params checked by its spec). */
  readonly typed: boolean;
  /** Why an action of an imported typed connector is written untyped. */
  readonly untypedReason?: string;
  readonly group?: string;
  /** The params as Kibana holds them (Kibana's keys). */
  readonly params: Readonly<Record<string, unknown>>;
  /** For typed actions: the params with the typed structs' property names. */
  readonly typedParams?: Readonly<Record<string, unknown>>;
  readonly frequency?: PlannedFrequency;
  readonly alertsFilter?: PlannedAlertsFilter;
}

export interface PlannedRule {
  readonly spaceId: string;
  readonly ruleId: string;
  readonly ruleTypeId: string;
  readonly displayName: string;
  readonly resourceName: string;
  /** The typed rule class, or undefined for AlertingRule. */
  readonly className?: string;
  /** Why AlertingRule is used for a rule type that has a typed class. */
  readonly fallbackReason?: string;
  readonly consumer: string;
  readonly enabled: boolean;
  readonly tags: readonly string[];
  readonly interval: string;
  readonly params: Readonly<Record<string, unknown>>;
  /**
   * For a typed class: the params as its props take them (nulls that equal a default the class writes
   * left out, since TypeScript's optional fields take no null; the class writes them back).
   */
  readonly typedParams?: Readonly<Record<string, unknown>>;
  readonly notifyWhen?: string;
  readonly throttle?: string;
  readonly alertDelay?: number;
  readonly flapping?: { readonly lookBackWindow: number; readonly statusChangeThreshold: number; readonly enabled?: boolean };
  readonly actions: readonly PlannedRuleAction[];
  /** What the user should know (fields not carried, text Terraform changes). */
  readonly notes: readonly string[];
  /** Why the TypeScript output cannot hold this rule (a cdktf token marker), or undefined. */
  readonly typeScriptRefusal?: string;
}

export interface SkippedRule {
  readonly spaceId: string;
  readonly ruleId: string;
  readonly ruleTypeId: string;
  readonly displayName: string;
  readonly reason: string;
}

export interface RulePlan {
  /** Sorted by space, then display name, then id. */
  readonly rules: readonly PlannedRule[];
  readonly skipped: readonly SkippedRule[];
  readonly warnings: readonly string[];
}

/** Rule data no output can hold, such as a number out of JavaScript's range. */
export class RuleDataError extends Error {
  constructor(spaceId: string, ruleId: string, displayName: string, problem: string) {
    super(`rule ${spaceId}/${ruleId} (${JSON.stringify(displayName)}): ${problem}`);
    this.name = 'RuleDataError';
  }
}

/** Rule types the provider's alerting-rule resource does not manage, and what does. */
const SECURITY_RULE = /^siem\./;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calls `leaf` for every scalar of a JSON value and `key` for every object key, with field paths. */
export function visitJson(value: unknown, path: string, leaf: (value: unknown, path: string) => void, key?: (k: string, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => visitJson(v, fieldPath(path, i), leaf, key));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      key?.(k, fieldPath(path, k));
      visitJson(v, fieldPath(path, k), leaf, key);
    }
  } else {
    leaf(value, path);
  }
}

/** The paths of the strings (and keys) of `value` that are not in Unicode NFC. */
export function notNfcPaths(value: unknown, path: string): string[] {
  const isNfc = (text: string): boolean => text === text.normalize('NFC');
  const found: string[] = [];
  visitJson(value, path,
    (v, p) => { if (typeof v === 'string' && !isNfc(v)) found.push(p); },
    (k, p) => { if (!isNfc(k)) found.push(`${p} (key)`); });
  return found;
}

/** Strings holding a mustache template are Kibana's to check when the action runs (as the rule construct does). */
function skipsLiteralCheck(value: unknown): boolean {
  return typeof value === 'string' && hasMustache(value);
}

function problemText(problems: readonly Problem[]): string {
  return problems.map((p) => p.message).join('; ');
}

/** Plans the rules of every space. Deterministic: the same records give the same plan, in any order. */
export function planRules(spaces: readonly SpaceRules[], input: RulePlanInput): RulePlan {
  const warnings: string[] = [];
  const skipped: SkippedRule[] = [];
  const candidates: { spaceId: string; record: RuleRecord }[] = [];
  const seen = new Set<string>();
  for (const space of spaces) {
    for (const record of space.rules) {
      const key = `${space.spaceId}/${record.id}`;
      if (seen.has(key)) {
        warnings.push(`rule ${key} appears more than once in the input; the first one is used`);
        continue;
      }
      seen.add(key);
      visitJson(record.params ?? {}, 'params', (value, path) => checkNumber(space.spaceId, record, value, path));
      (record.actions ?? []).forEach((a, i) => visitJson(a.params ?? {}, `actions[${i}].params`, (value, path) => checkNumber(space.spaceId, record, value, path)));
      const reason = skipReason(record);
      if (reason) skipped.push({ spaceId: space.spaceId, ruleId: record.id, ruleTypeId: record.rule_type_id, displayName: record.name, reason });
      else candidates.push({ spaceId: space.spaceId, record });
    }
  }
  const order = (a: { spaceId: string; name: string; id: string }, b: { spaceId: string; name: string; id: string }): number =>
    compare(a.spaceId, b.spaceId) || compare(a.name, b.name) || compare(a.id, b.id);
  candidates.sort((a, b) => order({ spaceId: a.spaceId, ...a.record }, { spaceId: b.spaceId, ...b.record }));
  skipped.sort((a, b) => order({ spaceId: a.spaceId, name: a.displayName, id: a.ruleId }, { spaceId: b.spaceId, name: b.displayName, id: b.ruleId }));
  const rules = candidates.map(({ spaceId, record }) => planRule(spaceId, record, input.allocate(ruleBaseName(record.name)), input));
  return { rules, skipped, warnings };
}

function checkNumber(spaceId: string, record: RuleRecord, value: unknown, path: string): void {
  const problem = typeof value === 'number' ? scalarProblem(value) : undefined;
  if (problem) throw new RuleDataError(spaceId, record.id, record.name, `${path} ${problem} (a number too large for JavaScript, such as 1e400)`);
}

/** The construct / resource base name of a rule: its snake-cased name (`rule` when nothing is left). */
function ruleBaseName(name: string): string {
  return snakeCase(name) === '' ? 'rule' : baseName(name);
}

/** Why the provider's resource cannot hold a rule (it is skipped), or undefined. */
function skipReason(record: RuleRecord): string | undefined {
  if (SECURITY_RULE.test(record.rule_type_id)) {
    return 'a security detection rule: the provider manages those with elasticstack_kibana_security_detection_rule, not the alerting-rule resource';
  }
  const system = [
    ...(record.actions ?? []).filter((a) => a.group === undefined || a.group === null).map((a) => a.connector_type_id ?? a.id),
    ...(Array.isArray(record.system_actions) ? record.system_actions.map((a) => (isPlainObject(a) && typeof a.connector_type_id === 'string' ? a.connector_type_id : 'a system action')) : []),
  ];
  if (system.length) {
    return `it has system actions (${[...new Set(system)].join(', ')}), which the provider's actions block cannot hold (it needs a connector and a group); adopting it would remove them on the first apply`;
  }
  if (isBlankText(record.name)) return 'the name is blank (only whitespace), which Kibana refuses when the rule is updated: rename it in Kibana, then import again';
  const interval = record.schedule?.interval;
  if (typeof interval !== 'string' || interval === '') return 'it has no schedule interval';
  const filtered = (record.actions ?? []).findIndex((a) => {
    const filters = a.alerts_filter?.query?.filters;
    return Array.isArray(filters) && filters.length > 0;
  });
  if (filtered >= 0) {
    return `actions[${filtered}].alerts_filter.query.filters is not empty: the provider's alerts_filter holds only a KQL query, so the first apply would remove the filters`;
  }
  return undefined;
}

function planRule(spaceId: string, record: RuleRecord, resourceName: string, input: RulePlanInput): PlannedRule {
  const { library, target } = input;
  const params = isPlainObject(record.params) ? record.params : {};
  const notes: string[] = [];
  const info = ownValue(library.ruleTypes, record.rule_type_id);
  const paramsSpec = ownValue(library.ruleParamsSpecs, record.rule_type_id);
  let className: string | undefined;
  let fallbackReason: string | undefined;
  let typedParams: Readonly<Record<string, unknown>> | undefined;
  if (info?.className && paramsSpec) {
    // The class's own decision (its consumer and params), the one function it checks itself with.
    const problems = typedRuleProblems(paramsSpec, info, { consumer: record.consumer, params }, { target, naming: 'key', isUnresolved: skipsLiteralCheck });
    if (problems.length) {
      fallbackReason = `${info.className} refuses this rule: ${problemText(problems)}`;
    } else {
      className = info.className;
      typedParams = withoutWrittenNulls(paramsSpec.params, params) as Record<string, unknown>;
    }
  }

  const actions = (record.actions ?? []).map((a, i) => planAction(spaceId, a, i, input, notes));
  const perAction = actions.some((a) => a.frequency !== undefined);
  let notifyWhen = typeof record.notify_when === 'string' ? record.notify_when : undefined;
  let throttle = typeof record.throttle === 'string' ? record.throttle : undefined;
  if (perAction && (notifyWhen !== undefined || throttle !== undefined)) {
    notes.push(`rule-level notify_when ${JSON.stringify(notifyWhen ?? null)} and throttle ${JSON.stringify(throttle ?? null)} left out: its actions set frequency, and Kibana refuses both at once`);
    notifyWhen = undefined;
    throttle = undefined;
  }
  const delay = record.alert_delay?.active;
  const f = record.flapping;
  const flapping = f && typeof f.look_back_window === 'number' && typeof f.status_change_threshold === 'number'
    ? { lookBackWindow: f.look_back_window, statusChangeThreshold: f.status_change_threshold, ...(typeof f.enabled === 'boolean' ? { enabled: f.enabled } : {}) }
    : undefined;
  if (record.artifacts !== undefined && record.artifacts !== null && !isEmptyArtifacts(record.artifacts)) {
    notes.push('artifacts (dashboards, investigation guide) are not managed by the provider (0.16.3): check them after the first apply');
  }
  const tags = Array.isArray(record.tags) ? record.tags.filter((t): t is string => typeof t === 'string') : [];
  const notNfc = [
    ...notNfcPaths(record.name, 'name'), ...notNfcPaths(tags, 'tags'), ...notNfcPaths(params, 'params'),
    ...(record.actions ?? []).flatMap((a, i) => notNfcPaths(a.params ?? {}, `actions[${i}].params`)),
  ];
  if (notNfc.length) {
    notes.push(`not in Unicode NFC: ${notNfc.join(', ')}; Terraform normalizes strings to NFC, so the first apply changes them in Kibana to the composed form`);
  }
  const refusal = constructRefusal(record, info);
  const marker = tokenMarkerRefusal(input.tokenMarkers, [
    [record.name, 'name'], [record.id, 'id'], [spaceId, 'space id'], [record.rule_type_id, 'rule_type_id'], [record.consumer, 'consumer'],
    [tags, 'tags'], [params, 'params'], [record.schedule?.interval, 'schedule.interval'],
    ...(record.actions ?? []).flatMap((a, i): [unknown, string][] => [
      [a.id, `actions[${i}].id`], [a.group, `actions[${i}].group`], [a.params ?? {}, `actions[${i}].params`],
      [a.frequency ?? null, `actions[${i}].frequency`], [a.alerts_filter ?? null, `actions[${i}].alerts_filter`],
    ]),
  ]);
  return {
    spaceId,
    ruleId: record.id,
    ruleTypeId: record.rule_type_id,
    displayName: record.name,
    resourceName,
    ...(className ? { className } : {}),
    ...(typedParams ? { typedParams } : {}),
    ...(fallbackReason ? { fallbackReason } : {}),
    consumer: record.consumer,
    enabled: record.enabled !== false,
    tags,
    interval: record.schedule!.interval!,
    params,
    ...(notifyWhen !== undefined ? { notifyWhen } : {}),
    ...(throttle !== undefined ? { throttle } : {}),
    ...(typeof delay === 'number' ? { alertDelay: delay } : {}),
    ...(flapping ? { flapping } : {}),
    actions,
    notes,
    ...((marker ?? refusal) !== undefined ? { typeScriptRefusal: marker ?? refusal } : {}),
  };
}

/**
 * Why the rule construct would refuse a rule Kibana holds (so the TypeScript cannot hold it): an action
 * group the library's rule type does not have (it may be older than this Kibana), or a template
 * mustache cannot parse (Kibana accepted it, and renders an error text in its place).
 */
function constructRefusal(record: RuleRecord, info: RuleTypeInfo | undefined): string | undefined {
  const found: string[] = [];
  (record.actions ?? []).forEach((a, i) => {
    const group = actionGroupProblem(`actions[${i}]`, typeof a.group === 'string' ? a.group : undefined, record.rule_type_id, info);
    if (group) found.push(`${group} (the library's rule types may be older than this Kibana)`);
    const context = { summary: a.frequency?.summary === true, contextVariables: info?.contextVariables };
    walkTemplates(a.params ?? {}, `actions[${i}].params`, (text, path) => {
      if (!hasMustache(text)) return;
      for (const t of checkTemplate(text, path, context)) if (t.severity === 'error') found.push(`${t.path} ${t.message}`);
    });
  });
  return found.length ? `the rule construct refuses it: ${found.join('; ')}` : undefined;
}

function isEmptyArtifacts(a: unknown): boolean {
  if (!isPlainObject(a)) return false;
  return Object.values(a).every((v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0));
}

function planAction(spaceId: string, a: RuleActionRecord, i: number, input: RulePlanInput, notes: string[]): PlannedRuleAction {
  const params = isPlainObject(a.params) ? a.params : {};
  const connector = input.connectors.get(`${spaceId}/${a.id}`);
  const typeId = typeof a.connector_type_id === 'string' ? a.connector_type_id : undefined;
  let typed = false;
  let untypedReason: string | undefined;
  let typedParams: Readonly<Record<string, unknown>> | undefined;
  if (connector?.resourceName && connector.constructName && connector.hasAction && typeId !== undefined) {
    const spec = ownValue(input.library.connectorSpecs, typeId);
    const problems = spec ? checkParams(spec, params, { target: input.target, naming: 'key', isUnresolved: skipsLiteralCheck }) : [];
    if (!spec) {
      untypedReason = `no params spec for ${typeId}`;
    } else if (problems.length) {
      untypedReason = `${connector.constructName}.action() refuses these params: ${problemText(problems)}`;
    } else {
      typed = true;
      typedParams = paramsProperties(spec, params) as Record<string, unknown>;
    }
  }
  if (untypedReason) notes.push(`actions[${i}] written with RuleAction.ofConnector: ${untypedReason}`);
  if (a.use_alert_data_for_template === true) {
    notes.push(`actions[${i}].use_alert_data_for_template is true, which the provider (0.16.3) does not manage: check it after the first apply`);
  }
  const fr = a.frequency;
  const frequency = fr && typeof fr.notify_when === 'string'
    ? { summary: fr.summary === true, notifyWhen: fr.notify_when, ...(typeof fr.throttle === 'string' ? { throttle: fr.throttle } : {}) }
    : undefined;
  return {
    connectorId: a.id,
    ...(typeId !== undefined ? { connectorTypeId: typeId } : {}),
    ...(connector?.resourceName ? { connectorResource: connector.resourceName } : {}),
    preconfigured: connector?.preconfigured === true,
    typed,
    ...(untypedReason ? { untypedReason } : {}),
    ...(typeof a.group === 'string' ? { group: a.group } : {}),
    params,
    ...(typedParams ? { typedParams } : {}),
    ...(frequency ? { frequency } : {}),
    ...alertsFilterOf(a),
  };
}

function alertsFilterOf(a: RuleActionRecord): { alertsFilter?: PlannedAlertsFilter } {
  const f = a.alerts_filter;
  if (!f) return {};
  const kql = typeof f.query?.kql === 'string' && f.query.kql !== '' ? f.query.kql : undefined;
  const t = f.timeframe;
  const timeframe = t && Array.isArray(t.days) && typeof t.timezone === 'string' && typeof t.hours?.start === 'string' && typeof t.hours?.end === 'string'
    ? { days: [...t.days], timezone: t.timezone, hoursStart: t.hours.start, hoursEnd: t.hours.end }
    : undefined;
  if (kql === undefined && timeframe === undefined) return {};
  return { alertsFilter: { ...(kql !== undefined ? { kql } : {}), ...(timeframe ? { timeframe } : {}) } };
}
