// AlertingRule: an `elasticstack_kibana_alerting_rule` whose params and action params are written
// through the same renderer as connector config (every literal string exactly, tokens live), and
// whose actions are checked at synth as Kibana checks them when the rule is created, and as the
// connector checks its params only when the action runs (src/engine/check.ts; mustache through
// ./mustache.ts). The typed rule classes (src/rules/types/) extend it.
// Imports: cdktf, constructs, the binding, ../json-expression, ../kibana-version, ../engine/,
// ../space-id, ../object, ../creation-stacks, ./action, ./rule-type-info, ./registry, ./features (the
// version gates), ./mustache, ./typed-specs (the params specs the typed classes attach).
import { AnnotationMetadataEntryType, ITerraformDependable, TerraformProvider, TerraformResourceLifecycle, Token } from 'cdktf';
import { Construct } from 'constructs';
import { withoutCreationStacks } from '../creation-stacks';
import { checkParams, Problem } from '../engine/check';
import { isUnresolved } from '../engine/construct';
import { jsonEncodeText, templateStrings, templateText } from '../json-expression';
import { describeKibanaRanges, KibanaTarget } from '../kibana-version';
import { isPlainObject } from '../object';
import { kibanaAlertingRule } from '../provider';
import { DEFAULT_SPACE_ID, spaceIdProblem } from '../space-id';
import { importedId, UUID_PATTERN } from '../validation';
import { ActionFrequency, AlertsFilter, NotifyWhen, RuleAction } from './action';
import { actionGroupProblem } from './action-checks';
import { RULE_FEATURES, RuleFeatureVersions } from './features';
import { checkTemplate, hasMustache, TemplateProblem, walkTemplates } from './mustache';
import { typedRuleProblems } from './params-spec';
import { RULE_TYPES } from './registry';
import { RuleTypeInfo } from './rule-type-info';
import { paramsSpecOf, ruleParamsSpecOf } from './typed-specs';

/** How a rule decides that an alert is flapping (Kibana 8.16 and later). */
export interface RuleFlapping {
  /** Recent runs to look at (at least 1). */
  readonly lookBackWindow: number;
  /** State changes within the window that make an alert flapping (at least 1). */
  readonly statusChangeThreshold: number;
  /**
   * Whether flapping detection is on for this rule (Kibana 9.3 and later).
   * @default - Kibana's space setting
   */
  readonly enabled?: boolean;
}

/** What every rule takes, typed or generic. */
export interface AlertingRuleOptions {
  /** Display name of the rule. */
  readonly name: string;
  /**
   * How often the rule runs: a number and a unit, `s`, `m`, `h` or `d`.
   * @default "1m"
   */
  readonly interval?: string;
  /**
   * Kibana space of the rule. Its actions' connectors must be in the same space (or preconfigured).
   * @default "default"
   */
  readonly spaceId?: string;
  /**
   * Whether the rule runs.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Tags of the rule.
   * @default - none
   */
  readonly tags?: string[];
  /**
   * A fixed rule id (a UUID before Kibana 8.17).
   * @default - Kibana generates one
   */
  readonly ruleId?: string;
  /**
   * Consecutive runs an alert must be active before actions run (Kibana 8.13 and later).
   * @default - Kibana's default (1)
   */
  readonly alertDelay?: number;
  /**
   * Flapping detection (Kibana 8.16 and later).
   * @default - Kibana's space settings
   */
  readonly flapping?: RuleFlapping;
  /**
   * The actions. Build them with a typed connector's `action()` (checked params) or `RuleAction.ofConnector`.
   * @default - none
   */
  readonly actions?: RuleAction[];
  /**
   * Rule-level notify-when, for rules whose actions have no `frequency` (deprecated by Kibana 8.13 in
   * favour of per-action frequency). Kibana refuses a rule that mixes both.
   * @default - per-action frequency; when no action gives one, each action gets `{ summary: false, notifyWhen: NotifyWhen.ON_ACTIVE_ALERT }` (on a target Kibana before per-action frequency, the rule gets NotifyWhen.ON_ACTIVE_ALERT)
   */
  readonly notifyWhen?: NotifyWhen;
  /**
   * Rule-level throttle, with `notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL`.
   * @default - none
   */
  readonly throttle?: string;
  /** @default - the provider's Kibana connection */
  readonly kibanaConnection?: kibanaAlertingRule.KibanaAlertingRuleKibanaConnection;
  /** @default - the provider's defaults */
  readonly timeouts?: kibanaAlertingRule.KibanaAlertingRuleTimeouts;
  /**
   * Refuse to destroy the rule (`lifecycle.prevent_destroy`).
   * @default false
   */
  readonly preventDestroy?: boolean;
  /** @default - none */
  readonly lifecycle?: TerraformResourceLifecycle;
  /** @default - the stack's default elasticstack provider */
  readonly provider?: TerraformProvider;
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/** Properties of a rule of any type. */
export interface AlertingRuleProps extends AlertingRuleOptions {
  /** Kibana rule type id, such as `.index-threshold`; changing it replaces the rule. */
  readonly ruleTypeId: string;
  /** The app that owns the rule, such as `alerts` or `stackAlerts`; changing it replaces the rule. */
  readonly consumer: string;
  /** The rule type's params, with Kibana's keys. */
  readonly params: { [key: string]: any };
}

const DURATION = /^[1-9]\d*[smhd]$/;
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };
const HOURS = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The problem of a field the target Kibana does not accept, or undefined. The versions are data
 * (./features.ts, generated from generator/rule-catalog/rule-features.json with their evidence).
 */
