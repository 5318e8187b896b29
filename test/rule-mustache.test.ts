// The mustache checker of rule action params (src/rules/mustache.ts): templates parsed by
// mustache.js as Kibana parses them, Kibana's lambdas, the variables of per-alert and summary
// actions, mustache's section scoping, and hostile text giving short, escaped messages. Pure: no synth.
import { checkTemplate, hasMustache, KIBANA_LAMBDAS, TemplateContext, TemplateProblem, walkTemplates } from '../src/rules/mustache';

const PER_ALERT: TemplateContext = { summary: false };
const SUMMARY: TemplateContext = { summary: true };
const ES_QUERY: TemplateContext = { summary: false, contextVariables: ['message', 'title', 'date', 'value', 'hits', 'conditions', 'link'] };

const check = (text: string, ctx: TemplateContext = PER_ALERT): TemplateProblem[] => checkTemplate(text, 'params.message', ctx);
const severities = (text: string, ctx: TemplateContext = PER_ALERT): string[] => check(text, ctx).map((p) => p.severity);

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('hasMustache', () => {
  test.each([
    ['{{rule.name}}', true],
    ['cost: {{', true],
    ['{{{.}}}', true],
    ['{ "a": { "b": 1 } }', false],
    ['{ {', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasMustache(text)).toBe(expected);
  });
});

describe('walkTemplates', () => {
  const walk = (value: unknown, path = 'params'): Array<[string, string]> => {
    const seen: Array<[string, string]> = [];
    walkTemplates(value, path, (text, at) => seen.push([at, text]));
    return seen;
  };

  test('visits every string of objects and arrays in order, with its path; other values are skipped', () => {
    const params = {
      'subAction': 'postMessage',
      'subActionParams': { channelIds: ['C1', 'C2'], text: '{{rule.name}}' },
      'documents': [{ msg: '{{context.message}}', n: 3, ok: true, none: null }],
      'x-y': 'dash',
    };
    expect(walk(params)).toEqual([
      ['params.subAction', 'postMessage'],
      ['params.subActionParams.channelIds[0]', 'C1'],
      ['params.subActionParams.channelIds[1]', 'C2'],
      ['params.subActionParams.text', '{{rule.name}}'],
      ['params.documents[0].msg', '{{context.message}}'],
      ['params["x-y"]', 'dash'],
    ]);
  });

  test('a string at the top is visited at the given path; holes of sparse arrays and class instances are skipped', () => {
    expect(walk('{{date}}', 'params.body')).toEqual([['params.body', '{{date}}']]);
    // eslint-disable-next-line no-sparse-arrays
    expect(walk([, 'b'])).toEqual([['params[1]', 'b']]);
    expect(walk({ when: new Date(0), s: new String('boxed') })).toEqual([]);
  });

  test('a structure that contains itself ends; a shared object is visited on each path', () => {
    const loop: Record<string, unknown> = { text: 'x' };
    loop.self = loop;
    expect(walk(loop)).toEqual([['params.text', 'x']]);
    const shared = { t: 's' };
    expect(walk({ a: shared, b: shared })).toEqual([['params.a.t', 's'], ['params.b.t', 's']]);
  });

  test('deep nesting needs no call stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const seen = walk(deep);
    expect(seen).toHaveLength(1);
    expect(seen[0][1]).toBe('leaf');
  });

  test('hostile keys give short paths with control and bidi characters escaped', () => {
    const key = `\u202e${'k\n'.repeat(5000)}`;
    const [[at]] = walk({ [key]: 'v' });
    expect(at.length).toBeLessThan(100);
    expect(at).not.toMatch(UNSAFE);
    expect(at).toMatch(/^params\["\\u202ek\\nk\\n.*…"\]$/);
  });
});

