// The scorer on hand-made findings, next to the Python reference: the new categories are
// scored on their own lines, and the micro line and clean_flagged stay those of the
// official scorer's five categories (the hidden sets are scored on those only).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Case, OFFICIAL_CATEGORIES, score } from '../../src/cli/score.ts';
import type { Category, Finding } from '../../src/rules/types.ts';
import { SCORER_PATH } from '../corpus/paths.ts';

// Spawning Python on a loaded CI machine can take more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(path.join(tmpdir(), 'tt-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const finding = (category: Category, text: string, part: string): Finding => {
  const start = text.indexOf(part);
  return { ruleId: 'r', category, severity: 'warn', start, end: start + part.length, text: part, message: { nl: '-', en: '-' } };
};

const heatedText = 'JULLIE ZIJN EEN GRAP, klootzakken!!!';
const spokesText = 'Namens Van Dijk & Partners maken wij bekend: we stoppen in Meppel. Zie https://vdp.sharepoint.com/x';
const cases: Case[] = [
  // heated matched by category wherever its span is; the insult by overlap.
  { id: 'h', text: heatedText, expect: [{ category: 'heated', match: null }, { category: 'insult', match: 'klootzakken' }] },
  // spokesperson by overlap: one hit, one false alarm elsewhere in the post.
  { id: 's', text: spokesText, expect: [{ category: 'spokesperson', match: 'Namens Van Dijk & Partners' }, { category: 'confidential', match: 'https://vdp.sharepoint.com/x' }] },
  // A clean post flagged only in a new category: clean_flagged (official) 0, clean_flagged_all 1.
  { id: 'c', text: 'GEWELDIG NIEUWS!!! 🎉', expect: [] },
  // A heated post the linter missed, and a spokesperson label missed.
  { id: 'm', text: 'Wij van VDP maken bekend: HOU JE BEK', expect: [{ category: 'heated', match: null }, { category: 'spokesperson', match: 'Wij van VDP maken bekend' }] },
];
const results = new Map<string, Finding[]>([
  ['h', [finding('heated', heatedText, 'JULLIE ZIJN EEN GRAP'), finding('insult', heatedText, 'klootzakken')]],
  ['s', [finding('spokesperson', spokesText, 'Van Dijk & Partners maken'), finding('spokesperson', spokesText, 'we stoppen'), finding('confidential', spokesText, 'https://vdp.sharepoint.com/x')]],
  ['c', [finding('heated', 'GEWELDIG NIEUWS!!! 🎉', 'GEWELDIG NIEUWS')]],
  ['m', []],
]);

describe('score', () => {
  const { summary, errors } = score(cases, results);

  it('scores spokesperson by span and heated by category alone', () => {
    expect(summary.heated).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(summary.spokesperson).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(errors).toContain("MISS m spokesperson 'Wij van VDP maken bekend'");
    expect(errors).toContain("FALSE s spokesperson 'we stoppen'");
  });

  it('keeps the micro line and clean_flagged to the official five categories', () => {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const c of OFFICIAL_CATEGORIES) for (const k of ['tp', 'fp', 'fn'] as const) sum[k] += summary[c][k];
    expect(summary.micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(summary.micro).toMatchObject(sum);
    expect(summary.clean_flagged).toBe('0/1');
    expect(summary.clean_flagged_all).toBe('1/1');
  });

  it('equals tests/corpus/score.py', () => {
    const corpus = path.join(dir, 'c.jsonl');
    const preds = path.join(dir, 'p.json');
    writeFileSync(corpus, cases.map((c) => JSON.stringify(c)).join('\n'));
    writeFileSync(preds, JSON.stringify({ cases: [...results].map(([id, findings]) => ({ id, findings })) }));
    const py = spawnSync('python3', [SCORER_PATH, corpus, preds, '--json'], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    expect(summary).toEqual(JSON.parse(py.stdout));
  });
});
