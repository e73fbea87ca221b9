// The built-in offensive-language lexicon, compiled once into one term matcher
// (text/terms.ts) over the disguise-free skeleton of a post. The four insult-*
// rules share one scan per post (cached on the folded text) and each reports
// its own kinds.
import type { RuleContext } from '../rule.ts';
import { type FoldedText, perText } from '../text/fold.ts';
import { compileTerms, type TermMatcher, type TermSpec } from '../text/terms.ts';
import { extendBack, judge, type Place } from './context.ts';
import { EN_WORDS } from './en.ts';
import { EN_GROUPS, EN_PHRASES, EN_PREFIXES, EN_QUEER } from './en-phrases.ts';
import { collapse, formsOf } from './forms.ts';
import { WORD_CLASSES } from './classes/index.ts';
import { NEGATIONS } from './classes/negation.ts';
import { defended, generalisations } from './generalise.ts';
import { GROUP_PHRASES } from './group-phrases.ts';
import { THREAT_PHRASES } from './threat-phrases.ts';
import { clauseThreats, kindReading } from './threat-clause.ts';
import { type PhraseTokens, phraseTokens } from './phrase/tokens.ts';
import { compilePhrases, type PhraseSet } from './sequence.ts';
import { NL_WORDS } from './nl.ts';
import { condemnedQuote, selfAimed } from './reported.ts';
import { NL_GROUPS, NL_PHRASES, NL_PREFIXES, NL_QUEER } from './nl-phrases.ts';
import { type Skeleton, skeleton } from './skeleton.ts';
import { unmasker } from './unmask.ts';
import type { CursePrefix, Kind, LexEntry, Surface } from './types.ts';
import type { Lang } from '../types.ts';

export const ALL_ENTRIES: readonly LexEntry[] = [...NL_WORDS, ...NL_PHRASES, ...EN_WORDS, ...EN_PHRASES, ...THREAT_PHRASES, ...GROUP_PHRASES];

