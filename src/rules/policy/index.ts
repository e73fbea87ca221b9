// Admin policy as the extension reads it: the managed schema, reading managed
// storage, precedence. The files an admin deploys are written by src/admin/.

export * from './schema.ts';
export * from './model.ts';
export * from './layers.ts';
export { validatePolicyValues } from './chrome-schema.ts';
