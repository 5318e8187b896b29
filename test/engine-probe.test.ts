// `import --format hcl` asks the rule engine alone which secrets a typed connector needs and what
// its construct would refuse (src/importer/engine-probe.ts, no cdktf); `--format ts` builds the
// construct to confirm the answer (src/importer/secret-probe.ts). The two outputs must agree on
// every connector: the same variables, the same typed construct or the same fallback reason. This
// compares both probes on every typed connector type, for configs made from each type's own field
// data (empty, every field set, every enum member, every field of a wrong kind), at three targets.
import { CONNECTOR_SPECS, CONNECTOR_TYPES } from '../src/connectors/registry';
import { sectionFields } from '../src/engine/check';
import { FieldSpec } from '../src/engine/spec';
import { createEngineProbe } from '../src/importer/engine-probe';
import { SecretProbeInput } from '../src/importer/plan';
import { createSecretProbe } from '../src/importer/secret-probe';

const TARGETS: (string | undefined)[] = [undefined, '8.15.0', '9.1.0'];

const nameOf = (f: FieldSpec): string => f.property ?? f.key;

/** A value of the field's kind: the first member of an enum, a URL for URL fields. */
function sample(f: FieldSpec): unknown {
  switch (f.type) {
    case 'string': return f.url ? 'https://example.com/hook' : 'text';
    case 'number': return f.min ?? 1;
    case 'boolean': return true;
    case 'enum': return f.values?.[0] ?? 'x';
    case 'stringList': return ['a'];
    case 'numberList': return [1];
    case 'stringMap': return { a: 'b' };
    case 'json': return { a: 1 };
    case 'jsonList': return [{ a: 1 }];
    case 'struct': return Object.fromEntries((f.fields ?? []).map((g) => [nameOf(g), sample(g)]));
    case 'structList': return [Object.fromEntries((f.fields ?? []).map((g) => [nameOf(g), sample(g)]))];
  }
}

/** A value of another kind than the field's. */
function wrong(f: FieldSpec): unknown {
  return f.type === 'string' || f.type === 'enum' ? 42 : 'not-this-kind';
}

/** Configs of a type: empty; every field set; each enum member and `false` for each boolean; each field of a wrong kind. */
function configs(fields: readonly FieldSpec[]): Record<string, unknown>[] {
  const full = Object.fromEntries(fields.map((f) => [nameOf(f), sample(f)]));
  const out: Record<string, unknown>[] = [{}, full];
  for (const f of fields) {
    for (const v of f.values ?? []) out.push({ ...full, [nameOf(f)]: v });
    if (f.type === 'boolean') out.push({ ...full, [nameOf(f)]: false });
    out.push({ ...full, [nameOf(f)]: wrong(f) });
  }
  return out;
}

describe('the rule engine alone answers as the typed constructs do', () => {
  const types = Object.values(CONNECTOR_TYPES).filter((t) => CONNECTOR_SPECS[t.typeId]);

  test('every typed connector type is compared', () => {
    expect(types.length).toBeGreaterThan(30);
  });

  for (const kibanaVersion of TARGETS) {
    test(`same required secrets and problems for every config, at ${kibanaVersion ?? 'the newest Kibana'}`, () => {
      const engine = createEngineProbe({ kibanaVersion });
      const constructs = createSecretProbe({ kibanaVersion });
      let compared = 0;
      let withRequired = 0;
      let withProblems = 0;
      for (const info of types) {
        const spec = CONNECTOR_SPECS[info.typeId];
        const secrets = sectionFields(spec, 'secrets');
        const secretFields = secrets.filter((f) => f.required).map(nameOf);
        const optionalFields = secrets.filter((f) => !f.required).map(nameOf);
        for (const config of configs(sectionFields(spec, 'config'))) {
          const input: SecretProbeInput = { constructName: info.constructName, name: 'n', spaceId: 'default', config, secretFields, optionalFields };
          const expected = constructs(input);
          expect({ type: info.typeId, config, ...engine(input) }).toEqual({ type: info.typeId, config, ...expected });
          compared++;
          if (expected.required.length) withRequired++;
          if (expected.problems.length) withProblems++;
        }
      }
      // The corpus reaches both answers: secrets some configs require, and configs the constructs refuse.
      expect(compared).toBeGreaterThanOrEqual(250);
      expect(withRequired).toBeGreaterThanOrEqual(100);
      expect(withProblems).toBeGreaterThanOrEqual(150);
      expect(compared - withProblems).toBeGreaterThanOrEqual(25);
    });
  }
});
