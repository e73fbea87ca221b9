// Writes public/managed_schema.json from the one pack schema, so the policy an admin writes is the pack the extension reads.
// Run after changing src/rules/schema/pack.ts or src/rules/policy/schema.ts:
//   npx tsx scripts/managed-schema.ts
// tests/rules/policy/managed-schema.test.ts fails when the committed file drifts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchema } from '../src/rules/policy/schema.ts';

export const MANAGED_SCHEMA_PATH = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));
export const managedSchemaText = (): string => `${JSON.stringify(managedSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(MANAGED_SCHEMA_PATH, managedSchemaText());
  console.log(`wrote ${MANAGED_SCHEMA_PATH}`);
}
