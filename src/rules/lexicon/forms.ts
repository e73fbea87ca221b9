// Word forms generated when a lexicon is compiled: plurals, inflected adjectives,
// diminutives, verb forms. Dutch spelling rules (open/closed syllables) are applied
// so "idioot" gives "idioten" and "lul" gives "lullen"; anything irregular is
// listed on the entry itself (`forms`), and forms that are ordinary words are
// excluded there (`notForms`).
import type { LexEntry } from './types.ts';

/** Stem for a Dutch ending that starts with a vowel (-en, -e): "mongool" → "mongol", "lul" → "lull". */
export function nlOpenStem(w: string): string {
  // Long vowel written double in a closed last syllable loses one letter: idioot → idiot-en.
  const long = /([aeou])\1([^aeiouy])$/.exec(w);
  if (long) {
    let last = long[2]!;
    if (last === 'f') last = 'v'; // teef → teven
    if (last === 's') last = 'z'; // vies → vieze (handled below for diphthongs too)
    return w.slice(0, -3) + long[1] + last;
  }
  // Diphthong or ie/oe + f/s: voicing only (lief → lieve, vies → vieze).
  if (/(ie|oe|ei|ij|ui|ou|au|eu)[fs]$/.test(w)) return w.slice(0, -1) + (w.endsWith('f') ? 'v' : 'z');
  // Unstressed -ig and -lijk never double: smeerlappig → smeerlappige.
  if (/(ig|lijk)$/.test(w)) return w;
  // Short single vowel after a consonant + one consonant: double it (lul → lull-en, klootzak → klootzakk-en).
  if (/(^|[^aeiou])[aeiou][bdfgklmnprt]$/.test(w)) return w + w.slice(-1);
  return w;
}

function nlNoun(w: string): string[] {
  const out: string[] = [];
  // Unstressed -el/-er/-em/-en and vowel endings take -s (eikels, hufters, downies).
  const schwa = /[^aeiou](el|er|em|en)$/.test(w);
  if (schwa || /[aiouy]$/.test(w) || /(je|ie)$/.test(w)) out.push(w + 's');
  else out.push(nlOpenStem(w) + 'en');
  // Diminutive.
  let dim: string;
  if (/(je)$/.test(w)) dim = w;
  else if (/[aiouy]$/.test(w) || /ie$/.test(w) || /(el|er|en|em)$/.test(w)) dim = w + 'tje';
  else if (/[aeiou]{2}[lnr]$/.test(w) || /(ie|oe|ui|ij|ei)[lnr]$/.test(w)) dim = w + 'tje';
  else if (/(^|[^aeiou])[aeiou][lnrm]$/.test(w)) dim = w + w.slice(-1) + 'etje';
  else if (/m$/.test(w)) dim = w + 'pje';
  else dim = w + 'je';
  if (dim !== w) out.push(dim, dim + 's');
  return out;
}

function nlAdj(w: string): string[] {
  if (w.endsWith('e')) return [];
  return [/(en)$/.test(w) ? w : nlOpenStem(w) + 'e'];
}

function nlVerb(w: string): string[] {
  // w is the stem ("neuk"): neukt, neuken, geneukt, neukend.
  const open = nlOpenStem(w);
  return [w + 't', open + 'en', 'ge' + w + 't', open + 'end'];
}

function enNoun(w: string): string[] {
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ies'];
  if (/(s|x|z|ch|sh)$/.test(w)) return [w + 'es'];
  return [w + 's'];
}

function enVerb(w: string): string[] {
  // fuck → fucks, fucked, fucking, fuckin, fucker, fuckers.
  const base = /e$/.test(w) ? w.slice(0, -1) : w;
  return [w + 's', base + 'ed', base + 'ing', base + 'in', base + 'er', base + 'ers'];
}

/** Every form of an entry, base included, lowercase. */
export function formsOf(e: LexEntry): string[] {
  const set = new Set<string>([e.term]);
  const words = e.term.split(' ');
  const last = words[words.length - 1]!;
  const lead = words.slice(0, -1).join(' ');
  const withLead = (f: string) => (lead ? `${lead} ${f}` : f);
  let generated: string[] = [];
  if (e.pos === 'noun') generated = e.lang === 'nl' ? nlNoun(last) : enNoun(last);
  else if (e.pos === 'adj') generated = e.lang === 'nl' ? nlAdj(last) : [];
  else if (e.pos === 'verb') generated = e.lang === 'nl' ? nlVerb(last) : enVerb(last);
  for (const g of generated) set.add(withLead(g));
  for (const f of e.forms ?? []) set.add(f);
  for (const f of e.notForms ?? []) set.delete(f);
  return [...set].filter((f) => f.length > 1);
}

/** Runs of a letter collapsed to one: the key for posts that repeat letters ("IDIOOOOOT"). */
export const collapse = (w: string): string => w.replace(/([a-z])\1+/g, '$1');

/**
 * Phrases are written as patterns: "(ik|) maak (je|jou|hem) (helemaal|) af" —
 * a group lists alternatives, an empty one makes it optional. Expanded once at
 * compile time into plain phrases for the term matcher (no RegExp per entry).
 */
export function expand(pattern: string): string[] {
  let acc: string[] = [''];
  const re = /\(([^()]*)\)|[^\s()]+/g;
  for (const m of pattern.matchAll(re)) {
    const options = m[1] !== undefined ? m[1].split('|') : [m[0]];
    const next: string[] = [];
    for (const a of acc) for (const o of options) next.push(o ? (a ? `${a} ${o}` : o) : a);
    acc = next;
    if (acc.length > 10000) throw new Error(`phrase pattern expands to too many phrases: ${pattern}`);
  }
  return [...new Set(acc.map((x) => x.trim()).filter(Boolean))];
}
