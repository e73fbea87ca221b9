// Shared helpers for the insult tables: lint with the company pack, keep the
// insult findings, and the example sentence each lexicon entry is tested with.
import { createLinter, type Finding, type Linter } from '../../src/rules/index.ts';
import type { Kind, LexEntry } from '../../src/rules/lexicon/types.ts';
import { COMPANY_PACK } from './rule-tester.ts';

let linter: Linter | undefined;
export const insults = (text: string): Finding[] =>
  (linter ??= createLinter([{ source: 'company', pack: COMPANY_PACK }])).lint(text).filter((f) => f.category === 'insult');

export const RULE_FOR: Record<Kind, string> = {
  insult: 'insult-lexicon',
  sexual: 'insult-lexicon',
  'slur-ableist': 'insult-slur',
  'slur-racist': 'insult-slur',
  'slur-homophobic': 'insult-slur',
  profanity: 'insult-curse',
  'disease-curse': 'insult-curse',
  threat: 'insult-threat',
  generalisation: 'insult-slur',
};

/** The first alternative of every group: "(ik|dan) maak (je|jou) af" → "ik maak je af". */
export const firstPhrase = (pattern: string): string =>
  [...pattern.matchAll(/\(([^()]*)\)|[^\s()]+/g)].map((m) => (m[1] !== undefined ? m[1].split('|').find(Boolean)! : m[0])).join(' ');

/** A sentence that aims a form of the entry at someone, or uses it as a curse. */
export function frame(e: LexEntry, form: string): string {
  if (e.headOnly) return e.lang === 'nl' ? `Wat een kanker${form}.` : `What a fuck${form}.`;
  if (e.pos === 'fixed' || e.pos === 'verb' || e.pos === 'adj') return e.lang === 'nl' ? `Echt ${form} dit, de trein is weer te laat.` : `Honestly ${form}, the train is late again.`;
  return e.lang === 'nl' ? `Jij bent echt een ${form}.` : `You are such a ${form}.`;
}
