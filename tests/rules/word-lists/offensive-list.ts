// Prints, per list and class, how many entries behave as their class requires, and the ones that
// do not: `npx tsx tests/rules/word-lists/offensive-list.ts`.
import { CLASSES, classOf, misbehaving } from './offensive.ts';

for (const lang of ['nl', 'en'] as const) {
  const bad = misbehaving(lang);
  const badEntries = new Set(bad.map((c) => c.entry));
  const classes = classOf(lang);
  for (const cls of CLASSES) {
    const entries = [...classes].filter(([, c]) => c[0] === cls).map(([e]) => e);
    const ok = entries.filter((e) => !badEntries.has(e)).length;
    console.log(`${lang}\t${cls}\t${ok}/${entries.length}`);
  }
  for (const c of bad) console.log(`  ${c.cls}\t${c.sentence}`);
}
