// The checks of a rule action that need no construct, shared by the rule construct (alerting-rule.ts,
// at synth) and the importer (which must not write a rule the construct would refuse): the action
// group against the rule type. Pure. Imports: ./rule-type-info (types).
import type { RuleTypeInfo } from './rule-type-info';

/**
 * Why an action's group is refused (`at` names the action, `actions[0]`), or undefined: a rule type
 * the library knows has a closed list of groups; for other types a group must be given, as the
 * provider's default `"default"` exists in few rule types.
 */
export function actionGroupProblem(at: string, group: string | undefined, ruleTypeId: string, type: RuleTypeInfo | undefined): string | undefined {
  if (group === undefined) {
    return `${at}.group is required: the library does not know the action groups of rule type ${JSON.stringify(ruleTypeId)} (the provider's default "default" exists in few rule types)`;
  }
  if (type && !type.actionGroups.includes(group)) {
    return `${at}.group is ${JSON.stringify(group)}, which rule type ${ruleTypeId} does not have; its groups: ${type.actionGroups.join(', ')}`;
  }
  return undefined;
}
