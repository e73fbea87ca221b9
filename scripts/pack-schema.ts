// Writes schema/pack.schema.json (JSON Schema for editors: `"$schema": "…/pack.schema.json"`)
// from the one pack schema in src/rules/schema/pack.ts. Run after changing it:
//   npx tsx scripts/pack-schema.ts
// tests/rules/pack-schema.test.ts fails when the committed file drifts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '../src/rules/schema/dsl.ts';
import { packSchema } from '../src/rules/schema/pack.ts';

export const PACK_SCHEMA_PATH = fileURLToPath(new URL('../schema/pack.schema.json', import.meta.url));

export function packJsonSchema(): Record<string, unknown> {
  const body = toJsonSchema(packSchema);
  // "$schema" inside a pack points editors here; allow it next to the pack's own keys.
  const properties = { $schema: { type: 'string', description: 'Where editors find this schema.' }, ...(body.properties as object) };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://thinktwice.invalid/schema/pack.schema.json',
    title: 'Think Twice rule pack',
    ...body,
    properties,
  };
}

export const packSchemaText = (): string => `${JSON.stringify(packJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PACK_SCHEMA_PATH, packSchemaText());
  console.log(`wrote ${PACK_SCHEMA_PATH}`);
}
