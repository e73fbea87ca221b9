// Every built-in rule is one file named after its id, registered in registry.ts, described
// in both languages for the options page, documented in the rules table, and tested by a
// table of valid and invalid posts. Adding a rule file without any of these fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from '../../src/rules/lexicon/index.ts';
import { BUILTIN_RULES } from '../../src/rules/registry.ts';
import type { Rule } from '../../src/rules/rule.ts';
import { RULE_FOR } from './insult-support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where the built-in rules live, one file per rule. */
const RULES_DIR = 'src/rules/rules';
/** Where the rules table may be: the pack reference, or the page on phrase rules. */
const DOCS = ['docs/packs.md', 'docs/rules.md'];

const ruleFiles = readdirSync(path.join(root, RULES_DIR)).filter((f) => f.endsWith('.ts'));
const ids = ruleFiles.map((f) => f.replace(/\.ts$/, ''));
const modules = await Promise.all(ruleFiles.map((f) => import(path.join(root, RULES_DIR, f)) as Promise<{ default?: Rule }>));

const read = (file: string): string => {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return '';
  }
};
const docs = DOCS.map(read).join('\n');

/** Test sources, for the rule tables: `ruleTable('<id>', …)`. */
function testSources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testSources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [read(path.join(dir, d.name))] : [],
  );
}
const tests = testSources('tests').join('\n');

/** Rules tested through the lexicon: each entry's own examples, for the rule of its kind (insult-lexicon.test.ts). */
const lexiconTested = new Set(Object.values(RULE_FOR));

describe('built-in rules', () => {
  it('are all registered, once, and nothing else is', () => {
    expect(BUILTIN_RULES.map((r) => r.meta.id).sort()).toEqual([...ids].sort());
  });

  describe.each(ids.map((id, i) => [id, modules[i]!.default] as const))('%s', (id, rule) => {
    it('is the default export of the file named after its id', () => {
      expect(rule?.meta.id).toBe(id);
    });

    it('is the instance the registry runs', () => {
      expect(BUILTIN_RULES).toContain(rule);
    });

    it('describes itself in Dutch and English (the options page lists it)', () => {
      expect(rule!.meta.description.nl.trim()).not.toBe('');
      expect(rule!.meta.description.en.trim()).not.toBe('');
    });

    it(`has a row in the rules table (${DOCS.join(' or ')})`, () => {
      expect(docs).toMatch(new RegExp(`^\\| \`${id}\` \\| ${rule!.meta.category} \\|`, 'm'));
    });

    it('has a table of valid and invalid posts', () => {
      if (lexiconTested.has(id)) {
        // Its table is the lexicon: entries of its kinds, each with examples it must flag.
        const kinds = Object.entries(RULE_FOR).filter(([, r]) => r === id).map(([k]) => k);
        expect(ALL_ENTRIES.filter((e) => kinds.includes(e.kind)).length).toBeGreaterThan(0);
      } else {
        expect(tests).toMatch(new RegExp(`ruleTable\\(\\s*'${id}'`));
      }
    });
  });
});
