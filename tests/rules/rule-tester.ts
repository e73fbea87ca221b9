// Tables of valid and invalid posts per rule (ESLint's RuleTester, in small): each
// invalid case lists the exact flagged texts, optionally their severities.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/rules/index.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import type { LintContext, Severity } from '../../src/rules/types.ts';
import { EXAMPLE_PACK_PATH } from '../corpus/paths.ts';

export const COMPANY_PACK = JSON.parse(
  readFileSync(EXAMPLE_PACK_PATH, 'utf8'),
) as Pack;

export interface Invalid {
  text: string;
  /** The flagged texts, in order. */
  flagged: string[];
  severity?: Severity;
  /** Expected replacement of the first finding's suggestion. */
  suggestion?: string;
  /** The whole post once the first finding's suggestion is applied. */
  fixed?: string;
  context?: LintContext;
}

export function ruleTable(ruleId: string, table: { valid: string[]; invalid: Invalid[] }, pack: Pack = COMPANY_PACK): void {
  let linter: Linter | undefined;
  const get = () => (linter ??= createLinter([{ source: 'company', pack }]));
  const findings = (text: string, context?: LintContext) => get().lint(text, context).filter((f) => f.ruleId === ruleId);
  describe(ruleId, () => {
    it.each(table.valid)('valid: %s', (text) => {
      expect(findings(text).map((f) => f.text)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [c.text, c] as const))('invalid: %s', (_, c) => {
      const got = findings(c.text, c.context);
      expect(got.map((f) => f.text)).toEqual(c.flagged);
      for (const f of got) {
        expect(f.message.nl.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
      }
      if (c.severity) expect(got[0]?.severity).toBe(c.severity);
      if (c.suggestion !== undefined) expect(got[0]?.suggestion?.replacement).toBe(c.suggestion);
      if (c.fixed !== undefined) {
        const s = got[0]?.suggestion;
        expect(s && c.text.slice(0, s.start) + s.replacement + c.text.slice(s.end)).toBe(c.fixed);
      }
    });
  });
}
