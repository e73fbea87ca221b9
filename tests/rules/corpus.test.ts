// The labelled dev corpus with its pack: the quality bar for the categories of the
// core rules (client, confidential, disclaimer). Scored like score.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, type Case } from '../../src/cli/score.ts';
import { createLinter, type Finding } from '../../src/rules/index.ts';
import { COMPANY_PACK } from './rule-tester.ts';
import { parseCorpus } from '../../src/cli/commands/eval.ts';
import { loadPack } from '../../src/rules/pack-load.ts';
import { AFFIL_PROBES, DEV_CORPUS_PATH, PROBE_CORPUS_PATH, PROBE_PACK_PATH } from '../corpus/paths.ts';

const CORE = ['client', 'confidential', 'disclaimer'] as const;
const cases = readFileSync(DEV_CORPUS_PATH, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Case);

describe('dev corpus (company.pack.json)', () => {
  const linter = createLinter([{ source: 'company', pack: COMPANY_PACK }]);
  const results = new Map<string, Finding[]>(
    cases.map((c) => [
      c.id,
      linter
        .lint(c.text, { platform: c.platform as 'x' })
        .filter((f) => (CORE as readonly string[]).includes(f.category)),
    ]),
  );
  const { summary, errors } = score(cases, results);

  it.each(CORE)('%s: F1 ≥ 0.95', (cat) => {
    expect(summary[cat].f1, errors.filter((e) => e.includes(` ${cat} `)).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('at most 2 of the clean posts get a finding', () => {
    const clean = cases.filter((c) => c.expect.length === 0);
    const flagged = clean.filter((c) => results.get(c.id)!.length > 0).map((c) => c.id);
    expect(clean.length).toBe(64);
    expect(flagged.length, flagged.join(', ')).toBeLessThanOrEqual(2);
  });
});

// A probe set for a new employer (tests/corpus/precision-probe/README.md): the file must parse as
// `thinktwice eval` parses a corpus, its pack must load without problems.
describe('precision probe (Noordlicht, a communications agency)', () => {
  const source = readFileSync(PROBE_CORPUS_PATH, 'utf8');

  it('is a well-formed corpus with a valid pack', () => {
    const probe = parseCorpus(source, PROBE_CORPUS_PATH);
    expect(probe.length).toBeGreaterThanOrEqual(120);
    const clean = probe.filter((c) => c.expect.length === 0).length;
    expect(clean / probe.length).toBeGreaterThan(0.4);
    expect(probe.every((c) => c.lang === 'nl' || c.lang === 'en')).toBe(true);
    const loaded = loadPack(readFileSync(PROBE_PACK_PATH, 'utf8'));
    expect(loaded.issues).toEqual([]);
  });

  // Tuned on after its first run (micro F1 0.854, 10/96 clean flagged): a floor against regressions.
  it('keeps micro F1 ≥ 0.95 with at most 4 clean posts flagged', () => {
    const probe = parseCorpus(source, PROBE_CORPUS_PATH);
    const linter = createLinter([{ source: 'company', pack: JSON.parse(readFileSync(PROBE_PACK_PATH, 'utf8')) }]);
    const official = ['client', 'confidential', 'insult', 'personal-data', 'disclaimer'];
    const results = new Map<string, Finding[]>(
      probe.map((c) => [
        c.id,
        linter.lint(c.text, { platform: c.platform as 'x' }).filter((f) => official.includes(f.category)),
      ]),
    );
    const { summary, errors } = score(probe, results);
    expect(summary.micro.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(Number(summary.clean_flagged.split('/')[0]), errors.join('\n')).toBeLessThanOrEqual(4);
  });
});

// The probes of the session-5 precision work (tests/corpus/prose-probe/README.md): ordinary prose
// that must stay clean, and clients of an energy consultancy. Tuned on after their first run
// (prose 10/128 flagged; client P 0.806 R 0.758): floors against regressions.
describe.each([
  { name: 'prose-probe', minF1: 1, maxClean: 1 },
  { name: 'client-probe', minF1: 0.93, maxClean: 2 },
  // Session 6 affiliation probes (tests/corpus/affil-probe/README.md), tuned on after their first
  // run (micro 0.872 with 5/43 clean flagged; 0.638 with 15/29): floors at the values measured after.
  { name: 'affil-probe', minF1: 0.98, maxClean: 1 },
  { name: 'affil-probe-2', minF1: 0.88, maxClean: 3 },
  // Written after both rounds and never tuned on (0.688, 7/18 clean flagged, the same before and after the rounds): a floor, not a target.
  { name: 'affil-probe-fresh', minF1: 0.68, maxClean: 7 },
  // Session 6: confidentiality markers and code names for a pension administrator (before 0.836, 1/29; after 0.960, 1/29).
  { name: 'confidential-probe', minF1: 0.95, maxClean: 1 },
  // Written before that tuning, run once after it (0.800 → 0.846, 0/15): a floor, not a target.
  { name: 'confidential-probe-fresh', pack: 'confidential-probe', minF1: 0.84, maxClean: 0 },
])('$name', ({ name, pack, minF1, maxClean }: { name: string; pack?: string; minF1: number; maxClean: number }) => {
  const path = new URL(`../corpus/${name}.jsonl`, import.meta.url).pathname;
  const packPath = new URL(`../corpus/${pack ?? name}/pack.json`, import.meta.url).pathname;
  it(`keeps micro F1 ≥ ${minF1} with at most ${maxClean} clean posts flagged`, () => {
    const probe = parseCorpus(readFileSync(path, 'utf8'), path);
    const loaded = loadPack(readFileSync(packPath, 'utf8'));
    expect(loaded.issues).toEqual([]);
    const linter = createLinter([{ source: 'company', pack: JSON.parse(readFileSync(packPath, 'utf8')) }]);
    const official = ['client', 'confidential', 'insult', 'personal-data', 'disclaimer'];
    const results = new Map<string, Finding[]>(
      probe.map((c) => [
        c.id,
        linter.lint(c.text, { platform: c.platform as 'x' }).filter((f) => official.includes(f.category)),
      ]),
    );
    const { summary, errors } = score(probe, results);
    expect(summary.micro.f1, errors.join('\n')).toBeGreaterThanOrEqual(minF1);
    expect(Number(summary.clean_flagged.split('/')[0]), errors.join('\n')).toBeLessThanOrEqual(maxClean);
  });
});

// The session-6 affiliation probes as registered in paths.ts: each parses (every label's match is
// in its post), holds at least 25 posts in both languages and has a pack that loads without issues.
describe.each(AFFIL_PROBES)('$name (registered)', ({ corpus, pack }) => {
  it('parses with its pack', () => {
    const probe = parseCorpus(readFileSync(corpus, 'utf8'), corpus);
    expect(probe.length).toBeGreaterThanOrEqual(25);
    expect(new Set(probe.map((c) => c.lang))).toEqual(new Set(['nl', 'en']));
    expect(loadPack(readFileSync(pack, 'utf8')).issues).toEqual([]);
  });
});