function versionProblem(path: string, feature: RuleFeatureVersions, target: KibanaTarget): Problem | undefined {
  if (target.acceptsAny(feature.ranges)) return undefined;
  const unsettled = feature.settled ? '' : " (the provider's gate: the first Kibana release that accepts it is not settled)";
  return { path, kind: 'version', message: `${path} is not accepted by ${target.describe()}: ${feature.what} needs ${describeKibanaRanges(feature.ranges)}${unsettled}` };
}

/**
 * A Kibana alerting rule (`elasticstack_kibana_alerting_rule`) of any type. Its params are an
 * object with Kibana's keys; its actions come from the connectors (`connector.action({...})`), so
 * that each binds to its connector's id by reference. At synth it checks what Kibana checks when
 * the rule is created (action groups, spaces, frequency, alerts filters, versions) and what the
 * connectors check only when the actions run (their params, their mustache templates).
 */
export class AlertingRule extends Construct {
  /** The generated L1 resource. Use it as an escape hatch for anything this class does not cover. */
  public readonly resource: kibanaAlertingRule.KibanaAlertingRule;
  /** Kibana rule type id. */
  public readonly ruleTypeId: string;
  /** Kibana space of the rule. */
  public readonly spaceId: string;
  /** The rule's interval. */
  public readonly interval: string;

  private readonly actionList: RuleAction[];
  private readonly props: AlertingRuleProps;
  /** The mustache problems of each action (read when it is added, for the warnings, and again at synth). */
  private readonly templateCache = new Map<RuleAction, TemplateProblem[]>();

  constructor(scope: Construct, id: string, props: AlertingRuleProps) {
    super(scope, id);
    this.props = props;
    this.ruleTypeId = props.ruleTypeId;
    this.spaceId = props.spaceId ?? DEFAULT_SPACE_ID;
    this.interval = props.interval ?? '1m';
    this.actionList = [...(props.actions ?? [])];
    const frequencyDefault = this.frequencyDefault();
    const lifecycle: TerraformResourceLifecycle | undefined =
      props.preventDestroy !== undefined ? { ...props.lifecycle, preventDestroy: props.preventDestroy } : props.lifecycle;
    // As for connectors: the L1 records a call stack per output token it makes, only to print it should
    // resolving that token fail; this construct writes the attributes from values it has checked.
    this.resource = withoutCreationStacks(() => new kibanaAlertingRule.KibanaAlertingRule(this, 'Default', {
      name: templateText(props.name, this, 'name'),
      ruleTypeId: templateText(props.ruleTypeId, this, 'ruleTypeId'),
      consumer: templateText(props.consumer, this, 'consumer'),
      spaceId: templateText(this.spaceId, this, 'spaceId'),
      ruleId: templateText(props.ruleId, this, 'ruleId'),
      interval: templateText(this.interval, this, 'interval'),
      enabled: props.enabled ?? true,
      tags: props.tags?.map((t, i) => templateText(t, this, `tags[${i}]`)),
      params: jsonEncodeText(props.params, this, 'params'),
      notifyWhen: frequencyDefault === 'rule' ? NotifyWhen.ON_ACTIVE_ALERT : templateText(props.notifyWhen, this, 'notifyWhen'),
      throttle: templateText(props.throttle, this, 'throttle'),
      alertDelay: props.alertDelay,
      flapping: props.flapping && {
        lookBackWindow: props.flapping.lookBackWindow,
        statusChangeThreshold: props.flapping.statusChangeThreshold,
        enabled: props.flapping.enabled,
      },
      actions: this.renderActions(frequencyDefault),
      kibanaConnection: templateStrings(props.kibanaConnection, this, 'kibanaConnection'),
      timeouts: templateStrings(props.timeouts, this, 'timeouts'),
      lifecycle,
      provider: props.provider,
      dependsOn: props.dependsOn,
    }));
    this.actionList.forEach((a, i) => this.warnAboutTemplates(a, i));
    this.node.addValidation({ validate: () => this.validateRule().map((p) => p.message) });
  }

