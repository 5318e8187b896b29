// A typed rule class's params spec (./rule-type-info.ts RuleParamsSpec) in the shape the rule engine
// evaluates (src/engine/spec.ts ConnectorSpec: its `params` section), made once per spec. Pure: the
// rule construct and the importer share it. Imports: ../engine/spec (types), ./rule-type-info (types).
import type { RuleParamsSpec } from './rule-type-info';
import type { ConnectorSpec } from '../engine/spec';

const asObjectSpec = new WeakMap<RuleParamsSpec, ConnectorSpec>();

/** A typed rule class's params spec in the shape the rule engine evaluates. */
export function ruleParamsObjectSpec(spec: RuleParamsSpec): ConnectorSpec {
  let s = asObjectSpec.get(spec);
  if (!s) {
    const catalog = { checkedThrough: spec.checkedThrough };
    s = { typeId: spec.ruleTypeId, catalog, versions: [], strict: true, config: [], secrets: [], params: spec.params, rules: spec.rules };
    asObjectSpec.set(spec, s);
  }
  return s;
}
