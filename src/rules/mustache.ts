// The mustache checker of rule action params: Kibana renders every string of an action's params
// as a mustache template (mustache.js) when the action runs, and checks none of them when the rule
// is created. This module parses each template with the same library and reports what Kibana
// would turn into an error text or an empty string.
//
// Pure: imports only mustache, ../comment and ../object (never cdktf; tokens are the caller's
// business: a token string holds no `{{`).
//
// What Kibana does, read from elastic/kibana (x-pack/platform/plugins/shared/...):
// - actions/server/lib/mustache_lambdas.ts (commit 2cee88f5383b21e4ec194b4b8e6f5c05ed6ddd11):
//   the lambdas `EvalMath`, `ParseHjson`, `FormatDate`, `FormatNumber`, `EncodeURI` and
//   `EncodeURIComponent`, merged into the top of the view (KIBANA_LAMBDAS below);
// - actions/server/lib/mustache_renderer.ts: every string of the params object (in arrays and
//   objects, never keys) is rendered; a template mustache cannot parse is replaced by the text
//   `error rendering mustache template "...": <reason>`;
// - alerting/server/task_runner/transform_action_params.ts: the variables. A per-alert action gets
//   `date`, `kibanaBaseUrl`, `rule`, `alert`, `context`, `state`, `params`, the deprecated
//   `alertId`, `alertName`, `spaceId`, `tags`, `alertInstanceId`, `alertActionGroup`,
//   `alertActionGroupName`, and the fields of the alert document (`kibana.alert.*`) when the rule
//   type writes alerts-as-data. A summary action gets `date`, `kibanaBaseUrl`, `rule`, `alerts`,
//   `params`, the same deprecated names, `alert` with placeholder values (the rule's id, action
//   group `default`), `context` with only `alerts`, `results_link` and `rule` (kept for security
//   rules) and `state` with only `signals_count`.
//
// The rules, from what mustache.js does with a name:
// - Errors: a template mustache cannot parse (unclosed tag, section never closed, close tag that
//   matches no open section); a section (`{{#X}}` or `{{^X}}`) outside any data section whose name
//   has no dot and starts with a capital letter A-Z but is not one of Kibana's lambdas. Every
//   variable Kibana gives starts with a lower-case letter, so at the top such a name can only mean
//   a lambda, and an unknown one renders nothing (`{{#FormatDates}}`).
// - Warnings (Kibana accepts these; they render empty or not as meant): `alert.*` or a `context.*`
//   Kibana does not fill in a summary action; `alerts.*` in a per-alert action; a `context.x` not in
//   `contextVariables` when the list is given; a root that is none of Kibana's variables; a
//   deprecated root; a lambda used as a variable (it renders the lambda's code) or as an inverted
//   section (never renders); a partial (`{{> x}}`: Kibana has none). Inside a data section
//   (`{{#context.hits}}...{{/context.hits}}`) mustache looks a name up in the section's items
//   first, so names there are not checked, but for a near-miss of a lambda's name (a warning).
//   Lambda sections and inverted sections do not change the scope: names in them are checked.
import * as Mustache from 'mustache';
import { jsonStringLiteral } from '../comment';
import { isPlainObject } from '../object';

/** Where a template is and how Kibana renders it. */
export interface TemplateContext {
  /** Whether the action is a summary of alerts (`frequency.summary = true`) rather than per alert. */
  readonly summary: boolean;
  /** The rule type's `action_variables.context` names; when given, other `context.x` are warned about. */
  readonly contextVariables?: readonly string[];
}

/** One problem of a template: the path of the string in the params, and what is wrong. */
export interface TemplateProblem {
  readonly path: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** Kibana's mustache lambdas (mustache_lambdas.ts, see the header). */
export const KIBANA_LAMBDAS: readonly string[] = ['EvalMath', 'ParseHjson', 'FormatDate', 'FormatNumber', 'EncodeURI', 'EncodeURIComponent'];

/** The roots of the variables Kibana gives every action (`.` is the whole view, the debugging dump). */
const COMMON_ROOTS = new Set(['date', 'kibanaBaseUrl', 'rule', 'state', 'params', 'alert', 'alerts', 'context']);

/** Roots Kibana still gives but documents as deprecated, and their replacements. */
const DEPRECATED_ROOTS: ReadonlyMap<string, string> = new Map([
  ['alertId', 'rule.id'],
  ['alertName', 'rule.name'],
  ['spaceId', 'rule.spaceId'],
  ['tags', 'rule.tags'],
  ['alertInstanceId', 'alert.id'],
  ['alertActionGroup', 'alert.actionGroup'],
  ['alertActionGroupName', 'alert.actionGroupName'],
]);

/** What `context` holds in a summary action (for security rules); any other `context.x` is empty there. */
const SUMMARY_CONTEXT = new Set(['alerts', 'results_link', 'rule']);

/** Longest user text quoted in a message (after escaping). */
const MAX_QUOTED = 80;
/** Problems reported per template; more are counted in one last problem. */
const MAX_PROBLEMS = 20;

/** Whether `text` holds a mustache tag opening (`{{`): literal checks skip such values, as Kibana's do. */
export function hasMustache(text: string): boolean {
  return text.includes('{{');
}

/**
 * `text` as a short double-quoted literal for messages: control, line-breaking and bidi characters
 * escaped, cut (never inside an escape or a surrogate pair) so the quoted text is at most 80 characters.
 */
function quote(text: string): string {
  let out = '';
  for (const ch of text) {
    const piece = jsonStringLiteral(ch).slice(1, -1);
    if (out.length + piece.length > MAX_QUOTED) return `"${out}…"`;
    out += piece;
  }
  return `"${out}"`;
}

/** The path of a key under `parent`, as the connector checks write it (`a.b`, `a[0]`, `a["x-y"]`), keys cut short. */
function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]{0,79}$/.test(key) ? `${parent}.${key}` : `${parent}[${quote(key)}]`;
}

