// Checks values against the generated managed schema the way Chrome's policy
// loader does (type by type, no unions), so a generated policy file is known
// to survive Chrome's validation and not be dropped key by key.
import type { Issue } from '../schema/dsl.ts';
import { managedSchema } from './schema.ts';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
};

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

export function checkChromeSchema(schema: JsonSchema, value: unknown, path: string, out: Issue[] = []): Issue[] {
  const t = typeOf(value);
  const want = schema.type;
  if (!(want === t || (want === 'number' && t === 'integer'))) {
    out.push({ path, message: `Chrome expects ${want}, found ${t}` });
    return out;
  }
  if (schema.enum && !schema.enum.includes(value)) out.push({ path, message: `not one of ${JSON.stringify(schema.enum)}` });
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push({ path, message: `below ${schema.minimum}` });
    if (schema.maximum !== undefined && value > schema.maximum) out.push({ path, message: `above ${schema.maximum}` });
  }
  if (t === 'array') (value as unknown[]).forEach((x, i) => checkChromeSchema(schema.items ?? {}, x, `${path}[${i}]`, out));
  if (t === 'object')
    for (const [k, x] of Object.entries(value as object)) {
      const sub = schema.properties?.[k] ?? schema.additionalProperties;
      if (!sub) out.push({ path: `${path}.${k}`, message: 'not in the managed schema' });
      else checkChromeSchema(sub, x, `${path}.${k}`, out);
    }
  return out;
}

/** Problems Chrome would find in these managed-storage values (empty when they load as written). */
export function validatePolicyValues(values: Record<string, unknown>): Issue[] {
  const schema = managedSchema() as JsonSchema;
  const out: Issue[] = [];
  for (const [k, v] of Object.entries(values)) {
    const sub = schema.properties?.[k];
    if (!sub) out.push({ path: k, message: 'not in the managed schema' });
    else checkChromeSchema(sub, v, k, out);
  }
  return out;
}