  /** The rule id: the one given, or the one Kibana assigned (known after apply). */
  public get ruleId(): string {
    return this.resource.ruleId;
  }

  /** The Terraform id of the rule, `<space_id>/<rule_id>`. */
  public get id(): string {
    return this.resource.id;
  }

  /** The rule's actions, in order. */
  public get actions(): RuleAction[] {
    return [...this.actionList];
  }

  /** Adds an action. */
  public addAction(action: RuleAction): void {
    this.actionList.push(action);
    const frequencyDefault = this.frequencyDefault();
    this.resource.putActions(this.renderActions(frequencyDefault));
    if (this.props.notifyWhen === undefined) {
      if (frequencyDefault === 'rule') this.resource.notifyWhen = NotifyWhen.ON_ACTIVE_ALERT;
      else this.resource.resetNotifyWhen();
    }
    this.warnAboutTemplates(action, this.actionList.length - 1);
  }

  /**
   * Adopts an existing rule: adds a Terraform `import` block with id `<spaceId>/<ruleId>`
   * (Terraform 1.5 or later). A `<space>/` prefix equal to the rule's space is accepted once.
   */
  public importFrom(ruleId: string, provider?: TerraformProvider): void {
    const { id, problem } = importedId(this.spaceId, ruleId, 'rule');
    if (problem) this.node.addValidation({ validate: () => [problem] });
    this.resource.importFrom(templateText(`${this.spaceId}/${id}`, this, 'importFrom'), provider);
  }

  /** What the library knows of this rule's type (typed classes and known types), if anything. */
  private get ruleType(): RuleTypeInfo | undefined {
    return Object.prototype.hasOwnProperty.call(RULE_TYPES, this.ruleTypeId) ? RULE_TYPES[this.ruleTypeId] : undefined;
  }

  /**
   * Where the rule writes Kibana's documented default, onActiveAlert, when it says nothing of when its
   * actions run (actions, none with `frequency`, no rule-level notifyWhen or throttle), which Kibana
   * refuses ("Actions missing frequency parameters"): on every action where the target Kibana accepts
   * per-action frequency, else at rule level; undefined when the rule or its actions say it.
   */
  private frequencyDefault(): 'action' | 'rule' | undefined {
    if (this.actionList.length === 0 || this.props.notifyWhen !== undefined || this.props.throttle !== undefined) return undefined;
    if (this.actionList.some((a) => a.frequency !== undefined)) return undefined;
    return KibanaTarget.of(this).acceptsAny(RULE_FEATURES.frequency.ranges) ? 'action' : 'rule';
  }

