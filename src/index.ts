export * from './connector';
export * from './provider';
