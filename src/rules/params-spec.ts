// A typed rule class's params spec (./rule-type-info.ts RuleParamsSpec) in the shape the rule engine
// evaluates (src/engine/spec.ts ConnectorSpec: its `params` section), made once per spec, and the one
// decision whether a typed class accepts a rule (its consumer and its params): the class checks its
// props with it at synth, the importer its Kibana records, so that both decide alike. Also the
// defaults a class writes into nested params (a struct's fields) and their inverse for code that
// passes Kibana's params to a class. Pure. Imports: ../engine/spec (types), ../engine/check,
// ../object, ./rule-type-info (types).
import { checkParams, CheckOptions, Problem } from '../engine/check';
import type { ConnectorSpec, FieldSpec } from '../engine/spec';
import { isPlainObject } from '../object';
import type { RuleParamsSpec, RuleTypeInfo } from './rule-type-info';

const asObjectSpec = new WeakMap<RuleParamsSpec, ConnectorSpec>();

/** A typed rule class's params spec in the shape the rule engine evaluates. */
export function ruleParamsObjectSpec(spec: RuleParamsSpec): ConnectorSpec {
  let s = asObjectSpec.get(spec);
  if (!s) {
    const catalog = { checkedThrough: spec.checkedThrough };
    s = {
      typeId: spec.ruleTypeId,
      subject: 'rule',
      catalog,
      versions: [],
      strict: true,
      paramsStrict: spec.acceptsUnknownParams !== true,
      config: [],
      secrets: [],
      params: spec.params,
      rules: spec.rules,
    };
    asObjectSpec.set(spec, s);
  }
  return s;
}

/** What a typed rule class is given, or what Kibana holds for a rule: its consumer and its params. */
export interface TypedRuleInput {
  readonly consumer: unknown;
  readonly params: unknown;
}

/**
 * Why the typed class of `spec` refuses a rule, as problems (none: it accepts it): a consumer the rule
 * type does not authorize (when the library knows its consumers), then the params as Kibana checks
 * them when the rule is created. The rule construct and the importer both decide with this function.
 */
export function typedRuleProblems(spec: RuleParamsSpec, type: RuleTypeInfo | undefined, rule: TypedRuleInput, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const consumer = rule.consumer;
  if (type && type.consumers.length > 0 && typeof consumer === 'string' && !options.isUnresolved(consumer) && !type.consumers.includes(consumer)) {
    problems.push({
      path: 'consumer',
      kind: 'value',
      message: `consumer is ${JSON.stringify(consumer)}, which Kibana does not authorize for rule type ${spec.ruleTypeId}; its consumers: ${type.consumers.join(', ')}`,
    });
  }
  problems.push(...checkParams(ruleParamsObjectSpec(spec), rule.params, options));
  return problems;
}

/** The value a field's class writes when the field is unset (its first default holds always), or undefined. */
function writtenDefault(f: FieldSpec): { value: unknown } | undefined {
  const d = f.send ? f.defaults?.[0] : undefined;
  return d && !d.versions && !d.when ? { value: d.value } : undefined;
}

/**
 * A struct field's value (a struct, or a list of them) with the defaults the class writes filled in at
 * every level, so that Kibana stores what was sent (no provider drift). Anything that is not a plain
 * object (a token) is left as it is; keys the struct does not define are kept.
 */
export function withNestedDefaults(fields: readonly FieldSpec[], value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => withNestedDefaults(fields, item));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const f of fields) {
    const d = writtenDefault(f);
    if (out[f.key] === undefined && d) out[f.key] = d.value;
    if (f.fields && out[f.key] !== undefined) out[f.key] = withNestedDefaults(f.fields, out[f.key]);
  }
  return out;
}

/** `withNestedDefaults` for the top-level struct field `key` of a class's params. */
export function nestedDefaults(spec: RuleParamsSpec, key: string, value: unknown): unknown {
  const f = spec.params.find((x) => x.key === key);
  return f?.fields ? withNestedDefaults(f.fields, value) : value;
}

/**
 * The other way round, for code that passes Kibana's params to a class: the `null`s that equal a
 * default the class writes are left out, at every level (TypeScript's optional fields take no null,
 * and the class writes the same null back). Other values are kept as they are.
 */
export function withoutWrittenNulls(fields: readonly FieldSpec[], value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutWrittenNulls(fields, item));
  if (!isPlainObject(value)) return value;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const entries: Array<[string, unknown]> = [];
  for (const [k, v] of Object.entries(value)) {
    const f = byKey.get(k);
    if (v === null && f && writtenDefault(f)?.value === null) continue;
    entries.push([k, f?.fields ? withoutWrittenNulls(f.fields, v) : v]);
  }
  // fromEntries makes an own property of every key, `__proto__` included (an assignment would not).
  return Object.fromEntries(entries);
}