/** A lexicon term written as a phrase pattern (sequence.ts) rather than a plain word or phrase. */
export const isPattern = (term: string): boolean => /[({~[]/.test(term);
export const ALL_PREFIXES: readonly CursePrefix[] = [...NL_PREFIXES, ...EN_PREFIXES];


export interface Hit {
  start: number;
  end: number;
  kind: Kind;
  sureness: number;
  /** The lexicon word or phrase (base form) that matched, for messages. */
  term: string;
  /** A mild curse ("damn", "kloten"): a note, not a warning. */
  mild?: boolean;
  /** Neutral replacement for [fixStart, fixEnd), when one makes sense. */
  alt?: { replacement: string; start: number; end: number };
}

export interface Lexicon {
  matcher: TermMatcher<Surface>;
  surfaces: Map<string, Surface>;
  sequences: PhraseSet<LexEntry>;
  looseSequences: PhraseSet<LexEntry>;
  /** Forms that may end a compound, and the same grouped by their last three letters, longest first. */
  heads: Map<string, Surface>;
  headEnds: Map<number, string[]>;
  unmask: (masked: string) => string | null;
  joinPrefixes: Set<string>;
}

const GROUP_HEADS = new Set([...NL_GROUPS.split('|'), ...EN_GROUPS.split('|')]);
const QUEER_HEADS = new Set([...NL_QUEER.split('|'), ...EN_QUEER.split('|')]);
/** Compound heads aimed at people: no "rot-" alternative for these. */
const PERSON_HEADS = /(lijer|lijers|hond|honden|wijf|wijven|joch|hoer|hoeren|teef|kop|kind|gast|gasten|vent|mongool|mongolen|debiel|lul|face|wit|head|er|ers)$/;

let compiled: Lexicon | undefined;

/** Built once per process: the lexicon does not depend on the pack. */
export function lexicon(): Lexicon {
  return (compiled ??= build());
}

function build(): Lexicon {
  const surfaces = new Map<string, Surface>();
  const add = (form: string, entry: LexEntry) => {
    const s = surfaces.get(form);
    if (!s) surfaces.set(form, { entries: [entry] });
    else if (s.collapsedOnly) surfaces.set(form, { entries: [entry] });
    else if (!s.entries.includes(entry)) s.entries.push(entry);
  };
  for (const entry of ALL_ENTRIES) {
    const forms = isPattern(entry.term) ? (entry.forms ?? []) : formsOf(entry);
    for (const f of forms) add(f, entry);
  }
  for (const p of ALL_PREFIXES) {
    const s = surfaces.get(p.prefix);
    if (s) s.prefix = p;
    else surfaces.set(p.prefix, { entries: [], prefix: p });
  }
  // Repeated letters collapse in posts, so single words get a collapsed twin.
  for (const [form, s] of [...surfaces]) {
    const c = collapse(form);
    if (c !== form && c.length >= 4 && !form.includes(' ') && !surfaces.has(c)) surfaces.set(c, { entries: s.entries, prefix: s.prefix, collapsedOnly: true });
  }
  const specs: TermSpec<Surface>[] = [];
  const heads = new Map<string, Surface>();
  for (const [form, s] of surfaces) {
    specs.push({ term: form, data: s, options: { tail: s.prefix ? 'compound' : 'word' } });
    if (s.entries.some((e) => e.head) && !form.includes(' ') && form.length >= 4) heads.set(form, s);
  }
  const headEnds = new Map<number, string[]>();
  // Keyed by the char codes of the last three letters, so a post's words need no slicing.
  const key = (h: string) => endKey(h, h.length);
  for (const h of [...heads.keys()].sort((a, b) => b.length - a.length)) headEnds.set(key(h), [...(headEnds.get(key(h)) ?? []), h]);
  const joinPrefixes = new Set(ALL_PREFIXES.map((p) => p.prefix));
  const patterns = ALL_ENTRIES.filter((e) => isPattern(e.term));
  const classes = (name: string) => WORD_CLASSES[name];
  // Fixed phrases need their words side by side; the judgement phrases (threats in own words,
  // generalisations) allow commas within the sentence.
  const sequences = compilePhrases(patterns.filter((e) => !e.loose).map((e) => ({ pattern: e.term, data: e })), { classes, joinedOnly: true });
  const looseSequences = compilePhrases(patterns.filter((e) => e.loose).map((e) => ({ pattern: e.term, data: e })), { classes });
  return { matcher: compileTerms(specs), sequences, looseSequences, surfaces, heads, headEnds, unmask: unmasker(surfaces), joinPrefixes };
}

/**
 * The last three characters before `end`, hashed to a small integer (a key above 2^31 is a heap
 * number, slow as a Map key). Different endings may share a key: candidates are compared anyway.
 */
const endKey = (s: string, end: number): number => (Math.imul(s.charCodeAt(end - 3), 961) + Math.imul(s.charCodeAt(end - 2), 31) + s.charCodeAt(end - 1)) & 0x3fffffff;

const SCAN = {};
const SKELETON = {};
const TOKENS = {};

/** The post's skeleton (disguises undone), made once per post and shared by every rule that reads words. */
export function postSkeleton(text: string, f: FoldedText): Skeleton {
  return perText(f, SKELETON, () => {
    const lex = lexicon();
    return skeleton(f, text, lex.unmask, lex.joinPrefixes);
  });
}

const NO_SPANS = () => new Map();

/** A negation among the words of a match ("I would never hurt you", "ik ga je niet slaan"). */
function negated(tk: PhraseTokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (NEGATIONS.has(tk.word(i))) return true;
  return false;
}

/** The post's words as phrase patterns see them (one view per post, shared by the rules). */
export function postTokens(text: string, f: FoldedText): PhraseTokens {
  return perText(f, TOKENS, () => phraseTokens(postSkeleton(text, f), text));
}

/** Every hit in the post with sureness ≥ 0.5, computed once per post. */
export function scan(ctx: RuleContext, lex: Lexicon): Hit[] {
  const f = ctx.folded();
  return perText(f, SCAN, () => findHits(ctx.text, f, lex, () => ctx.lang));
}

export function findHits(text: string, f: FoldedText, lex: Lexicon, lang: () => Lang = () => 'nl'): Hit[] {
  const sk = postSkeleton(text, f);
  const out: Hit[] = [];
  const covered = new Uint8Array(sk.count);
  const consider = (s: Surface, fs: number, fend: number, form: string, sigilStart?: number) => {
    const first = sk.tokenAt(fs);
    const last = sk.tokenAt(fend - 1);
    if (first < 0 || last < 0) return;
    covered.fill(1, first, last + 1);
    if (s.collapsedOnly && !sk.collapsed.subarray(first, last + 1).includes(1)) return;
    const inside = fs > sk.ts[first]!; // the match starts inside a word: a compound head
    const place: Place = { sk, first, last };
    let best: { kind: Kind; sureness: number; term: string; alt?: string; mild?: boolean } | undefined;
    // "a-hole" is typed with its hyphen; "a hole" in the road is not one.
    if (/^\p{L}-/u.test(form) && !text.slice(sk.folded.map[fs]!, sk.folded.map[fend - 1]! + 1).includes('-')) return;
    const tail = s.prefix ? sk.folded.text.slice(fs + s.prefix.prefix.length, fend) : '';
    if (s.prefix && tail.length > 0 && !inside) {
      best = prefixCompound(s.prefix, tail, lex);
    } else {
      // A compound head inside a capitalised word is a name ("Stolwijf", "Geertrut"), unless a curse opens it.
      const word = inside ? sk.folded.text.slice(sk.ts[first]!, sk.te[first]!) : '';
      const cursed = inside && prefixBefore(sk.folded.text, sk.ts[first]!, fs, lex);
      if (inside && !cursed && isName(text, sk, first)) return;
      for (const e of s.entries) {
        if (inside ? !e.head || fs - sk.ts[first]! < 2 : e.headOnly) continue;
        if (inside && e.headOnly && !cursed && !DISEASES.has(sk.folded.text.slice(sk.ts[first]!, fs))) continue;
        if (inside && e.notIn?.includes(word)) continue;
        const sureness = judge(e, place);
        if (inside && e.lang !== lang() && !cursed) continue; // "corslet", "horseshoer"
        if (!best || sureness > best.sureness) best = { kind: e.kind, sureness, term: e.term, alt: altFor(e, form), mild: e.mild };
      }
    }
    if (!best || best.sureness < 0.5) return;
    if (notAimedByAuthor(best.kind, sk, first, last)) return;
    const spanFirst = best.kind === 'profanity' || best.kind === 'disease-curse' || best.kind === 'threat' ? first : extendBack(sk, first);
    const [start, end] = spanOf(sk, spanFirst, last, sigilStart);
    const hit: Hit = { start, end, kind: best.kind, sureness: Math.min(1, best.sureness), term: best.term };
    if (best.mild) hit.mild = true;
    if (best.alt && first === last) {
      const [ws, we] = spanOf(sk, first, last);
      const word = text.slice(ws, we);
      const cap = word[0] !== undefined && word[0] !== word[0].toLowerCase();
      hit.alt = { replacement: cap ? best.alt[0]!.toUpperCase() + best.alt.slice(1) : best.alt, start: ws, end: we };
    }
    out.push(hit);
  };
  for (const m of lex.matcher.find(sk.folded, text)) consider(m.data, m.fstart + (m.sigil ? 1 : 0), m.fend, m.term, m.sigil ? m.start : undefined);
  // Compound heads ("randdebiel", "verkeersidioot"): a suffix check on the few words whose
  // last three letters end a head, instead of matching inside every word.
  const sktext = sk.folded.text;
  for (let i = 0; i < sk.count; i++) {
    const e = sk.te[i]!;
    const len = e - sk.ts[i]!;
    if (covered[i] || len < 6) continue;
    const candidates = lex.headEnds.get(endKey(sktext, e));
    const head = candidates?.find((h) => h.length <= len - 2 && sktext.startsWith(h, e - h.length));
    if (head) consider(lex.heads.get(head)!, e - head.length, e, head);
  }
  const tk = postTokens(text, f);
  for (const m of [...lex.sequences.find(tk, NO_SPANS), ...lex.looseSequences.find(tk, NO_SPANS)]) {
    const last = m.next - 1;
    if (m.data.noNegation && negated(tk, m.first, last)) continue;
    if (m.data.kind === 'generalisation' && defended(tk, m.first, last)) continue;
    if (m.data.kind === 'threat' && kindReading(tk, m.first, last)) continue;
    const sureness = judge(m.data, { sk, first: m.first, last });
    if (sureness < 0.5 || notAimedByAuthor(m.data.kind, sk, m.first, last)) continue;
    const term = sk.folded.text.slice(sk.ts[m.first]!, sk.te[last]!);
    out.push({ start: m.start, end: m.end, kind: m.data.kind, sureness: Math.min(1, sureness), term, ...(m.data.mild ? { mild: true } : {}) });
  }
  // Generalisations in free wording (generalise.ts): a group as subject and a judging predicate.
  for (const g of generalisations(tk, sk)) {
    if (notAimedByAuthor('generalisation', sk, g.first, g.last)) continue;
    out.push({ start: tk.start(g.first), end: tk.end(g.last), kind: 'generalisation', sureness: 0.8, term: sk.folded.text.slice(sk.ts[g.first]!, sk.te[g.last]!) });
  }
  // Threats in own words, judged per sentence (threat-clause.ts).
  for (const c of clauseThreats(tk)) {
    if (notAimedByAuthor('threat', sk, c.first, c.last)) continue;
    out.push({ start: tk.start(c.first), end: tk.end(c.last), kind: 'threat', sureness: 0.8, term: sk.folded.text.slice(sk.ts[c.first]!, sk.te[c.last]!) });
  }
  for (let i = text.indexOf(MIDDLE_FINGER); i >= 0; i = text.indexOf(MIDDLE_FINGER, i + 2)) {
    const end = i + 2 + (SKIN_TONE.test(text.slice(i + 2, i + 4)) ? 2 : 0);
    out.push({ start: i, end, kind: 'profanity', sureness: 0.8, term: MIDDLE_FINGER });
  }
  return mergeClauses(text, out);
}

/**
 * The middle finger is a curse in any language, but no word: the matcher reads letters, so the
 * emoji (with its skin tone, if any) is found on its own. A warning, as "fuck you" is.
 */
const MIDDLE_FINGER = '\u{1F595}';
const SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]/u;

/** Name-calling the author aims at themselves, or someone else's words quoted to condemn them (reported.ts). */
function notAimedByAuthor(kind: Kind, sk: Skeleton, first: number, last: number): boolean {
  return (kind === 'insult' && selfAimed(sk, first)) || condemnedQuote(sk, first, last);
}

/** Which rule reports a kind: hits are only merged within one rule. */
const RULE_OF: Record<Kind, number> = { insult: 0, sexual: 0, 'slur-ableist': 1, 'slur-racist': 1, 'slur-homophobic': 1, generalisation: 1, profanity: 2, 'disease-curse': 2, threat: 3 };

/** Word i is written as a name inside a sentence: a capital, then small letters ("Stolwijf", not "RANDDEBIEL"). */
function isName(text: string, sk: Skeleton, i: number): boolean {
  const t = sk.tok(i)!;
  if (!t.cap || t.sentStart) return false;
  const [a, b] = spanOf(sk, i, i);
  return /^\p{Lu}\p{Ll}/u.test(text.slice(a, b));
}

/** Diseases that make a curse of "-lijer" although they are no curse prefix of their own ("coronalijer"). */
const DISEASES = new Set(['corona', 'covid', 'pest', 'cholera', 'lepra', 'aids', 'pokken', 'pleuris', 'kenker', 'kanker', 'tering', 'tyfus', 'klere', 'kolere']);

/** The part of a compound before its head is itself a curse prefix ("kanker" in "kankerhoer"). */
function prefixBefore(t: string, wordStart: number, headStart: number, lex: Lexicon): boolean {
  return lex.joinPrefixes.has(t.slice(wordStart, headStart));
}

/**
 * Hits of one rule a few words apart in the same sentence are one hostile
 * utterance ("go back to your own country you filthy immigrant"): one finding.
 */
function mergeClauses(text: string, hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    // The last hit of the same rule, looking back a few hits only (long posts have hundreds).
    let prev: Hit | undefined;
    for (let k = out.length - 1; k >= Math.max(0, out.length - 4) && !prev; k--) if (RULE_OF[out[k]!.kind] === RULE_OF[h.kind]) prev = out[k];
    if (prev && h.start >= prev.end && h.start - prev.end <= 40) {
      const between = text.slice(prev.end, h.start);
      if (!/[.!?\n;:]/.test(between) && between.split(/\s+/).filter(Boolean).length <= 3) {
        prev.end = Math.max(prev.end, h.end);
        if (h.sureness > prev.sureness) prev.kind = h.kind;
        prev.sureness = Math.max(prev.sureness, h.sureness);
        prev.term = text.slice(prev.start, prev.end);
        continue;
      }
    }
    if (prev && h.start < prev.end) {
      prev.end = Math.max(prev.end, h.end);
      continue;
    }
    out.push(h);
  }
  return out;
}

function prefixCompound(p: CursePrefix, tail: string, lex: Lexicon): { kind: Kind; sureness: number; term: string; alt?: string } | undefined {
  if (tail.length < 3) return undefined; // "kankers", "kankeren" (to grumble), "fucks"
  if (p.innocentHeads?.some((h) => tail.startsWith(h))) return undefined;
  if (p.onlyHeads && !p.onlyHeads.includes(tail)) return undefined;
  let kind: Kind = p.kind;
  if (GROUP_HEADS.has(tail)) kind = 'slur-racist';
  else if (QUEER_HEADS.has(tail)) kind = 'slur-homophobic';
  else {
    // An insulting head keeps its own kind: "kutwijf" is an insult, "kankerhoer" sexual.
    const head = lex.surfaces.get(tail)?.entries.find((e) => e.kind !== 'profanity' && e.kind !== 'disease-curse' && !e.headOnly);
    if (head) kind = head.kind;
  }
  const neutral = kind === p.kind && p.alt && !PERSON_HEADS.test(tail) && !lex.surfaces.has(tail) ? p.alt + tail : undefined;
  return { kind, sureness: p.sureness, term: p.prefix + tail, alt: neutral };
}

/** The entry's neutral alternative, plural when the matched form is a plural. */
function altFor(e: LexEntry, form: string): string | undefined {
  if (!e.alt) return undefined;
  if (e.pos === 'fixed' && form !== e.term) return undefined; // "verdomde trein" is not "balen trein"
  const [one, many] = e.alt.split('|');
  // Singular insults have no neutral stand-in ("wat ben jij een …"); plurals do ("die mensen van …").
  const plural = form !== e.term && (e.pos === 'adj' ? /e$/.test(form) : /(en|s)$/.test(form) && !/je$/.test(form));
  return (plural ? many : one) || undefined;
}

/** Original span of tokens [first, last]; `from` keeps a hashtag's sigil. */
function spanOf(sk: Skeleton, first: number, last: number, from?: number): [number, number] {
  const a = sk.folded.map[sk.ts[first]!]!;
  const endIdx = sk.te[last]!;
  let j = endIdx;
  const lastSrc = sk.folded.map[endIdx - 1]!;
  while (j < sk.folded.text.length && sk.folded.map[j] === lastSrc) j++;
  return [from !== undefined ? Math.min(from, a) : a, sk.folded.map[j]!];
}
