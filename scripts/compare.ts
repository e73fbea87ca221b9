// Compares Think Twice's insult rules with obscenity and alex on the corpus'
// offensive-language cases, English and Dutch separately.
// Usage: npm run compare [-- --markdown]
// Method: one decision per post. Positives are the posts labelled `insult`;
// negatives are all other posts (the clean ones and those labelled only with
// other categories). A tool says "offensive" when it reports anything: Think
// Twice any finding in category `insult`, obscenity `hasMatch()`, alex any
// message (and, as a second row, only messages from its profanity checker).
import { readFileSync } from 'node:fs';
import { text as alex } from 'alex';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { Counts } from '../src/cli/score.ts';
import { createLinter } from '../src/rules/index.ts';
import { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH } from '../tests/corpus/paths.ts';

interface Case {
  id: string;
  lang: 'nl' | 'en';
  text: string;
  expect: { category: string }[];
}

const cases = readFileSync(DEV_CORPUS_PATH, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Case);
const pack = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8'));

const linter = createLinter([{ source: 'company', pack }]);
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

const TOOLS: { name: string; flags: (text: string) => boolean }[] = [
  { name: 'Think Twice', flags: (t) => linter.lint(t).some((f) => f.category === 'insult') },
  { name: 'obscenity', flags: (t) => obscenity.hasMatch(t) },
  { name: 'alex', flags: (t) => alex(t).messages.length > 0 },
  { name: 'alex (profanity only)', flags: (t) => alex(t).messages.some((m) => m.source === 'retext-profanities') },
];

// Unrounded, unlike score.ts's prf(): the table rounds once, to two decimals.
type Row = Counts & { lang: string; tool: string };

const rows: Row[] = [];
for (const lang of ['en', 'nl'] as const) {
  const set = cases.filter((c) => c.lang === lang);
  for (const tool of TOOLS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of set) {
      const positive = c.expect.some((e) => e.category === 'insult');
      const flagged = tool.flags(c.text);
      if (positive && flagged) tp++;
      else if (!positive && flagged) fp++;
      else if (positive) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    rows.push({ lang, tool: tool.name, tp, fp, fn, precision, recall, f1 });
  }
}

const n = (x: number) => x.toFixed(2);
const count = (lang: string) => {
  const set = cases.filter((c) => c.lang === lang);
  const pos = set.filter((c) => c.expect.some((e) => e.category === 'insult')).length;
  return `${pos} offensive, ${set.length - pos} other posts`;
};
if (process.argv.includes('--markdown')) {
  console.log('| language | tool | precision | recall | F1 |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.lang} | ${r.tool} | ${n(r.precision)} | ${n(r.recall)} | ${n(r.f1)} |`);
} else {
  for (const lang of ['en', 'nl']) {
    console.log(`\n${lang === 'en' ? 'English' : 'Dutch'} (${count(lang)})`);
    console.log(`${'tool'.padEnd(24)}precision  recall  F1     (TP/FP/FN)`);
    for (const r of rows.filter((x) => x.lang === lang)) {
      console.log(`${r.tool.padEnd(24)}${n(r.precision).padEnd(11)}${n(r.recall).padEnd(8)}${n(r.f1).padEnd(7)}(${r.tp}/${r.fp}/${r.fn})`);
    }
  }
}