/**
 * Calls `visit` on every string in `value` (a params object: plain objects and arrays are walked,
 * in order; other values skipped), with its path under `path`, e.g. `params.documents[0].msg`.
 * These are the strings Kibana renders. A structure that contains itself is walked once per path
 * without looping; depth is not limited by the call stack.
 */
export function walkTemplates(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  // Steps: a value to visit, or the end of an object or array (which is then no longer open).
  type Step = { value: unknown; path: string } | { close: object };
  const stack: Step[] = [{ value, path }];
  const open = new Set<object>();
  while (stack.length) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      open.delete(frame.close);
      continue;
    }
    const v = frame.value;
    if (typeof v === 'string') {
      visit(v, frame.path);
      continue;
    }
    const isArray = Array.isArray(v);
    if (!isArray && !isPlainObject(v)) continue;
    const obj = v as object;
    if (open.has(obj)) continue;
    open.add(obj);
    stack.push({ close: obj });
    const children: Step[] = [];
    if (isArray) {
      const arr = v as unknown[];
      for (let i = 0; i < arr.length; i++) if (i in arr) children.push({ value: arr[i], path: childPath(frame.path, i) });
    } else {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) children.push({ value: child, path: childPath(frame.path, k) });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Edit distance of `a` and `b` (case-insensitive), or `max + 1` when it is more than `max`. */
function distance(a: string, b: string, max: number): number {
  const x = a.toLowerCase().slice(0, 40);
  const y = b.toLowerCase().slice(0, 40);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return Math.min(prev[y.length], max + 1);
}

/** The lambda `name` is a near miss of (not itself), if any. */
function nearLambda(name: string): string | undefined {
  if (KIBANA_LAMBDAS.includes(name)) return undefined;
  return KIBANA_LAMBDAS.find((l) => distance(name, l, 2) <= 2);
}

function isLambda(name: string): boolean {
  return KIBANA_LAMBDAS.includes(name);
}

/** A dotless name starting with a capital letter: at the top of a template, only a lambda can be meant. */
function looksLikeLambda(name: string): boolean {
  return /^[A-Z][^.]*$/.test(name);
}

const LAMBDA_LIST = KIBANA_LAMBDAS.join(', ');

/** mustache.js's reason for refusing a template, with the user text in it quoted and cut. */
function parseReason(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const section = /^(Unopened section|Unclosed section) "([\s\S]*)" at (\d+)$/.exec(message);
  if (section) {
    const reason = `${section[1]} ${quote(section[2])} at character ${section[3]}`;
    // mustache.js names the open section when a close tag does not match it: name the close tag too.
    const close = section[1] === 'Unclosed section' ? /^\{\{\/\s*([^}]*?)\s*\}\}/.exec(text.slice(Number(section[3]))) : null;
    return close ? `${reason}, where the close tag ${quote(close[1])} does not match it` : reason;
  }
  const tag = /^Unclosed tag at (\d+)$/.exec(message);
  if (tag) return `Unclosed tag at character ${tag[1]}`;
  return quote(message);
}

/** A parsed mustache token: [type, value, start, end, children?, closeStart?]. */
type Token = [string, string, number, number, Token[]?, number?];

/** `inData`: inside a section that pushes a data value, where a name may be one of the items' fields. */
interface Frame {
  readonly tokens: readonly Token[];
  /** The index of the next token to look at. */
  next: number;
  readonly inData: boolean;
}

/**
 * The problems of one template `text` (a params string at `path`) for an action of the kind `ctx`
 * says: errors where Kibana renders an error text or drops a section, warnings where it renders
 * empty or not as meant (see the header for the rules).
 */
