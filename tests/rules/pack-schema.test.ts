// schema/pack.schema.json is generated from src/rules/schema/pack.ts; it must not drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_PATH, packJsonSchema, packSchemaText } from '../../scripts/pack-schema.ts';
import { validate } from '../../src/rules/schema/dsl.ts';
import { packSchema } from '../../src/rules/schema/pack.ts';
import { COMPANY_PACK } from './rule-tester.ts';

describe('pack JSON Schema', () => {
  it('equals the committed schema/pack.schema.json (run `npx tsx scripts/pack-schema.ts` after changing the schema)', () => {
    expect(readFileSync(PACK_SCHEMA_PATH, 'utf8')).toBe(packSchemaText());
  });

  it('describes every top-level key of the pack and closes the object', () => {
    const s = packJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean; required: string[] };
    expect(Object.keys(s.properties)).toEqual(['$schema', ...Object.keys(packSchema.properties)]);
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['id', 'name', 'version']);
  });

  it('accepts the example pack of the corpus', () => {
    expect(validate(packSchema, COMPANY_PACK)).toEqual([]);
  });
});
