import { Fn, Lazy, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { KibanaConnector, KibanaConnectorLookup } from '../src';
import { hasFor, requires, TERRAFORM } from './support/requirements';
import { CONNECTOR, connectors, newStack, synthJson, synthJsonUnvalidated } from './support/synth';
import { evaluateExpressions, testWithImportBlocks } from './support/terraform';

// Terraform reads every JSON string of a configuration as a template: `${...}` interpolates and
// `%{...}` is a directive. Strings the constructs write (names, type ids, space ids, connector
// ids, import ids, data source arguments) must reach Terraform as the very characters given.
const TEMPLATE_LIKE: Record<string, string> = {
  interpolation: 'Alert ${var.x}',
  directive: '%{ if true }x%{ endif }',
  escapedInterpolation: '$${var.x}',
  escapedDirective: '%%{ if true }',
  dollarAtEnd: 'costs $',
  percentAtEnd: '100 %',
  runs: '$$$${var.x} %%%{ if true } $$ %% $$$',
  lonely: '$ % { } ${ %{',
  partialMarker: '${TfToken[not a key]} ${TfToken[',
  quotes: 'say "${var.x}" \\ %{',
};

/** Terraform's value of each synthesized string, in a module where `var.x` exists. */
function evaluate(strings: Record<string, string>): Record<string, unknown> {
  const names = Object.keys(strings);
  const out = evaluateExpressions(
    Object.fromEntries(names.map((n, i) => [`o${i}`, strings[n]])),
    { x: { type: 'string', value: 'INJECTED' } },
  );
  return Object.fromEntries(names.map((n, i) => [n, out[`o${i}`]]));
}

function data(json: any): Record<string, any> {
  return json.data?.[CONNECTOR] ?? {};
}

requires(TERRAFORM)('literal strings evaluated by the real Terraform CLI', () => {
  test('names, type ids, import ids, lookups, fromConnectorId and config come back byte for byte', () => {
    const stack = newStack('lit');
    const keys = Object.keys(TEMPLATE_LIKE);
    keys.forEach((k) => {
      const s = TEMPLATE_LIKE[k];
      const c = new KibanaConnector(stack, `c_${k}`, { name: s, connectorTypeId: s, config: { text: s, [s]: 'key' } });
      c.importFrom(s);
      KibanaConnector.fromLookup(stack, `l_${k}`, { name: s, spaceId: s, connectorTypeId: s });
      const fixed = KibanaConnector.fromConnectorId(stack, `f_${k}`, s, s);
      new TerraformOutput(stack, `fixed_id_${k}`, { value: fixed.connectorId });
      new TerraformOutput(stack, `fixed_space_${k}`, { value: fixed.spaceId });
      new KibanaConnector(stack, `u_${k}`, { name: 'n', connectorTypeId: '.index', config: { id: fixed.connectorId, space: fixed.spaceId }, skipTypeValidation: true });
    });
    // These texts are not space ids, which synth refuses (test/connector.flavoured.test.ts); what Terraform
    // reads of them is the question here, so the output is taken without the validations.
    const json = synthJsonUnvalidated(stack);
    const imports = new Map<string, string>(json.import.map((i: any) => [i.to, i.id]));

    const strings: Record<string, string> = {};
    const expected: Record<string, unknown> = {};
    for (const k of keys) {
      const s = TEMPLATE_LIKE[k];
      const c = connectors(json)[`c_${k}`];
      const l = data(json)[`l_${k}`];
      const fields: Record<string, [string, unknown]> = {
        name: [c.name, s],
        type: [c.connector_type_id, s],
        import: [imports.get(`${CONNECTOR}.c_${k}`)!, `default/${s}`],
        config: [c.config, { text: s, [s]: 'key' }],
        lookupName: [l.name, s],
        lookupSpace: [l.space_id, s],
        lookupType: [l.connector_type_id, s],
        fixedId: [json.output[`fixed_id_${k}`].value, s],
        fixedSpace: [json.output[`fixed_space_${k}`].value, s],
        fixedInConfig: [connectors(json)[`u_${k}`].config, { id: s, space: s }],
      };
      for (const [field, [synthesized, want]] of Object.entries(fields)) {
        strings[`${k}.${field}`] = synthesized;
        expected[`${k}.${field}`] = want;
      }
    }
    const values = evaluate(strings);
    for (const name of Object.keys(values)) {
      if (name.endsWith('.config') || name.endsWith('.fixedInConfig')) values[name] = JSON.parse(values[name] as string);
    }
    expect(values).toEqual(expected);
  });

  test('space id and fixed connector id of a managed connector (checked by validation, written as given)', () => {
    const stack = newStack('ids');
    const keys = Object.keys(TEMPLATE_LIKE);
    keys.forEach((k) => new KibanaConnector(stack, `c_${k}`, { name: 'n', connectorTypeId: '.server-log', spaceId: TEMPLATE_LIKE[k], connectorId: TEMPLATE_LIKE[k] }));
    const json = synthJsonUnvalidated(stack);
    const strings: Record<string, string> = {};
    for (const k of keys) {
      strings[`${k}.space`] = connectors(json)[`c_${k}`].space_id;
      strings[`${k}.id`] = connectors(json)[`c_${k}`].connector_id;
    }
    const values = evaluate(strings);
    expect(values).toEqual(Object.fromEntries(keys.flatMap((k) => [[`${k}.space`, TEMPLATE_LIKE[k]], [`${k}.id`, TEMPLATE_LIKE[k]]])));
  });

  test('strings that mix literal text and tokens keep the text literal and the tokens live', () => {
    const stack = newStack('mixed');
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    const names: Record<string, [string, string]> = {
      template: [`Alert \${var.x} for ${v.stringValue} %{ if true }`, 'Alert ${var.x} for V${x} %{ if true }'],
      dollarBefore: [`cost $${v.stringValue} and $$${v.stringValue}`, 'cost $V${x} and $$V${x}'],
      percentBefore: [`%${v.stringValue} %%${v.stringValue}`, '%V${x} %%V${x}'],
      braceAfter: [`${v.stringValue}{x} $${v.stringValue}{`, 'V${x}{x} $V${x}{'],
      lazy: [Lazy.stringValue({ produce: () => 'Lazy ${var.x} %{ if true }' }), 'Lazy ${var.x} %{ if true }'],
      lazyInText: [`pre $${Lazy.stringValue({ produce: () => '{var.x}' })}`, 'pre ${var.x}'],
    };
    for (const [k, [name]] of Object.entries(names)) new KibanaConnector(stack, k, { name, connectorTypeId: '.server-log' });
    const json = synthJson(stack);
    const strings = Object.fromEntries(Object.keys(names).map((k) => [k, connectors(json)[k].name]));
    const out = evaluateExpressions(
      Object.fromEntries(Object.keys(names).map((k) => [k, strings[k]])),
      { x: { type: 'string', value: 'INJECTED' }, v: { type: 'string', value: 'V${x}' } },
    );
    expect(out).toEqual(Object.fromEntries(Object.entries(names).map(([k, [, want]]) => [k, want])));
  });

  test('fromConnectorId ids and lookup space ids that mix text with tokens, or are Lazy, keep the text literal and the tokens live', () => {
    const stack = newStack('mixedids');
    const env = new TerraformVariable(stack, 'env', { type: 'string' });
    const mixed = `${env.stringValue}-legacy-\${id} %{ if true } $${env.stringValue}`;
    const lazy = Lazy.stringValue({ produce: () => 'lazy-${id} %{ if true }' });
    const a = KibanaConnector.fromConnectorId(stack, 'a', mixed, mixed);
    const b = KibanaConnector.fromConnectorId(stack, 'b', lazy, lazy);
    const la = new KibanaConnectorLookup(stack, 'la', { name: 'n', spaceId: mixed });
    const lb = new KibanaConnectorLookup(stack, 'lb', { name: 'n', spaceId: lazy });
    const refs: Record<string, string> = {
      aId: a.connectorId, aSpace: a.spaceId, bId: b.connectorId, bSpace: b.spaceId, laSpace: la.spaceId, lbSpace: lb.spaceId,
    };
    for (const [k, v] of Object.entries(refs)) new TerraformOutput(stack, k, { value: v });
    new TerraformOutput(stack, 'joined', { value: Fn.join(' + ', [a.connectorId, b.connectorId]) });
    new KibanaConnector(stack, 'user', { name: `uses ${a.connectorId} and ${b.connectorId}`, connectorTypeId: '.index', config: { a: a.connectorId, b: b.connectorId }, skipTypeValidation: true });
    const json = synthJson(stack);
    const strings: Record<string, string> = Object.fromEntries(Object.keys(refs).map((k) => [k, json.output[k].value]));
    strings.joined = json.output.joined.value;
    strings.name = connectors(json).user.name;
    strings.config = connectors(json).user.config;
    if (!hasFor(TERRAFORM, 'Terraform evaluating the strings')) return;
    const out = evaluateExpressions(strings, { env: { type: 'string', value: 'prod' } });
    const mixedValue = 'prod-legacy-${id} %{ if true } $prod';
    const lazyValue = 'lazy-${id} %{ if true }';
    expect({ ...out, config: JSON.parse(out.config as string) }).toEqual({
      aId: mixedValue,
      aSpace: mixedValue,
      bId: lazyValue,
      bSpace: lazyValue,
      laSpace: mixedValue,
      lbSpace: lazyValue,
      joined: `${mixedValue} + ${lazyValue}`,
      name: `uses ${mixedValue} and ${lazyValue}`,
      config: { a: mixedValue, b: lazyValue },
    });
  });

  test('text that looks like part of a cdktf token marker next to a token does not become a marker', () => {
    // cdktf reads `${TfToken[<key>]}` in any string it writes as a token. A literal that ends with the
    // start of a marker, followed by a value that supplies its end, must not turn into a token.
    const stack = newStack('marker');
    const fixed = KibanaConnector.fromConnectorId(stack, 'fixed', 'default', '1]} ${x}');
    const name = '${TfToken[TOKEN.' + fixed.connectorId;
    new KibanaConnector(stack, 'c', { name, connectorTypeId: '.index', config: { name }, skipTypeValidation: true });
    const c = connectors(synthJson(stack)).c;
    const values = evaluate({ name: c.name, config: c.config });
    expect(values.name).toBe('${TfToken[TOKEN.1]} ${x}');
    expect(JSON.parse(values.config as string)).toEqual({ name: '${TfToken[TOKEN.1]} ${x}' });
  });
});

describe('literal strings in the synthesized JSON', () => {
  test('ordinary strings are written as they are', () => {
    const stack: TerraformStack = newStack();
    new KibanaConnector(stack, 'c', { name: 'Ops {team} 100% $5', connectorTypeId: '.slack', spaceId: 'ops', skipTypeValidation: true });
    KibanaConnector.fromLookup(stack, 'l', { name: 'Ops {x}', connectorTypeId: '.slack' });
    const json = synthJson(stack);
    expect(connectors(json).c).toMatchObject({ name: 'Ops {team} 100% $5', connector_type_id: '.slack', space_id: 'ops' });
    expect(data(json).l).toMatchObject({ name: 'Ops {x}', connector_type_id: '.slack', space_id: 'default' });
  });

  testWithImportBlocks('ordinary import ids are written as they are', () => {
    const stack: TerraformStack = newStack();
    const c = new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.slack', spaceId: 'ops', skipTypeValidation: true });
    c.importFrom('legacy-id {x} 100%');
    expect(synthJson(stack).import).toEqual([{ id: 'ops/legacy-id {x} 100%', to: `${CONNECTOR}.c` }]);
  });

  test('template markers are escaped in the JSON', () => {
    const stack = newStack();
    new KibanaConnector(stack, 'c', { name: 'Alert ${var.x} %{ if true } $${', connectorTypeId: '.slack', skipTypeValidation: true });
    expect(connectors(synthJson(stack)).c.name).toBe('Alert $${var.x} %%{ if true } $$${');
  });
});