  private renderActions(frequencyDefault: 'action' | 'rule' | undefined): kibanaAlertingRule.KibanaAlertingRuleActions[] {
    const type = this.ruleType;
    return this.actionList.map((a, i) => ({
      id: templateText(a.connectorId, this, `actions[${i}].id`),
      group: templateText(a.group ?? type?.defaultActionGroup ?? 'default', this, `actions[${i}].group`),
      params: jsonEncodeText(a.params, this, `actions[${i}].params`),
      frequency: frequencyDefault === 'action' ? { summary: false, notifyWhen: NotifyWhen.ON_ACTIVE_ALERT } : a.frequency && {
        summary: a.frequency.summary ?? false,
        notifyWhen: a.frequency.notifyWhen ?? NotifyWhen.ON_ACTIVE_ALERT,
        throttle: templateText(a.frequency.throttle, this, `actions[${i}].frequency.throttle`),
      },
      alertsFilter: a.alertsFilter && {
        kql: templateText(a.alertsFilter.kql, this, `actions[${i}].alertsFilter.kql`),
        timeframe: a.alertsFilter.timeframe && {
          days: a.alertsFilter.timeframe.days,
          timezone: templateText(a.alertsFilter.timeframe.timezone, this, `actions[${i}].alertsFilter.timeframe.timezone`),
          hoursStart: templateText(a.alertsFilter.timeframe.hoursStart, this, `actions[${i}].alertsFilter.timeframe.hoursStart`),
          hoursEnd: templateText(a.alertsFilter.timeframe.hoursEnd, this, `actions[${i}].alertsFilter.timeframe.hoursEnd`),
        },
      },
    }));
  }

  /** The rule's checks, as structured problems: the rule, its params (typed classes), its actions. */
  private validateRule(): Problem[] {
    const p = this.props;
    const target = KibanaTarget.of(this);
    const problems: Problem[] = [];
    const add = (path: string, message: string) => problems.push({ path, kind: 'value', message });
    const literal = (v: unknown): v is string => typeof v === 'string' && !Token.isUnresolved(v);
    const needs = (path: string, feature: RuleFeatureVersions) => {
      const problem = versionProblem(path, feature, target);
      if (problem) problems.push(problem);
    };
    if (literal(p.name) && p.name.trim() === '') add('name', 'name must not be empty');
    const spaceProblem = literal(this.spaceId) ? spaceIdProblem(this.spaceId) : undefined;
    if (spaceProblem) add('spaceId', spaceProblem);
    if (literal(this.interval) && !DURATION.test(this.interval)) add('interval', `interval ${JSON.stringify(this.interval)} is not a duration such as "1m" (a number and s, m, h or d)`);
    if (!isPlainObject(p.params) && !Token.isUnresolved(p.params)) add('params', 'params must be a JSON object');
    const paramsSpec = ruleParamsSpecOf(this);
    // A typed class: its consumer and params, decided as the importer decides (one function).
    if (paramsSpec) problems.push(...typedRuleProblems(paramsSpec, this.ruleType, p, { target, naming: 'key', isUnresolved: skipsLiteralCheck }));
    const anyRuleId = RULE_FEATURES.anyRuleId;
    if (p.ruleId !== undefined && literal(p.ruleId) && !UUID_PATTERN.test(p.ruleId) && !target.acceptsAny(anyRuleId.ranges)) {
      add('ruleId', `ruleId ${JSON.stringify(p.ruleId)} is not a UUID, which ${target.describe()} requires (${anyRuleId.what}: ${describeKibanaRanges(anyRuleId.ranges)})`);
    }
    if (p.alertDelay !== undefined) needs('alertDelay', RULE_FEATURES.alertDelay);
    if (p.flapping !== undefined) {
      needs('flapping', RULE_FEATURES.flapping);
      if (p.flapping.enabled !== undefined) needs('flapping.enabled', RULE_FEATURES.flappingEnabled);
      for (const k of ['lookBackWindow', 'statusChangeThreshold'] as const) {
        const v = p.flapping[k];
        if (typeof v === 'number' && !Token.isUnresolved(v) && (!Number.isInteger(v) || v < 1)) add(`flapping.${k}`, `flapping.${k} is ${v}; expected a whole number of at least 1`);
      }
    }
    const ruleLevel = p.notifyWhen !== undefined || p.throttle !== undefined;
    if (p.throttle !== undefined && p.notifyWhen !== NotifyWhen.ON_THROTTLE_INTERVAL) add('throttle', 'throttle is only used with notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL');
    if (literal(p.throttle)) this.checkThrottle(p.throttle, 'throttle', add);
    const withFrequency = this.actionList.filter((a) => a.frequency !== undefined).length;
    if (ruleLevel && withFrequency > 0) {
      add('actions', 'the rule sets notifyWhen or throttle and some actions set frequency: Kibana refuses the mix; give frequency on every action and leave notifyWhen and throttle unset');
    } else if (!ruleLevel && withFrequency > 0 && withFrequency < this.actionList.length) {
      add('actions', `${this.actionList.length - withFrequency} of ${this.actionList.length} actions have no frequency: Kibana needs frequency on every action when the rule sets no notifyWhen`);
    }
    this.actionList.forEach((a, i) => this.checkAction(a, i, target, add, problems));
    return problems;
  }

