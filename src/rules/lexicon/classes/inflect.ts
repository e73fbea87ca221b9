// Word forms for the classes: English verbs (kill → kills, killed, killing) and
// Dutch verbs from the stem (sla → slaat, slaan, geslagen come from the lists, the
// regular ones from the stem). Irregular forms are written out in the class files.

/** An English verb's regular forms: "stab" → stab, stabs, stabbed, stabbing. */
export function enVerb(base: string): string[] {
  if (/e$/.test(base) && !/ee$/.test(base)) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  // One short vowel before one consonant doubles it (stab → stabbed); w, x, y never double.
  const double = /(^|[^aeiou])[aeiou][^aeiouwxy]$/.test(base) && base.length <= 4;
  const stem = double ? base + base.slice(-1) : base;
  const s = /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, s, `${stem}ed`, `${stem}ing`];
}

/** English nouns and their plural: "nose" → nose, noses. */
export function enNoun(w: string): string[] {
  if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(w)) return [w, `${w}es`];
  return [w, `${w}s`];
}

/** A set from lists of words, each list possibly space-separated. */
export const words = (...lists: (string | Iterable<string>)[]): Set<string> =>
  new Set(lists.flatMap((l) => (typeof l === 'string' ? l.split(/\s+/) : [...l])).filter(Boolean));
