import { Fn, Lazy, TerraformLocal, TerraformVariable, Testing, Token } from 'cdktf';
import { KibanaConnector } from '../src';
import { requires, TERRAFORM } from './support/requirements';
import { connectors, newStack, synthJson } from './support/synth';
import { evaluateExpressions, evaluateHclExpressions } from './support/terraform';

// Strings that break naive escaping: template markers (and their escapes), quotes, backslashes,
// control characters, non-ASCII text, and JSON text such as a webhook body.
const NASTY: Record<string, string> = {
  dollarBrace: 'x ${not_a_ref} y',
  percentBrace: 'x %{if true}yes%{endif} y',
  escapedDollar: 'already $${escaped}',
  escapedPercent: 'already %%{escaped}',
  trailingDollar: 'ends with $',
  quotes: 'say "hi" and \'bye\'',
  backslashes: 'C:\\temp\\new\\n is not a newline',
  controls: 'line1\nline2\r\n\ttab \u0001 \u001f \u007f end',
  unicode: 'Grüße, 你好, emoji 🚨, RTL \u202e, C1 \u0085 \u009b, separators \u2028 \u2029, isolate \u2066',
  json: '{"text": "{{context.message}}", "nested": {"a": [1, "two"]}, "esc": "\\u0041"}',
  lonely: '$ % { } $} %} ${ %{',
  empty_looking: '""',
};

requires(TERRAFORM)('config and secrets evaluated by the real Terraform CLI', () => {
  test('literal strings reach the evaluated JSON unchanged; tokens stay live', () => {
    const stack = newStack('eval');
    const token = new TerraformVariable(stack, 'token', { type: 'string', sensitive: true });
    const port = new TerraformVariable(stack, 'port', { type: 'number' });
    const tags = new TerraformVariable(stack, 'tags', { type: 'list(string)' });
    const local = new TerraformLocal(stack, 'host', 'kibana.internal');

    const config = {
      ...NASTY,
      'url': `https://${local.asString}:${port.numberValue}/path?q=$x`,
      'dollarBeforeToken': `cost $${token.stringValue} and $$${token.stringValue} and %${token.stringValue} %%$${token.stringValue}`,
      'upper': Fn.upper(token.stringValue),
      'port': port.numberValue,
      'tags': tags.listValue,
      'nested': { list: [null, 1.5, -2, true, false, 'a"b', { deep: '${x}' }], empty: {}, emptyList: [] },
      'key with "quotes" and ${braces}': 'v',
    };
    const secrets = { token: token.stringValue, literal: 'p@ss"w\\o${rd}%{x}' };
    new KibanaConnector(stack, 'webhook', { name: 'n', connectorTypeId: '.webhook', config, secrets, skipTypeValidation: true });
    new KibanaConnector(stack, 'none', { name: 'n', connectorTypeId: '.server-log' });

    const synthesized = connectors(synthJson(stack));
    // What the file holds is visible: control, line-separator and bidi characters are \uXXXX escapes.
    expect(synthesized.webhook.config).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const values = evaluateExpressions(
      {
        config: synthesized.webhook.config,
        secrets: synthesized.webhook.secrets,
        empty_config: synthesized.none.config,
        empty_secrets: synthesized.none.secrets,
      },
      {
        token: { type: 'string', value: 'T0k"en${z}' },
        port: { type: 'number', value: 5601 },
        tags: { type: 'list(string)', value: ['a', 'b c'] },
      },
      { host: 'kibana.internal' },
    );

    expect(JSON.parse(values.config as string)).toEqual({
      ...NASTY,
      'url': 'https://kibana.internal:5601/path?q=$x',
      'dollarBeforeToken': 'cost $T0k"en${z} and $$T0k"en${z} and %T0k"en${z} %%$T0k"en${z}',
      'upper': 'T0K"EN${Z}',
      'port': 5601,
      'tags': ['a', 'b c'],
      'nested': { list: [null, 1.5, -2, true, false, 'a"b', { deep: '${x}' }], empty: {}, emptyList: [] },
      'key with "quotes" and ${braces}': 'v',
    });
    expect(JSON.parse(values.secrets as string)).toEqual({ token: 'T0k"en${z}', literal: 'p@ss"w\\o${rd}%{x}' });
    expect(JSON.parse(values.empty_config as string)).toEqual({});
    expect(JSON.parse(values.empty_secrets as string)).toEqual({});
  });

  test('the HCL output (cdktf synth --hcl) evaluates to the same JSON', () => {
    const stack = newStack('hcl');
    const token = new TerraformVariable(stack, 'token', { type: 'string', sensitive: true });
    const config = { ...NASTY, mixed: `cost $${token.stringValue} %%${token.stringValue}`, list: [null, 2, 'x"y'] };
    new KibanaConnector(stack, 'webhook', { name: 'n', connectorTypeId: '.webhook', config, secrets: { token: token.stringValue }, skipTypeValidation: true });

    const hcl: string = Testing.synthHcl(stack, true);
    const attribute = (name: string) => {
      const line = hcl.split('\n').find((l) => l.startsWith(`${name} = `));
      if (!line) throw new Error(`no ${name} attribute in:\n${hcl}`);
      return line.slice(name.length + 3);
    };
    const values = evaluateHclExpressions(
      { config: attribute('config'), secrets: attribute('secrets') },
      { token: { type: 'string', value: 'T"${k}' } },
    );
    expect(JSON.parse(values.config as string)).toEqual({ ...NASTY, mixed: 'cost $T"${k} %%T"${k}', list: [null, 2, 'x"y'] });
    expect(JSON.parse(values.secrets as string)).toEqual({ token: 'T"${k}' });
  });
});

