// Conformance: the committed managed_schema.json is exactly what the pack
// schema generates, and it stays inside Chrome's schema subset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA_PATH, managedSchemaText } from '../../../scripts/managed-schema.ts';
import { packSchema } from '../../../src/rules/schema/pack.ts';
import { checkChromeSchema } from '../../../src/rules/policy/chrome-schema.ts';

const committed = readFileSync(MANAGED_SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committed);

describe('managed_schema.json', () => {
  it('equals the generated schema (run `npx tsx scripts/managed-schema.ts` after changing the pack schema)', () => {
    expect(committed).toBe(managedSchemaText());
  });

  it('has the policies admins rely on', () => {
    expect(Object.keys(schema.properties)).toEqual([
      'rulePack',
      'rulePackJson',
      'rulePackUrl',
      'rulePackSha256',
      'rulePackRefreshMinutes',
      'lockUserRules',
      'privateChats',
      'siteSelectors',
      'sites',
    ]);
    expect(Object.keys(schema.properties.rulePack.properties)).toEqual(Object.keys(packSchema.properties));
    expect(Object.keys(schema.properties.sites.properties)).toEqual(['linkedin', 'x', 'facebook']);
  });

  it("stays inside Chrome's subset: one type per schema, no unions, no additionalProperties at the top", () => {
    const allowedTypes = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);
    const walk = (s: Record<string, any>, path: string) => {
      for (const bad of ['anyOf', 'oneOf', 'allOf', 'not', 'required', 'format', '$schema'])
        expect(s[bad], `${path} has ${bad}`).toBeUndefined();
      expect(allowedTypes.has(s.type), `${path} type ${s.type}`).toBe(true);
      if (s.additionalProperties === false) throw new Error(`${path}: additionalProperties:false is not in Chrome's subset`);
      for (const [k, p] of Object.entries(s.properties ?? {})) walk(p as Record<string, any>, `${path}.${k}`);
      if (s.items) walk(s.items, `${path}[]`);
      if (s.additionalProperties) walk(s.additionalProperties, `${path}{}`);
    };
    walk(schema, '$');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
  });

  it('keeps the object form of client entries (strings go in rulePackJson)', () => {
    const clients = schema.properties.rulePack.properties.clients;
    expect(clients.items.type).toBe('object');
    expect(checkChromeSchema(schema.properties.rulePack, { id: 'a', name: 'A', version: '1', clients: ['Jansen'] }, 'rulePack')).toEqual([
      { path: 'rulePack.clients[0]', message: 'Chrome expects object, found string' },
    ]);
  });
});
