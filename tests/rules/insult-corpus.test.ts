// The quality bar on the labelled dev corpus for insults and personal data,
// scored like score.py: insult F1 ≥ 0.90, personal-data F1 ≥ 0.95.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, type Case } from '../../src/cli/score.ts';
import { createLinter, type Finding } from '../../src/rules/index.ts';
import { COMPANY_PACK } from './rule-tester.ts';
import { DEV_CORPUS_PATH, GROUP_PROBE_2_FRESH_PATH, GROUP_PROBE_2_PATH, GROUP_THREAT_PROBE_FRESH_PATH, GROUP_THREAT_PROBE_PATH, INSULT_PROBE_3_PATH, INSULT_PROBE_4_FRESH_PATH, INSULT_PROBE_5_PATH, INSULT_PROBE_FRESH_PATH, INSULT_PROBE_PATH, THREAT_PROBE_PATH } from '../corpus/paths.ts';

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

// The insult probes (tests/corpus/README.md): well-formed, and the bar they were measured at.
describe.each([
  ['insult-probe.jsonl', INSULT_PROBE_PATH, 0.95, 1],
  ['insult-probe-fresh.jsonl (never tuned on)', INSULT_PROBE_FRESH_PATH, 0.9, 2],
  ['insult-probe-3.jsonl', INSULT_PROBE_3_PATH, 0.95, 1],
  ['insult-probe-4-fresh.jsonl (never tuned on)', INSULT_PROBE_4_FRESH_PATH, 0.85, 1],
  ['insult-probe-5.jsonl', INSULT_PROBE_5_PATH, 0.95, 0],
  ['group-threat-probe.jsonl', GROUP_THREAT_PROBE_PATH, 0.95, 1],
  ['group-threat-probe-fresh.jsonl (written after that tuning; its misses seen once)', GROUP_THREAT_PROBE_FRESH_PATH, 0.5, 1],
  ['group-probe-2.jsonl (session 6; tuned on)', GROUP_PROBE_2_PATH, 0.95, 1],
  ['group-probe-2-fresh.jsonl (never tuned on)', GROUP_PROBE_2_FRESH_PATH, 0.35, 1],
  ['threat-probe.jsonl (session 6, tuned on)', THREAT_PROBE_PATH, 0.65, 1],
] as const)('%s', (_, file, bar, cleanFlagged) => {
  const probe = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Case);
  it('is well-formed: unique ids, a language and platform, insult items that quote the post', () => {
    expect(new Set(probe.map((c) => c.id)).size).toBe(probe.length);
    for (const c of probe) {
      expect(['nl', 'en'], c.id).toContain(c.lang);
      expect(['linkedin', 'x', 'facebook'], c.id).toContain(c.platform);
      for (const x of c.expect) {
        expect(x.category, c.id).toBe('insult');
        expect(c.text, c.id).toContain(x.match);
      }
    }
  });
  const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
  const results = new Map<string, Finding[]>(probe.map((c) => [c.id, linter.lint(c.text, { platform: c.platform as 'x' }).filter((f) => f.category === 'insult')]));
  const { summary, errors } = score(probe, results);
  it(`insult F1 ≥ ${bar}`, () => {
    expect(summary.insult.f1, errors.filter((e) => e.includes(' insult ')).join('\n')).toBeGreaterThanOrEqual(bar);
  });
  it(`at most ${cleanFlagged} clean posts get an insult finding`, () => {
    const flagged = probe.filter((c) => c.expect.length === 0 && results.get(c.id)!.length > 0).map((c) => c.id);
    expect(flagged.length, flagged.join(', ')).toBeLessThanOrEqual(cleanFlagged);
  });
});
