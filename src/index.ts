export * from './connector';
export * from './provider';
export * from './preconfigured';
export * from './connectors';
export * from './rules';
