// What the typed classes (generated into src/connectors/ and src/rules/types/) hand to the
// constructs they build, beside the public objects (jsii exposes no such types): the params spec
// a typed rule or a typed action is checked against, and the source a RuleAction is made from.
// Internal: src/index.ts does not export it (test/public-api.test.ts). Imports ../connector (the
// IKibanaConnector interface), ../engine/spec and ./rule-type-info, types only.
import { IKibanaConnector } from '../connector';
import { RuleParamsSpec } from './rule-type-info';
import { ConnectorSpec } from '../engine/spec';

/** Where a RuleAction comes from (its private constructor's argument); `P` is RuleActionProps. */
export interface ActionSource<P> {
  readonly connector?: IKibanaConnector;
  readonly connectorId: string;
  readonly spaceId?: string;
  readonly spec?: ConnectorSpec;
  readonly props: P;
}

// The params spec of each typed action and each typed rule, keyed by the object.
const actionSpecs = new WeakMap<object, ConnectorSpec>();
const ruleSpecs = new WeakMap<object, RuleParamsSpec>();

/** Called by RuleAction's constructor for a typed action: the rule checks its params against `spec`. */
export function recordActionSpec(action: object, spec: ConnectorSpec): void {
  actionSpecs.set(action, spec);
}

/** The connector type's spec of a typed action (a RuleAction), whose params the rule checks. */
export function paramsSpecOf(action: object): ConnectorSpec | undefined {
  return actionSpecs.get(action);
}

/** Called by a typed rule class's constructor (an AlertingRule): the rule checks its params against `spec` at synth. */
export function attachParamsSpec(rule: object, spec: RuleParamsSpec): void {
  ruleSpecs.set(rule, spec);
}

/** The params spec attachParamsSpec gave `rule`, if any. */
export function ruleParamsSpecOf(rule: object): RuleParamsSpec | undefined {
  return ruleSpecs.get(rule);
}
