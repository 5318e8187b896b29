export * from './connector';
export * from './provider';
export * from './preconfigured';