describe('checkTemplate: what mustache cannot parse is an error', () => {
  test('balanced sections, comments and set-delimiter tags parse', () => {
    expect(check('{{! note }}{{#context.hits}}{{_source.message}}{{/context.hits}} {{=<% %>=}}<% rule.name %>', ES_QUERY)).toEqual([]);
  });

  test('a section never closed', () => {
    expect(check('{{#context.hits}}{{_source.message}}')).toEqual([{
      path: 'params.message',
      severity: 'error',
      message: expect.stringMatching(/^is not a template mustache can parse \(Unclosed section "context\.hits" at character 36\): Kibana sends "error rendering mustache template \.\.\."/),
    }]);
  });

  test('a close tag that does not match the open section names both', () => {
    const [problem] = check('{{#context.hits}}x{{/context.hit}}');
    expect(problem.severity).toBe('error');
    expect(problem.message).toContain('Unclosed section "context.hits" at character 18, where the close tag "context.hit" does not match it');
  });

  test('a close tag with no open section', () => {
    expect(check('x{{/alerts.new.data}}')[0].message).toContain('(Unopened section "alerts.new.data" at character 1)');
  });

  test('a tag never closed', () => {
    expect(check('{{rule.name} is down')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('(Unclosed tag at character 20)') })]);
    expect(severities('{{{context.value}}')).toEqual(['error']);
  });

  test('a parse error is the only problem reported for the template', () => {
    expect(check('{{nosuchroot}} {{#a}}')).toHaveLength(1);
  });
});

describe('checkTemplate: lambdas', () => {
  test('Kibana\'s lambdas, as read from mustache_lambdas.ts', () => {
    expect(KIBANA_LAMBDAS).toEqual(['EvalMath', 'ParseHjson', 'FormatDate', 'FormatNumber', 'EncodeURI', 'EncodeURIComponent']);
  });

  test.each(KIBANA_LAMBDAS)('{{#%s}} is accepted, and names inside it are checked in the same scope', (lambda) => {
    expect(check(`{{#${lambda}}} {{context.value}}; {{date}} {{/${lambda}}}`, ES_QUERY)).toEqual([]);
    expect(check(`{{#${lambda}}}{{nosuchroot}}{{/${lambda}}}`)).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('"nosuchroot"') })]);
  });

  test('a capitalised section at the top that is no lambda is an error, with a near lambda suggested', () => {
    expect(check('{{#FormatDates}}{{date}}; UTC{{/FormatDates}}')).toEqual([{
      path: 'params.message',
      severity: 'error',
      message: expect.stringMatching(/^section "FormatDates": starts with a capital letter.*none of them \(EvalMath, ParseHjson, FormatDate, FormatNumber, EncodeURI, EncodeURIComponent\), so the section renders nothing; did you mean FormatDate\?$/),
    }]);
    expect(check('{{#Shout}}x{{/Shout}}')[0].message).not.toContain('did you mean');
    expect(check('{{^Evalmath}}x{{/Evalmath}}')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('so the inverted section always renders; did you mean EvalMath?') })]);
  });

  test('inside a data section a capitalised name may be a field of the items: only a near miss of a lambda is a warning', () => {
    expect(check('{{#context.hits}}{{#Message}}{{.}}{{/Message}}{{/context.hits}}', ES_QUERY)).toEqual([]);
    expect(check('{{#context.hits}}{{#FormatDates}}x{{/FormatDates}}{{/context.hits}}', ES_QUERY))
      .toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('close to the lambda FormatDate') })]);
  });

  test('a lower-case section at the top is an unknown root (a warning) with the lambda suggested', () => {
    expect(check('{{#formatDate}}{{date}}{{/formatDate}}')).toEqual([expect.objectContaining({
      severity: 'warning',
      message: expect.stringContaining('did you mean the lambda {{#FormatDate}}?'),
    })]);
  });

  test('a lambda as a variable renders its code; as an inverted section it never renders', () => {
    expect(check('{{FormatDate}}')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining("renders the lambda's code") })]);
    expect(check('{{^EvalMath}}x{{/EvalMath}}')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('never renders') })]);
  });
});

