// Posts typed by the browser suite: a few per category from the labelled corpus, clean posts,
// a multi-line post and the "Jansen Transport" example.
import { readFileSync } from 'node:fs';
import { DEV_CORPUS_PATH } from '../corpus/paths.ts';

export interface CorpusCase {
  id: string;
  lang: 'nl' | 'en';
  platform: 'linkedin' | 'x' | 'facebook';
  text: string;
  expect: { category: string; match: string | null }[];
}

/** The example post of the README, used by the demo and the submit-guard tests. */
export const JANSEN_EXAMPLE =
  'Vandaag een mooie transportverzekering afgesloten voor onze klant Jansen Transport voor vervoer van militaire goederen naar Polen.';

export function loadCorpus(): CorpusCase[] {
  return readFileSync(DEV_CORPUS_PATH, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusCase);
}

const PER_CATEGORY = 2;
const CLEAN = 3;

/** First cases of each category in file order (stable, not tuned), plus clean and special ones. */
export function acceptanceCases(): CorpusCase[] {
  const all = loadCorpus();
  const picked = new Map<string, CorpusCase>();
  const byCategory = new Map<string, number>();
  for (const c of all) {
    const cat = c.expect[0]?.category ?? 'clean';
    const n = byCategory.get(cat) ?? 0;
    if (n < (cat === 'clean' ? CLEAN : PER_CATEGORY)) {
      picked.set(c.id, c);
      byCategory.set(cat, n + 1);
    }
  }
  const jansen = all.find((c) => c.text.includes('Jansen Transport'));
  if (jansen) picked.set(jansen.id, jansen);
  const multiLine = all.find((c) => c.text.includes('\n') && c.expect.length > 0);
  if (multiLine) picked.set(multiLine.id, multiLine);
  picked.set('issue-example', { id: 'issue-example', lang: 'nl', platform: 'linkedin', text: JANSEN_EXAMPLE, expect: [{ category: 'client', match: 'Jansen Transport' }] });
  return [...picked.values()];
}
