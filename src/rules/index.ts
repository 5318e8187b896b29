// The rule constructs: AlertingRule (any rule type), rule actions, and the typed rule classes
// generated into ./types (generator/rules/).
export * from './action';
export * from './alerting-rule';
export * from './types';