describe('checkTemplate: variables per-alert and summary actions get', () => {
  test.each(['date', 'kibanaBaseUrl', 'rule.name', 'rule.url', 'rule.params.index', 'alert.id', 'alert.actionGroup', 'context', 'context.message', 'state.x', 'params.threshold', '.', 'kibana.alert.reason'])(
    'per-alert: {{%s}} is known', (name) => {
      expect(check(`{{${name}}}`)).toEqual([]);
    });

  test.each(['date', 'kibanaBaseUrl', 'rule.name', 'alerts.new.count', 'alerts.all.data', 'context.alerts', 'context.results_link', 'context.rule.name', 'params.threshold', '.'])(
    'summary: {{%s}} is known', (name) => {
      expect(check(`{{${name}}}`, SUMMARY)).toEqual([]);
    });

  test('context.* (but what Kibana keeps for security rules) in a summary action is a warning', () => {
    expect(check('{{context.message}}', SUMMARY)).toEqual([{
      path: 'params.message',
      severity: 'warning',
      message: expect.stringMatching(/^variable "context\.message": a summary action has no rule-type context.*use alerts\.\* instead$/),
    }]);
    expect(severities('{{#context.hits}}x{{/context.hits}}', SUMMARY)).toEqual(['warning']);
  });

  test('alert.* in a summary action is a warning (placeholders), not in a per-alert one', () => {
    expect(check('{{alert.actionGroup}}', SUMMARY)).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('placeholders') })]);
    expect(check('{{alert.actionGroup}}', PER_ALERT)).toEqual([]);
  });

  test('alerts.* in a per-alert action is a warning, also as a section name', () => {
    expect(check('{{alerts.new.count}}')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('only given to summary actions') })]);
    expect(severities('{{#alerts.new.data}}{{kibana.alert.reason}}{{/alerts.new.data}}')).toEqual(['warning']);
    expect(check('{{#alerts.new.data}}{{kibana.alert.reason}}{{/alerts.new.data}}', SUMMARY)).toEqual([]);
  });

  test('a context.x the rule type does not declare is a warning when the list is given', () => {
    expect(check('{{context.messag}}', ES_QUERY)).toEqual([{
      path: 'params.message',
      severity: 'warning',
      message: 'variable "context.messag": the rule type declares no context variable "messag" (it declares "message, title, date, value, hits, conditions, link"), so it may render empty',
    }]);
    expect(check('{{context.messag}}', PER_ALERT)).toEqual([]);
    expect(check('{{context.message}}', { summary: false, contextVariables: [] })[0].message).toContain('(it declares none)');
  });

  test('declared context variables pass, with dotted paths below them (asJSON) and above dotted declarations', () => {
    expect(check('{{context.hits.asJSON}} {{context.conditions}} {{{context.value}}}', ES_QUERY)).toEqual([]);
    expect(check('{{context.group.key}} {{context.group}}', { summary: false, contextVariables: ['group.key'] })).toEqual([]);
    expect(check('{{context.groupx}}', { summary: false, contextVariables: ['group.key'] })).toHaveLength(1);
  });

  test('a root that is none of Kibana\'s is a warning; kibana.* only in per-alert actions (the alert document)', () => {
    expect(check('{{rules.name}}')).toEqual([{
      path: 'params.message',
      severity: 'warning',
      message: 'variable "rules.name": its root "rules" is none of Kibana\'s variables (date, kibanaBaseUrl, rule, alert, alerts, context, state, params), so it renders empty unless the alert document (alerts-as-data) has such a field',
    }]);
    expect(check('{{kibana.alert.reason}}', SUMMARY)).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/its root "kibana" is none.*renders empty$/) })]);
  });

  test('deprecated roots are warnings naming the replacement', () => {
    expect(check('{{alertName}} {{tags}}')).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'variable "alertName": it is deprecated in Kibana; use rule.name' }),
      expect.objectContaining({ severity: 'warning', message: 'variable "tags": it is deprecated in Kibana; use rule.tags' }),
    ]);
  });

  test('triple braces and & are variables like any other', () => {
    expect(check('{{{context.message}}} {{&rule.name}}', ES_QUERY)).toEqual([]);
    expect(severities('{{{nosuch}}} {{&nosuch2}}')).toEqual(['warning', 'warning']);
  });

  test('the dump {{{.}}} and {{.}} are accepted at the top, in both kinds of action', () => {
    expect(check('{{{.}}}')).toEqual([]);
    expect(check('{{.}}', SUMMARY)).toEqual([]);
  });

  test('a partial renders empty: a warning', () => {
    expect(check('{{> footer}}')).toEqual([expect.objectContaining({ severity: 'warning', message: 'partial "footer": Kibana renders templates without partials, so it renders empty' })]);
  });

  test('the same problem twice in one template is reported once', () => {
    expect(check('{{nosuch}} {{nosuch}} {{ nosuch }}')).toHaveLength(1);
  });
});