requires(TERRAFORM)('tokens that stand for data, evaluated by the real Terraform CLI', () => {
  test('Lazy and Token.asAny values come out as the data they produce; references and function calls stay expressions', () => {
    const stack = newStack('data');
    const token = new TerraformVariable(stack, 'token', { type: 'string', sensitive: true });
    const lookup = new TerraformVariable(stack, 'lookup', { type: 'map(string)' });
    const config = {
      plain: Lazy.stringValue({ produce: () => 'hello world' }),
      call: Lazy.stringValue({ produce: () => 'upper("data")' }),
      template: Lazy.stringValue({ produce: () => '${var.token} %{ if true }x%{ endif }' }),
      inText: `pre ${Lazy.stringValue({ produce: () => 'mid"dle' })} post`,
      number: Lazy.numberValue({ produce: () => 42 }),
      list: Lazy.listValue({ produce: () => ['a', 'b c'] }),
      any: Lazy.anyValue({ produce: () => ({ nested: ['x', 1, null], live: token.stringValue }) }),
      asAny: Token.asAny({ k: 'v ${x}' }),
      lazyOfToken: Lazy.stringValue({ produce: () => token.stringValue }),
      asAnyOfCall: Token.asAny(Fn.upper(token.stringValue)),
      upper: Fn.upper(token.stringValue),
      lookedUp: Token.asString(Fn.lookup(lookup.value, 'k', 'missing')),
      map: Token.asStringMap(lookup.value),
    };
    const secrets = { token: Lazy.stringValue({ produce: () => 's3cr${et}' }) };
    new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.webhook', config, secrets, skipTypeValidation: true });
    const c = connectors(synthJson(stack)).c;
    const values = evaluateExpressions(
      { config: c.config, secrets: c.secrets },
      { token: { type: 'string', value: 'tok' }, lookup: { type: 'map(string)', value: { k: 'found' } } },
    );
    expect(JSON.parse(values.config as string)).toEqual({
      plain: 'hello world',
      call: 'upper("data")',
      template: '${var.token} %{ if true }x%{ endif }',
      inText: 'pre mid"dle post',
      number: 42,
      list: ['a', 'b c'],
      any: { nested: ['x', 1, null], live: 'tok' },
      asAny: { k: 'v ${x}' },
      lazyOfToken: 'tok',
      asAnyOfCall: 'TOK',
      upper: 'TOK',
      lookedUp: 'found',
      map: { k: 'found' },
    });
    expect(JSON.parse(values.secrets as string)).toEqual({ token: 's3cr${et}' });
  });

  test('arrays of one item of any kind', () => {
    const stack = newStack('one');
    const port = new TerraformVariable(stack, 'port', { type: 'number' });
    const config = { objects: [{ id: 'C1', name: 'ops' }], numbers: [1], booleans: [true], nulls: [null], lists: [['x']], port: [port.numberValue] };
    new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.webhook', config, skipTypeValidation: true });
    const values = evaluateExpressions({ config: connectors(synthJson(stack)).c.config }, { port: { type: 'number', value: 5601 } });
    expect(JSON.parse(values.config as string)).toEqual({ ...config, port: [5601] });
  });
});