  private checkThrottle(throttle: string, path: string, add: (path: string, message: string) => void): void {
    if (!DURATION.test(throttle)) {
      add(path, `${path} ${JSON.stringify(throttle)} is not a duration such as "10m" (a number and s, m, h or d)`);
    } else if (DURATION.test(this.interval) && seconds(throttle) < seconds(this.interval)) {
      add(path, `${path} ${throttle} is shorter than the rule's interval ${this.interval}: Kibana refuses it`);
    }
  }

  private checkAction(a: RuleAction, i: number, target: KibanaTarget, add: (path: string, message: string) => void, problems: Problem[]): void {
    const at = `actions[${i}]`;
    const type = this.ruleType;
    const literal = (v: unknown): v is string => typeof v === 'string' && !Token.isUnresolved(v);
    const group = a.group ?? type?.defaultActionGroup;
    const groupProblem = group === undefined || literal(group) ? actionGroupProblem(at, group, this.ruleTypeId, type) : undefined;
    if (groupProblem) add(`${at}.group`, groupProblem);
    if (literal(a.connectorId) && a.connectorId.trim() === '') add(`${at}.id`, `${at}.id, the connector id, is empty`);
    if (a.spaceId !== undefined && literal(a.spaceId) && literal(this.spaceId) && a.spaceId !== this.spaceId) {
      add(`${at}`, `${at} uses a connector of space ${JSON.stringify(a.spaceId)}, but the rule is in space ${JSON.stringify(this.spaceId)}: a rule can only use connectors of its own space (or preconfigured ones)`);
    }
    if (a.frequency) {
      const problem = versionProblem(`${at}.frequency`, RULE_FEATURES.frequency, target);
      if (problem) problems.push(problem);
      const f: ActionFrequency = a.frequency;
      if (f.throttle !== undefined && f.notifyWhen !== NotifyWhen.ON_THROTTLE_INTERVAL) add(`${at}.frequency.throttle`, `${at}.frequency.throttle is only used with notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL`);
      if (f.notifyWhen === NotifyWhen.ON_THROTTLE_INTERVAL && f.throttle === undefined) add(`${at}.frequency.throttle`, `${at}.frequency.throttle is required with notifyWhen: NotifyWhen.ON_THROTTLE_INTERVAL`);
      if (literal(f.throttle)) this.checkThrottle(f.throttle, `${at}.frequency.throttle`, add);
    }
    if (a.alertsFilter) this.checkAlertsFilter(a.alertsFilter, `${at}.alertsFilter`, type, target, add, problems);
    // The params: the connector type's params spec (typed actions), then the mustache templates.
    const spec = paramsSpecOf(a);
    if (spec) {
      for (const p of checkParams(spec, a.params, { target, naming: 'key', isUnresolved: skipsLiteralCheck })) {
        // The engine's message starts with the field's path (params.x) or names several fields.
        const message = p.path && p.message.startsWith(p.path) ? `${at}.${p.message}` : `${at}: ${p.message}`;
        problems.push({ ...p, path: `${at}.${p.path}`, message });
      }
    }
    for (const t of this.templateProblems(a, i)) if (t.severity === 'error') add(t.path, `${t.path} ${t.message}`);
  }

  /** The problems of an action's mustache templates (errors fail synth, warnings are reported). */
  private templateProblems(a: RuleAction, i: number): TemplateProblem[] {
    const cached = this.templateCache.get(a);
    if (cached && cached.every((t) => t.path.startsWith(`actions[${i}].`))) return cached;
    const out: TemplateProblem[] = [];
    const context = { summary: a.frequency?.summary === true, contextVariables: this.ruleType?.contextVariables };
    walkTemplates(a.params, `actions[${i}].params`, (text, path) => {
      if (hasMustache(text) && !Token.isUnresolved(text)) out.push(...templateCheck(text, path, context, this.ruleTypeId));
    });
    this.templateCache.set(a, out);
    return out;
  }

