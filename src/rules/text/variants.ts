// Surface forms of a term, generated once when a pack is compiled (never per post):
// spaced and punctuation-free shapes, synonyms ("&"/"en"/"and", "'t"/"het"), Dutch
// plurals and fillers ("premieverhogingen voor 2027"), split CamelCase. Forms are strings
// in which SEP stands for "the spaces between two words" (the matcher lets it match any run
// of spaces or hyphens, and for joined terms nothing: hashtags and handles).
import { foldTerm } from './fold.ts';
import type { TermOptions } from './terms.ts';

/** A term's space: matches one run of whitespace/hyphens (or nothing next to punctuation). */
export const SEP = 1;

/** Token sequences written in more than one way in names. */
const SYNONYMS: [string[], string[][]][] = [
  [['&'], [['en'], ['and']]],
  [["'", 't'], [['het']]],
  [['zn'], [['zonen']]],
  [['zonen'], [['zn']]],
  [['gebr'], [['gebroeders']]],
  [['gebroeders'], [['gebr']]],
];

function indexOfSeq(tokens: string[], seq: string[]): number {
  for (let i = tokens.indexOf(seq[0]!); i >= 0 && i + seq.length <= tokens.length; i = tokens.indexOf(seq[0]!, i + 1)) {
    let k = 1;
    while (k < seq.length && tokens[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

const FILLERS = ['voor', 'in', 'van', 'per', 'for', 'of'];

/** Every form a term may take in a post; SEP stands for the spaces between words. */
export function surfaceForms(raw: string, o: TermOptions): string[] {
  const folded = foldTerm(raw);
  const fast = plainForms(raw, folded, o);
  if (fast) return fast;
  const tokens = tokenize(folded);
  if (tokens.length === 0) return [];
  const shapes: string[][] = [tokens];
  const words = tokens.filter((x) => isWordToken(x));
  if (words.length !== tokens.length && words.length > 0) shapes.push(words); // "brouwerij t haantje"
  for (const [from, to] of SYNONYMS) {
    const at = indexOfSeq(tokens, from);
    if (at >= 0) for (const t of to) shapes.push([...tokens.slice(0, at), ...t, ...tokens.slice(at + from.length)]);
  }
  if (o.inflect === 'nl') {
    const written = [...shapes];
    for (const sh of written) shapes.push(...inflections(sh));
    for (const sh of [...shapes]) shapes.push(...yearFirst(sh));
    for (const sh of written) shapes.push(...withPreposition(sh));
    for (const sh of written) shapes.push(...compoundSplits(sh));
  }
  // Joined forms (#JansenTransport, @jansen_transport) are not stored: the matcher's walk lets
  // the spaces of a joined term match nothing or an underscore.
  const out = shapes.map(toSymbols);
  // "NovaChem" is also typed "Nova Chem".
  if (o.joined && CAMEL.test(raw))
    out.push(...surfaceForms(raw.replace(CAMEL_SPLIT, '$1 $2'), { ...o, joined: false }));
  return out;
}

const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const SYNONYM_WORDS = new Set(SYNONYMS.map(([from]) => from[0]!));

/**
 * The common case of a 10,000-name pack, without the general machinery: ASCII words
 * separated by single spaces, no synonym, no inflection, no CamelCase. Same forms as
 * the general path; null otherwise.
 */
function plainForms(raw: string, folded: string, o: TermOptions): string[] | null {
  if (o.inflect || !PLAIN.test(folded)) return null;
  for (let i = 1; i < raw.length; i++) {
    const a = raw.charCodeAt(i - 1);
    const b = raw.charCodeAt(i);
    if (a > 127 || b > 127 || (a >= 97 && a <= 122 && b >= 65 && b <= 90)) return null; // CamelCase or non-ASCII: general path
  }
  const words = folded.split(' ');
  for (const w of words) if (SYNONYM_WORDS.has(w)) return null;
  return [words.join(SEP_CHAR)];
}

/** Words and single punctuation marks; spaces and hyphens only separate. */
function tokenize(folded: string): string[] {
  if (/^[a-z0-9_]+(?:[ -]+[a-z0-9_]+)*$/.test(folded)) return folded.split(/[ -]+/); // the common case, fast
  return folded.match(/[\p{L}\p{N}_]+|[^\s\-\p{L}\p{N}_]/gu) ?? [];
}

const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_SPLIT = /(\p{Ll})(\p{Lu})/gu;

/** A word (letter, digit, "_" first), not a punctuation token; ASCII without a regex. */
const isWordToken = (x: string): boolean => {
  const c = x.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
  return /^[\p{L}\p{N}_]/u.test(x);
};

const SEP_CHAR = String.fromCharCode(SEP);
const toSymbols = (tokens: string[]): string => tokens.join(SEP_CHAR);

/**
 * The Dutch plural of a word whose stem changes, which a compound tail cannot reach from the
 * singular: a long vowel loses a letter ("loonstrook" → "loonstroken", "uur" → "uren"), a final
 * f or s is voiced ("tarief" → "tarieven", "huis" → "huizen"). Null when the plural only adds letters.
 */
export function dutchPlural(word: string): string | null {
  if (!/^\p{L}{3,}$/u.test(word)) return null;
  const voiced = (c: string) => (c === 'f' ? 'v' : c === 's' ? 'z' : c);
  const long = /(aa|ee|oo|uu)([^aeiouy])$/.exec(word);
  if (long) return `${word.slice(0, long.index)}${long[1]![0]}${voiced(long[2]!)}en`;
  if (/(ie|ei|ij|ui|ou|au|eu|oe|[lnr])[fs]$/.test(word)) return `${word.slice(0, -1)}${voiced(word.slice(-1))}en`;
  return null;
}

const NUMBER = /^\d{2,4}$/;
const REORDER_FILLERS = [
  ['van'],
  ['van', 'de'],
  ['van', 'het'],
  ['bij'],
  ['voor'],
  ['of'],
  ['of', 'the'],
  ['at'],
  ['for'],
];

/**
 * The year first, as people write a topic the admin wrote with the year last: "tarieven 2027"
 * → "onze 2027-tarieven", "annual figures 2026" → "our 2026 annual figures".
 */
function yearFirst(tokens: string[]): string[][] {
  const n = tokens.length;
  if (
    n < 2 ||
    !NUMBER.test(tokens[n - 1]!) ||
    FILLERS.includes(tokens[n - 2]!) ||
    !tokens.slice(0, -1).every(isWordToken)
  )
    return [];
  return [[tokens[n - 1]!, ...tokens.slice(0, -1)]];
}

/**
 * A preposition after a leading noun: "sluiting Studio Amsterdam" → "de sluiting van Studio
 * Amsterdam", "pitch Zilverberg" → "pitch bij Zilverberg", "reorganisatie Payroll" → "reorganisatie
 * van de Payroll".
 */
function withPreposition(tokens: string[]): string[][] {
  if (tokens.length < 2 || !/^\p{L}{5,}$/u.test(tokens[0]!) || NUMBER.test(tokens[1]!) || FILLERS.includes(tokens[1]!))
    return [];
  return REORDER_FILLERS.map((f) => [tokens[0]!, ...f, ...tokens.slice(1)]);
}

/**
 * A long compound written in two: "dekkingsgraadprognose" as "dekkingsgraad-prognose" (or with a
 * space). Where a compound breaks is not known, so every break leaving two parts of four letters
 * or more is a form; nobody writes the wrong ones ("dekk-ingsgraadprognose"), so they cost only
 * compile time (a handful of confidential terms per pack, ≤ 16 forms each).
 */
function compoundSplits(tokens: string[]): string[][] {
  const w = tokens[0]!;
  if (tokens.length !== 1 || w.length < 10 || !/^\p{L}+$/u.test(w)) return [];
  const out: string[][] = [];
  for (let i = 4; i <= w.length - 4 && out.length < 16; i++) out.push([w.slice(0, i), w.slice(i)]);
  return out;
}

/** Plural forms of non-final words and a filler before a number (bounded product). */
function inflections(tokens: string[]): string[][] {
  let acc: string[][] = [[]];
  tokens.forEach((tok, i) => {
    const last = i === tokens.length - 1;
    const choices = [tok];
    if (!last && /^\p{L}{4,}$/u.test(tok)) choices.push(`${tok}en`, `${tok}s`);
    const plural = dutchPlural(tok);
    if (plural) choices.push(plural);
    const nextIsNumber = !last && /^\d+$/.test(tokens[i + 1]!);
    const next: string[][] = [];
    for (const prefix of acc)
      for (const ch of choices) {
        next.push([...prefix, ch]);
        if (nextIsNumber) for (const f of FILLERS) next.push([...prefix, ch, f]);
      }
    acc = next.slice(0, 64);
  });
  return acc.filter((x) => x.join(' ') !== tokens.join(' '));
}
