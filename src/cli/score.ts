// Scoring a labelled corpus exactly as tests/corpus/score.py does: a finding
// hits an expected item of its category when the spans overlap (disclaimer and
// heated: by category alone); unmatched expected items are misses, unmatched
// findings false alarms.
import { CATEGORIES, type Category, type Finding } from '../rules/types.ts';

/**
 * The categories of the official scorer the hidden sets are scored with: they alone make the
 * micro line and `clean_flagged`, so those stay comparable with every earlier run.
 */
export const OFFICIAL_CATEGORIES = ['client', 'confidential', 'insult', 'personal-data', 'disclaimer'] as const satisfies readonly Category[];
/** Categories about the whole post: a finding hits by category alone, wherever its span is. */
export const POST_LEVEL_CATEGORIES: readonly Category[] = ['disclaimer', 'heated'];
const isOfficial = (c: string) => (OFFICIAL_CATEGORIES as readonly string[]).includes(c);

export interface Case {
  id: string;
  lang?: string;
  platform?: string;
  text: string;
  /** `category` may name a category this linter does not score (ignored, like score.py). */
  expect: { category: Category | (string & {}); match: string | null }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Summary = Record<Category | 'micro', Counts> & {
  /** Clean posts with a finding in an official category, "flagged/clean" (as the official scorer counts). */
  clean_flagged: string;
  /** Clean posts with a finding in any scored category, the new ones included. */
  clean_flagged_all: string;
  missing_cases: number;
};

export interface Scored {
  summary: Summary;
  errors: string[];
}

/** Python's round(x, 3): round half to even on exact ties. */
export function round3(x: number): number {
  const y = x * 1000;
  const f = Math.floor(y);
  const r = y - f === 0.5 ? (f % 2 === 0 ? f : f + 1) : Math.round(y);
  return r / 1000;
}

function prf(s: { tp: number; fp: number; fn: number }): Counts {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : s.fn === 0 ? 1 : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { ...s, precision: round3(p), recall: round3(r), f1: round3(f) };
}

// Python slices by code point; JavaScript by UTF-16 unit. The messages quote like Python's repr closely enough.
const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

export function score(cases: readonly Case[], results: ReadonlyMap<string, readonly Finding[]>): Scored {
  const st = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  let cleanTotal = 0;
  let cleanFlagged = 0;
  let cleanFlaggedAll = 0;
  let missing = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const got = results.get(c.id);
    if (!got) missing++;
    const found = (got ?? []).filter((f) => (CATEGORIES as readonly string[]).includes(f.category));
    // Like score.py: expectations in categories this linter does not score are left out (a
    // corpus may label categories a newer linter checks), but they still make a post not clean.
    const exp = c.expect.filter((x) => (CATEGORIES as readonly string[]).includes(x.category)).map((x) => {
      const category = x.category as Category;
      if (x.match === null) return { category, start: -1, end: -1 };
      const i = c.text.indexOf(x.match);
      return { category, start: i, end: i + x.match.length };
    });
    const overlaps = (e: { category: Category; start: number; end: number }, f: Finding) =>
      e.category === f.category && (POST_LEVEL_CATEGORIES.includes(e.category) || (e.start >= 0 && e.start < f.end && f.start < e.end));
    for (const e of exp) {
      if (found.some((f) => overlaps(e, f))) st[e.category].tp++;
      else {
        st[e.category].fn++;
        errors.push(`MISS ${c.id} ${e.category} ${e.start >= 0 ? quote(c.text.slice(e.start, e.end)) : '(post)'}`);
      }
    }
    for (const f of found) {
      if (!exp.some((e) => overlaps(e, f))) {
        st[f.category].fp++;
        errors.push(`FALSE ${c.id} ${f.category} ${quote(c.text.slice(f.start, f.end))}`);
      }
    }
    if (c.expect.length === 0) {
      cleanTotal++;
      if (found.some((f) => isOfficial(f.category))) cleanFlagged++;
      if (found.length) cleanFlaggedAll++;
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const summary = {} as Summary;
  for (const cat of CATEGORIES) {
    if (isOfficial(cat)) for (const k of ['tp', 'fp', 'fn'] as const) total[k] += st[cat][k];
    summary[cat] = prf(st[cat]);
  }
  summary.micro = prf(total);
  summary.clean_flagged = `${cleanFlagged}/${cleanTotal}`;
  summary.clean_flagged_all = `${cleanFlaggedAll}/${cleanTotal}`;
  summary.missing_cases = missing;
  return { summary, errors };
}
