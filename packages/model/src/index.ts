export * from './access.ts';
export * from './domain.ts';
export * from './metrics.ts';
export * from './selector.ts';
