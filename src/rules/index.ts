// The rule constructs: the typed rule classes generated into ./types (generator/rules/).
export * from './types';