  /**
   * Warns about what Kibana accepts but does not do: templates it renders empty (a variable the action
   * cannot see), and a summary action of a rule type without alerts as data (accepted at create, skipped
   * at every run with an error in Kibana's log).
   */
  private warnAboutTemplates(a: RuleAction, i: number): void {
    const type = this.ruleType;
    if (a.frequency?.summary === true && type && !type.alertsAsData) {
      this.node.addMetadata(AnnotationMetadataEntryType.WARN, `actions[${i}].frequency.summary: rule type ${this.ruleTypeId} does not write alerts as data: `
        + 'Kibana accepts the summary action but skips it at every run (it logs that the rule type does not support alerts as data)');
    }
    for (const t of this.templateProblems(a, i)) {
      if (t.severity === 'warning') this.node.addMetadata(AnnotationMetadataEntryType.WARN, `${t.path} ${t.message}`);
    }
  }

  private checkAlertsFilter(
    f: AlertsFilter, at: string, type: RuleTypeInfo | undefined, target: KibanaTarget,
    add: (path: string, message: string) => void, problems: Problem[],
  ): void {
    const problem = versionProblem(at, RULE_FEATURES.alertsFilter, target);
    if (problem) problems.push(problem);
    if (type && !type.alertsAsData) add(at, `${at}: rule type ${this.ruleTypeId} does not write alerts as data: Kibana refuses an action with an alerts filter for it`);
    if (f.kql === undefined && f.timeframe === undefined) add(at, `${at} needs a kql query or a timeframe`);
    const t = f.timeframe;
    if (t) {
      if (!Token.isUnresolved(t.days)) {
        if (!Array.isArray(t.days) || t.days.length === 0) add(`${at}.timeframe.days`, `${at}.timeframe.days must list days 1 (Monday) to 7 (Sunday)`);
        else t.days.forEach((d, j) => { if (!Token.isUnresolved(d) && (!Number.isInteger(d) || d < 1 || d > 7)) add(`${at}.timeframe.days[${j}]`, `${at}.timeframe.days[${j}] is ${d}; expected 1 (Monday) to 7 (Sunday)`); });
      }
      for (const k of ['hoursStart', 'hoursEnd'] as const) {
        const v = t[k];
        if (typeof v === 'string' && !Token.isUnresolved(v) && !HOURS.test(v)) add(`${at}.timeframe.${k}`, `${at}.timeframe.${k} ${JSON.stringify(v)} is not an hour such as "08:30" (HH:mm)`);
      }
      if (typeof t.timezone === 'string' && !Token.isUnresolved(t.timezone) && t.timezone.trim() === '') add(`${at}.timeframe.timezone`, `${at}.timeframe.timezone must not be empty`);
    }
  }
}

// What mustache says of a template does not depend on where it is: rules share their message
// templates, so each (text, summary or not, rule type) is parsed once per process. Bounded.
const templateResults = new Map<string, TemplateProblem[]>();
const TEMPLATE_CACHE_SIZE = 5000;

type TemplateContext = { summary: boolean; contextVariables?: readonly string[] };

function templateCheck(text: string, path: string, context: TemplateContext, ruleTypeId: string): TemplateProblem[] {
  const key = `${context.summary ? 's' : 'a'}\u0000${ruleTypeId}\u0000${text}`;
  let found = templateResults.get(key);
  if (!found) {
    if (templateResults.size >= TEMPLATE_CACHE_SIZE) templateResults.clear();
    found = checkTemplate(text, '', context);
    templateResults.set(key, found);
  }
  return found.map((t) => ({ ...t, path }));
}

function seconds(duration: string): number {
  return Number(duration.slice(0, -1)) * UNIT_SECONDS[duration.slice(-1)];
}

/**
 * Tokens, and strings holding a mustache template, are not checked as literals: Kibana renders a
 * template when the action runs, and checks what it renders (email addresses, URLs, ...).
 */
function skipsLiteralCheck(value: unknown): boolean {
  return isUnresolved(value) || (typeof value === 'string' && hasMustache(value));
}