describe('checkTemplate: sections scope names as mustache does', () => {
  test('names inside a data section may be fields of its items: not checked as roots', () => {
    expect(check('{{#context.hits}}{{_source.host.name}} {{.}} {{alerts}} {{#tags}}{{.}}{{/tags}}{{/context.hits}}', ES_QUERY)).toEqual([]);
    expect(check('{{#rule.tags}}{{.}},{{/rule.tags}}')).toEqual([]);
    expect(check('{{#alerts.all.data}}{{kibana.alert.rule.name}} {{context.x}}{{/alerts.all.data}}', SUMMARY)).toEqual([]);
  });

  test('the section name itself is checked where it stands', () => {
    expect(severities('{{#nosuch.list}}{{.}}{{/nosuch.list}}')).toEqual(['warning']);
  });

  test('an inverted section keeps the scope: names inside are checked', () => {
    expect(check('{{^context.hits}}{{nosuch}}{{/context.hits}}', ES_QUERY)).toEqual([expect.objectContaining({ message: expect.stringContaining('"nosuch"') })]);
    expect(check('{{^alerts.new.count}}none{{/alerts.new.count}}', SUMMARY)).toEqual([]);
  });

  test('after a section closes, names are at the top again', () => {
    expect(check('{{#context.hits}}{{x}}{{/context.hits}}{{y}}', ES_QUERY)).toEqual([expect.objectContaining({ message: expect.stringContaining('"y"') })]);
  });
});

describe('checkTemplate: hostile text gives bounded, escaped messages', () => {
  const bounded = (problems: TemplateProblem[]): void => {
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.message.length).toBeLessThanOrEqual(500);
      expect(p.message).not.toMatch(UNSAFE);
    }
  };

  test('a very long section name with control and bidi characters', () => {
    const name = `a\u0000\u001b[31m\u202e${'x'.repeat(200_000)}`;
    const problems = check(`{{#${name}}}`);
    bounded(problems);
    expect(problems[0].message).toContain('"a\\u0000\\u001b[31m\\u202exxx');
    expect(problems[0].message).toContain('…"');
  });

  test('a very long unknown variable, and a long template with an unclosed tag', () => {
    bounded(check(`{{${'\u2028'.repeat(10_000)}}}`));
    bounded(check(`${'lorem ipsum '.repeat(100_000)}{{rule.name`));
  });

  test('many problems: 20 shown, the rest counted with the worst severity', () => {
    const names = Array.from({ length: 500 }, (_, i) => `{{nosuch${i}}}`).join(' ');
    const problems = check(names);
    expect(problems).toHaveLength(21);
    expect(problems[20]).toEqual({ path: 'params.message', severity: 'warning', message: '480 more problems not shown' });
    const withError = `${names} {{#Nolambda}}x{{/Nolambda}}`;
    expect(check(withError)[20]).toEqual({ path: 'params.message', severity: 'error', message: '481 more problems not shown' });
  });

  test('deeply nested sections need no call stack', () => {
    const depth = 20_000;
    const text = '{{#rule.tags}}'.repeat(depth) + '{{.}}' + '{{/rule.tags}}'.repeat(depth);
    expect(check(text)).toEqual([]);
  });

  test('the path given is kept as given', () => {
    expect(checkTemplate('{{#a}}', 'params.subActionParams.text', PER_ALERT)[0].path).toBe('params.subActionParams.text');
  });
});
