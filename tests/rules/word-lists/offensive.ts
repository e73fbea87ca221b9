// Recall at scale: every entry of the public LDNOOBW lists (registry package naughty-words,
// nl.json and en.json) put in sentences by its reviewed class (offensive-reviewed.json), and
// whether the insult rules flag it. Shared by tests/rules/offensive-lists.test.ts and by the
// script that prints the recall (`npx tsx tests/rules/word-lists/offensive-list.ts`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createLinter, type Linter } from '../../../src/rules/index.ts';
import { COMPANY_PACK } from '../rule-tester.ts';
import reviewed from './offensive-reviewed.json' with { type: 'json' };

const require = createRequire(import.meta.url);

export type OffensiveClass = 'insult' | 'coarse' | 'vulgar-sense' | 'explicit';
export const CLASSES: OffensiveClass[] = ['insult', 'coarse', 'vulgar-sense', 'explicit'];
/** Insult and coarse entries must be flagged; the others must stay quiet. */
export const MUST_FLAG: Record<OffensiveClass, boolean> = { insult: true, coarse: true, 'vulgar-sense': false, explicit: false };

/** The list as published (naughty-words 1.2.0). */
export function naughtyWords(lang: 'nl' | 'en'): string[] {
  return JSON.parse(readFileSync(path.join(path.dirname(require.resolve('naughty-words')), `${lang}.json`), 'utf8')) as string[];
}

const an = (w: string) => (/^[aeiou]/i.test(w) ? `an ${w}` : `a ${w}`);

/** Default sentences per class: an insult in the second and the third person, the rest in one neutral sentence. */
const TEMPLATES: Record<'nl' | 'en', Record<OffensiveClass, (w: string) => string[]>> = {
  nl: {
    insult: (w) => [`Wat ben jij een ${w}.`, `Die ${w} van hiernaast heeft mijn fiets gepakt.`],
    coarse: (w) => [`${w}!`],
    'vulgar-sense': (w) => [`De ${w} staat op tafel.`],
    explicit: (w) => [`In de voorlichtingsles ging het over ${w}.`],
  },
  en: {
    insult: (w) => [`You are such ${an(w)}.`, `That ${w} next door took my bike.`],
    coarse: (w) => [`${w}!`],
    'vulgar-sense': (w) => [`The ${w} is on the table.`],
    explicit: (w) => [`The sex education class covered ${w}.`],
  },
};

export interface OffensiveCase {
  lang: 'nl' | 'en';
  entry: string;
  cls: OffensiveClass;
  sentence: string;
}

/** Every reviewed entry in its sentences. */
export function offensiveCases(lang: 'nl' | 'en'): OffensiveCase[] {
  const spelling = reviewed.spelling as Record<string, string>;
  const sentences = reviewed.sentences[lang] as Record<string, string[]>;
  const out: OffensiveCase[] = [];
  for (const cls of CLASSES) {
    for (const entry of reviewed[lang][cls]) {
      const said = sentences[entry] ?? TEMPLATES[lang][cls](spelling[entry] ?? entry);
      for (const sentence of said) out.push({ lang, entry, cls, sentence });
    }
  }
  return out;
}

/** The entries of a list with their class, to check that each is classified exactly once. */
export function classOf(lang: 'nl' | 'en'): Map<string, OffensiveClass[]> {
  const out = new Map<string, OffensiveClass[]>();
  for (const cls of CLASSES) for (const entry of reviewed[lang][cls]) out.set(entry, [...(out.get(entry) ?? []), cls]);
  return out;
}

let linter: Linter | undefined;
/** Whether an insult rule (insult-lexicon, -slur, -curse, -threat) flags the sentence, at any severity. */
export function flagsInsult(sentence: string): boolean {
  linter ??= createLinter([{ source: 'company', pack: COMPANY_PACK }]);
  return linter.lint(sentence).some((f) => f.ruleId.startsWith('insult-'));
}

/** Per entry, whether it behaves as its class requires (every one of its sentences). */
export function misbehaving(lang: 'nl' | 'en'): OffensiveCase[] {
  return offensiveCases(lang).filter((c) => flagsInsult(c.sentence) !== MUST_FLAG[c.cls]);
}
