// The quality bar on the labelled dev corpus for insults and personal data,
// scored like score.py: insult F1 ≥ 0.90, personal-data F1 ≥ 0.95.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, type Case } from '../../src/cli/score.ts';
import { createLinter, type Finding } from '../../src/rules/index.ts';
import { COMPANY_PACK } from './rule-tester.ts';
import { DEV_CORPUS_PATH } from '../corpus/paths.ts';

const cases = readFileSync(DEV_CORPUS_PATH, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Case);

describe('dev corpus: insult and personal data', () => {
  const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
  const results = new Map<string, Finding[]>(cases.map((c) => [c.id, linter.lint(c.text, { platform: c.platform as 'x' })]));
  const { summary, errors } = score(cases, results);
  it.each([
    ['insult', 0.9],
    ['personal-data', 0.95],
  ] as const)('%s: F1 ≥ %s', (cat, bar) => {
    expect(summary[cat].f1, errors.filter((e) => e.includes(` ${cat} `)).join('\n')).toBeGreaterThanOrEqual(bar);
  });
  it('no clean post gets an insult or personal-data finding', () => {
    const flagged = cases
      .filter((c) => c.expect.length === 0)
      .filter((c) => results.get(c.id)!.some((f) => f.category === 'insult' || f.category === 'personal-data'))
      .map((c) => c.id);
    expect(flagged).toEqual([]);
  });
});
