// From the one schema to the files others read: standard JSON Schema (editors'
// completion via "$schema") and Chrome's managed-storage schema subset.
import type { Schema } from './dsl.ts';

type Json = Record<string, unknown>;

/** Standard JSON Schema (draft-07), for editor completion via "$schema". */
export function toJsonSchema(sc: Schema): Json {
  const d = sc.description ? { description: sc.description } : {};
  switch (sc.kind) {
    case 'string':
      return { type: 'string', ...d, ...(sc.minLength ? { minLength: sc.minLength } : {}), ...(sc.maxLength ? { maxLength: sc.maxLength } : {}) };
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
      return { type: 'array', items: toJsonSchema(sc.items), ...d, ...(sc.maxItems ? { maxItems: sc.maxItems } : {}) };
    case 'record':
      return sc.keys
        ? {
            type: 'object',
            ...d,
            properties: Object.fromEntries(sc.keys.map((k) => [k, toJsonSchema(sc.values)])),
            additionalProperties: false,
          }
        : { type: 'object', ...d, additionalProperties: toJsonSchema(sc.values) };
    case 'object':
      return {
        type: 'object',
        ...d,
        properties: Object.fromEntries(Object.entries(sc.properties).map(([k, p]) => [k, toJsonSchema(p)])),
        ...(sc.required.length ? { required: [...sc.required] } : {}),
        additionalProperties: false,
      };
    case 'either':
      return { ...d, anyOf: [toJsonSchema(sc.a), toJsonSchema(sc.b)] };
  }
}

/**
 * Chrome's managed-storage schema subset: no unions, no formats, no
 * additionalProperties:false. Descriptions are kept; Chrome shows them nowhere but
 * admins read the file.
 */
export function toChromeSchema(sc: Schema): Json {
  const d = sc.description ? { description: sc.description } : {};
  switch (sc.kind) {
    case 'string':
      return { type: 'string', ...d };
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
      return { type: 'array', items: toChromeSchema(sc.items), ...d };
    case 'record':
      return sc.keys
        ? { type: 'object', ...d, properties: Object.fromEntries(sc.keys.map((k) => [k, toChromeSchema(sc.values)])) }
        : { type: 'object', ...d, additionalProperties: toChromeSchema(sc.values) };
    case 'object':
      return {
        type: 'object',
        ...d,
        properties: Object.fromEntries(Object.entries(sc.properties).map(([k, p]) => [k, toChromeSchema(p)])),
      };
    case 'either':
      return { ...toChromeSchema(sc.managed === 'a' ? sc.a : sc.b), ...d };
  }
}
