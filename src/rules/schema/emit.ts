// From the one schema to the files others read: standard JSON Schema (editors'
// completion via "$schema") and Chrome's managed-storage schema subset. One walk
// serves both; the dialects differ only where Chrome's subset is smaller.
import type { Schema } from './dsl.ts';

type Json = Record<string, unknown>;

interface Dialect {
  /** Chrome's subset: no unions (keep the managed variant), no length limits, no additionalProperties:false. */
  chrome: boolean;
}

function emit(sc: Schema, dialect: Dialect): Json {
  const d = sc.description ? { description: sc.description } : {};
  const strict = dialect.chrome ? {} : { additionalProperties: false };
  const sub = (x: Schema) => emit(x, dialect);
  switch (sc.kind) {
    case 'string':
      return dialect.chrome
        ? { type: 'string', ...d }
        : { type: 'string', ...d, ...(sc.minLength ? { minLength: sc.minLength } : {}), ...(sc.maxLength ? { maxLength: sc.maxLength } : {}) };
    case 'number':
      return {
        type: sc.integer ? 'integer' : 'number',
        ...d,
        ...(sc.minimum !== undefined ? { minimum: sc.minimum } : {}),
        ...(sc.maximum !== undefined ? { maximum: sc.maximum } : {}),
      };
    case 'boolean':
      return { type: 'boolean', ...d };
    case 'enum':
      return { type: 'string', enum: [...sc.values], ...d };
    case 'array':
      return { type: 'array', items: sub(sc.items), ...d, ...(sc.maxItems && !dialect.chrome ? { maxItems: sc.maxItems } : {}) };
    case 'record':
      return sc.keys
        ? { type: 'object', ...d, properties: Object.fromEntries(sc.keys.map((k) => [k, sub(sc.values)])), ...strict }
        : { type: 'object', ...d, additionalProperties: sub(sc.values) };
    case 'object':
      return {
        type: 'object',
        ...d,
        properties: Object.fromEntries(Object.entries(sc.properties).map(([k, p]) => [k, sub(p)])),
        ...(sc.required.length && !dialect.chrome ? { required: [...sc.required] } : {}),
        ...strict,
      };
    case 'either':
      return dialect.chrome ? { ...sub(sc.managed === 'a' ? sc.a : sc.b), ...d } : { ...d, anyOf: [sub(sc.a), sub(sc.b)] };
  }
}

/** Standard JSON Schema (draft-07), for editor completion via "$schema". */
export const toJsonSchema = (sc: Schema): Json => emit(sc, { chrome: false });

/** Chrome's managed-storage schema subset (descriptions kept: admins read the file). */
export const toChromeSchema = (sc: Schema): Json => emit(sc, { chrome: true });
