// Words censored with asterisks ("f***ing", "k*t", "k*tmarokkanen"): find the
// lexicon word they hide. Runs only for the rare tokens that contain "*".
import type { Surface } from './types.ts';

/** Does `masked` (letters and "*") spell `word`? A run of asterisks hides 1–4 letters. */
export function spells(masked: string, word: string, i = 0, j = 0): boolean {
  if (i === masked.length) return j === word.length;
  if (masked[i] !== '*') return j < word.length && masked[i] === word[j] && spells(masked, word, i + 1, j + 1);
  let k = i;
  while (k < masked.length && masked[k] === '*') k++;
  for (let n = 1; n <= 4 && j + n <= word.length; n++) if (spells(masked, word, k, j + n)) return true;
  return false;
}

export function unmasker(surfaces: ReadonlyMap<string, Surface>): (masked: string) => string | null {
  // Single words, grouped by first letter; the best is the surest, then the one whose length fits.
  const byFirst = new Map<string, { word: string; sureness: number }[]>();
  const prefixes: string[] = [];
  for (const [form, s] of surfaces) {
    if (s.prefix) prefixes.push(form);
    if (form.includes(' ') || s.collapsedOnly || s.entries.length === 0) continue;
    const sureness = Math.max(...s.entries.map((e) => (e.person || e.headOnly ? 0 : e.sureness)));
    if (sureness < 0.5) continue;
    const list = byFirst.get(form[0]!) ?? [];
    list.push({ word: form, sureness });
    byFirst.set(form[0]!, list);
  }
  return (masked) => {
    if (masked[0] === '*' || !/[a-z]/.test(masked)) return null;
    let best: { word: string; score: number } | null = null;
    for (const c of byFirst.get(masked[0]!) ?? []) {
      if (!spells(masked, c.word)) continue;
      const score = c.sureness + (c.word.length === masked.length ? 0.5 : 0);
      if (!best || score > best.score) best = { word: c.word, score };
    }
    if (best) return best.word;
    // A censored curse prefix glued to a plain word: "k*tmarokkanen".
    for (let i = masked.length - 3; i >= 2; i--) {
      const rest = masked.slice(i);
      if (rest.includes('*')) continue;
      const head = masked.slice(0, i);
      const p = prefixes.find((p) => spells(head, p));
      if (p) return p + rest;
    }
    return null;
  };
}