export function checkTemplate(text: string, path: string, ctx: TemplateContext): TemplateProblem[] {
  let tokens: Token[];
  try {
    // A fresh writer: no global cache grows with the templates checked, and the default tags
    // whatever the global `Mustache.tags` is.
    tokens = new Mustache.Writer().parse(text, ['{{', '}}']) as Token[];
  } catch (err) {
    return [{
      path,
      severity: 'error',
      message: `is not a template mustache can parse (${parseReason(err, text)}): Kibana sends "error rendering mustache template ..." in place of the text`,
    }];
  }

  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  let omittedError = false;
  const report = (severity: TemplateProblem['severity'], message: string): void => {
    const key = `${severity}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (problems.length < MAX_PROBLEMS) {
      problems.push({ path, severity, message });
    } else {
      omitted++;
      omittedError ||= severity === 'error';
    }
  };

  /** A name at the top of the template (not inside a data section): is it one Kibana gives? */
  const checkName = (name: string, what: 'variable' | 'section'): void => {
    if (name === '.') return; // the whole view: `{{{.}}}` dumps every variable
    const segments = name.split('.');
    const root = segments[0];
    const shown = `${what} ${quote(name)}`;
    if (root === 'context') {
      const rest = segments.slice(1).join('.');
      if (rest === '') return;
      if (ctx.summary) {
        if (!SUMMARY_CONTEXT.has(segments[1])) {
          report('warning', `${shown}: a summary action has no rule-type context (Kibana gives only context.alerts, context.results_link and context.rule there), so it renders empty; use alerts.* instead`);
        }
        return;
      }
      const known = ctx.contextVariables;
      if (known && !known.some((v) => rest === v || rest.startsWith(`${v}.`) || v.startsWith(`${rest}.`))) {
        const list = known.length ? `it declares ${quote(known.join(', '))}` : 'it declares none';
        report('warning', `${shown}: the rule type declares no context variable ${quote(segments[1])} (${list}), so it may render empty`);
      }
      return;
    }
    if (root === 'alert') {
      if (ctx.summary) {
        report('warning', `${shown}: in a summary action alert.* holds placeholders (the rule's id, action group "default"), not an alert's values; use alerts.* instead`);
      }
      return;
    }
    if (root === 'alerts') {
      if (!ctx.summary) report('warning', `${shown}: alerts.* is only given to summary actions (frequency.summary = true); in a per-alert action it renders empty`);
      return;
    }
    if (COMMON_ROOTS.has(root)) return;
    if (root === 'kibana' && !ctx.summary) return; // the alert document's fields (alerts-as-data)
    const replacement = DEPRECATED_ROOTS.get(root);
    if (replacement !== undefined) {
      report('warning', `${shown}: ${root === name ? 'it' : `its root ${root}`} is deprecated in Kibana; use ${replacement}`);
      return;
    }
    if (isLambda(name)) {
      report('warning', `${shown}: ${name} is a lambda; as a variable it renders the lambda's code; use {{#${name}}}...{{/${name}}}`);
      return;
    }
    const near = nearLambda(root);
    const hint = near ? `; did you mean the lambda {{#${near}}}?` : '';
    const unless = ctx.summary ? '' : ' unless the alert document (alerts-as-data) has such a field';
    const subject = root === name ? 'it' : `its root ${quote(root)}`;
    report('warning', `${shown}: ${subject} is none of Kibana's variables (date, kibanaBaseUrl, rule, alert, alerts, context, state, params), so it renders empty${unless}${hint}`);
  };

  // Depth-first in document order, with an explicit stack (deeply nested sections need no call stack).
  const stack: Frame[] = [{ tokens, next: 0, inData: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.tokens.length) {
      stack.pop();
      continue;
    }
    const token = frame.tokens[frame.next++];
    const [type, name] = token;
    const inData = frame.inData;
    if (type === 'name' || type === '&') {
      if (!inData) checkName(name, 'variable');
    } else if (type === '#' || type === '^') {
      const inverted = type === '^';
      const tag = `section ${quote(name)}`;
      // A section over a value pushes it, so names inside may be its fields; an inverted section and
      // a lambda (which renders its text where it is) keep the scope.
      let childrenInData = inData || !inverted;
      if (isLambda(name)) {
        if (inverted) report('warning', `${tag}: a lambda is never empty, so the inverted section {{^${name}}} never renders`);
        childrenInData = inData;
      } else if (!inData && looksLikeLambda(name)) {
        const near = nearLambda(name);
        const effect = inverted ? 'the inverted section always renders' : 'the section renders nothing';
        report('error', `${tag}: starts with a capital letter, as only Kibana's lambdas do at the top of a template, but is none of them (${LAMBDA_LIST}), so ${effect}${near ? `; did you mean ${near}?` : ''}`);
      } else if (inData) {
        const near = nearLambda(name);
        if (near) report('warning', `${tag}: close to the lambda ${near}; fine if it is a field of the enclosing section's items`);
      } else {
        checkName(name, 'section');
      }
      stack.push({ tokens: token[4] ?? [], next: 0, inData: childrenInData });
    } else if (type === '>') {
      report('warning', `partial ${quote(name)}: Kibana renders templates without partials, so it renders empty`);
    }
    // text, comments (!) and set-delimiter tags (=) need nothing
  }
  if (omitted) {
    problems.push({ path, severity: omittedError ? 'error' : 'warning', message: `${omitted} more problem${omitted === 1 ? '' : 's'} not shown` });
  }
  return problems;
}
