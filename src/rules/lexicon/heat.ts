// Does a post read as written in anger? Signals, each with a place in the post:
// insults, curses and threats from the insult lexicon's scan (shared with the insult
// rules: one scan per post), attacks on the reader, words of anger, angry emoji;
// shouting (runs of capitals) and "!!!"/"?!?" raise the intensity; laughter, joy and
// thanks calm it. Capitals and exclamation marks alone are never anger: that is
// how people write "GEWELDIG NIEUWS!!! 🎉".
import type { RuleContext, Signal as RuleSignal } from '../rule.ts';
import { compileTerms, type TermMatcher } from '../text/terms.ts';
import { ANGER, ANGRY_EMOJI, ATTACKS, CALM, CALM_EMOJI } from './heat-words.ts';
import { lexicon, scan } from './index.ts';
import type { Kind } from './types.ts';

export interface Signal {
  start: number;
  end: number;
  weight: number;
}

export interface Heat {
  /** Insults, attacks, angry words and emoji (weighted). */
  anger: number;
  /** Shouting (0–2) plus runs of "!!!"/"???" (0–1). */
  intensity: number;
  /** Laughter, joy and thanks (weighted). */
  calm: number;
  /** The strongest anger signal: where the card points. */
  strongest: Signal | null;
  threat: boolean;
}

type Phrase = { weight: number; calm: boolean };

let phrases: TermMatcher<Phrase> | undefined;
const phraseMatcher = () =>
  (phrases ??= compileTerms<Phrase>([
    ...ATTACKS.map((term) => ({ term, data: { weight: 2, calm: false } })),
    ...ANGER.map((term) => ({ term, data: { weight: 1, calm: false } })),
    ...CALM.map((term) => ({ term, data: { weight: 1, calm: true } })),
  ]));

/**
 * What an insult-lexicon hit adds: a threat decides alone, a name called at someone nearly.
 * A kind not listed counts 1, like a curse (e.g. calmly written generalisations about groups).
 */
const KIND_WEIGHT: Partial<Record<Kind, number>> = {
  threat: 3,
  insult: 2,
  sexual: 2,
  // Calmly written generalisations about groups are insults, not anger.
  'slur-ableist': 1,
  'slur-racist': 1,
  'slur-homophobic': 1,
  profanity: 1,
  'disease-curse': 1,
};

/** Words that aim the sentence at the reader. */
const SECOND_PERSON = /(?:^|[^\p{L}])(?:je|jij|jou|jullie|you|your|youre|ur|ya)(?=$|[^\p{L}])/u;
/** A curse compound that names a person ("teringlijer", "tyfushond", "kutwijf") is name-calling, not a curse at the day. */
const PERSON_COMPOUND = /(?:lijer|lijers|lijder|hond|honden|wijf|wijven|joch|hoer|hoeren|teef|gast|gasten|vent|mongool|mongolen|debiel|lul)$/;
const PUNCT_RUN = /[!?]{3,}/;
/** A post without two capitals in a row shouts nowhere (Latin letters with and without accents). */
const TWO_CAPITALS = /[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de]/;

/**
 * One place that adds to the heat of a post: anger (a lexicon hit, an attack or angry phrase, an
 * angry emoji), or calm (a calm phrase or emoji). Each depends only on the text near it, so a
 * composer's session collects them again only around an edit (Rule.collect).
 */
export interface HeatSignal extends RuleSignal {
  /** Where the anger was found: the lexicon, a phrase, an emoji (the order heatFrom weighs them in). */
  source: 'lexicon' | 'phrase' | 'emoji';
  weight: number;
  calm: boolean;
  threat: boolean;
  /** Index in ANGRY_EMOJI or CALM_EMOJI; -1 for other sources. */
  emoji: number;
}

// Every signal has every field, in one order: heatFrom reads hundreds of them per keystroke in a
// long post, and objects of one shape keep those reads fast.
const signal = (source: HeatSignal['source'], start: number, end: number, weight: number, calm: boolean, threat: boolean, emoji: number): HeatSignal => ({
  source,
  start,
  end,
  weight,
  calm,
  threat,
  emoji,
});

const SOURCE_ORDER = { lexicon: 0, phrase: 1, emoji: 2 };

export function heatSignals(ctx: RuleContext): HeatSignal[] {
  const text = ctx.text;
  const out: HeatSignal[] = [];
  for (const hit of scan(ctx, lexicon())) {
    let weight = KIND_WEIGHT[hit.kind] ?? 1;
    const word = text.slice(hit.start, hit.end).toLowerCase();
    if ((hit.kind === 'disease-curse' || hit.kind === 'profanity') && !/\s/.test(word) && PERSON_COMPOUND.test(word)) weight = 2;
    // Aimed at the reader, it is an attack: a name called at them ("jij bent een sukkel", "hou je
    // bek"), a curse with them in it ("tyfus op met je spam", "go back to your own country").
    const aimed = hit.kind === 'insult' || hit.kind === 'sexual' ? clauseBefore(text, hit.start, hit.end) : `${word} ${wordsAfter(text, hit.end, 3)}`;
    if (hit.kind !== 'threat' && SECOND_PERSON.test(aimed.toLowerCase())) weight = 3;
    out.push(signal('lexicon', hit.start, hit.end, weight, false, hit.kind === 'threat', -1));
  }
  for (const m of phraseMatcher().find(ctx.folded(), text)) out.push(signal('phrase', m.start, m.end, m.data.weight, m.data.calm, false, -1));
  ANGRY_EMOJI.forEach((e, emoji) => {
    for (let i = text.indexOf(e); i >= 0; i = text.indexOf(e, i + e.length)) out.push(signal('emoji', i, i + e.length, 1, false, false, emoji));
  });
  CALM_EMOJI.forEach((e, emoji) => {
    for (let i = text.indexOf(e); i >= 0; i = text.indexOf(e, i + e.length)) out.push(signal('emoji', i, i + e.length, 0, true, false, emoji));
  });
  return out;
}

/** Whether `a` comes before `b` in the order heatOf weighs signals: lexicon, phrases, emoji (by kind), each by place. */
function before(a: HeatSignal, b: HeatSignal): boolean {
  return (
    (SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || (a.source === 'emoji' ? a.emoji - b.emoji : 0) || a.start - b.start || b.end - a.end) < 0
  );
}

/** The heat of the post from all its signals (in any order: one pass, no sort) and, when there is anger, its loudness. */
export function heatFrom(signals: readonly HeatSignal[], text: string): Heat {
  const heat: Heat = { anger: 0, intensity: 0, calm: 0, strongest: null, threat: false };
  // Two angry emoji count (the first two in that order); more of them are not more anger.
  let first: HeatSignal | undefined;
  let second: HeatSignal | undefined;
  for (const s of signals) {
    if (s.source !== 'emoji' || s.calm) continue;
    if (!first || before(s, first)) [first, second] = [s, first];
    else if (!second || before(s, second)) second = s;
  }
  let strongest: HeatSignal | undefined;
  const calmEmoji = new Set<number>();
  for (const s of signals) {
    if (s.source === 'emoji' && s.calm) calmEmoji.add(s.emoji);
    else if (s.calm) heat.calm += 1;
    else if (s.source !== 'emoji' || s === first || s === second) {
      if (s.threat) heat.threat = true;
      heat.anger += s.weight;
      if (!strongest || s.weight > strongest.weight || (s.weight === strongest.weight && before(s, strongest))) strongest = s;
    }
  }
  if (strongest) heat.strongest = { start: strongest.start, end: strongest.end, weight: strongest.weight };
  // Without any anger, capitals and exclamation marks are only loud: no need to measure them.
  if (heat.anger === 0) return heat;
  heat.calm += 2 * calmEmoji.size;
  // Measured when read: a pass over the whole post, which isHeated skips when the anger decides
  // alone (a keystroke in a long angry post would otherwise re-read all of it).
  let intensity: number | undefined;
  Object.defineProperty(heat, 'intensity', { get: () => (intensity ??= shouting(text) + (PUNCT_RUN.test(text) ? 1 : 0)), enumerable: true });
  return heat;
}

export const heatOf = (ctx: RuleContext): Heat => heatFrom(heatSignals(ctx), ctx.text);

/**
 * Reads as written in anger: enough anger, or some anger said loudly. Calm signals
 * (laughter, thanks, celebration) take up to two points of anger away, except from a threat.
 */
export function isHeated(h: Heat): boolean {
  const anger = h.threat ? h.anger : h.anger - Math.min(2, h.calm);
  return anger >= 3 || (anger >= 2 && h.intensity >= 1) || (anger >= 1 && h.intensity >= 3);
}

/** Up to `n` words after `end`, within the sentence. */
function wordsAfter(text: string, end: number, n: number): string {
  const rest = text.slice(end, end + 60).split(/[.!?\n]/)[0]!;
  return rest.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
}

/** The clause up to the end of a hit, from at most 30 characters before it. */
function clauseBefore(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 30);
  const stop = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('!', start - 1), text.lastIndexOf('?', start - 1), text.lastIndexOf('\n', start - 1));
  if (stop >= from) from = stop + 1;
  return text.slice(from, end).toLowerCase();
}

/**
 * 0: no shouting; 1: a run of three or more words in capitals (ten letters or more), or one
 * long word in capitals ("UNPROFESSIONAL"); 2: most of the post is in capitals. Short words
 * in capitals on their own are acronyms (KPI, NS, BV). Hashtags and handles do not count.
 * One pass over the characters: regular expressions with Unicode classes per word, or with a
 * lookbehind, cost 0.2–0.5 ms on a 3,000-character post.
 */
export function shouting(text: string): number {
  if (!TWO_CAPITALS.test(text)) return 0;
  let caps = 0;
  let lower = 0;
  let run = 0;
  let runLetters = 0;
  let loud = false;
  // The word being read: its letters, whether one is lowercase, whether it is a #tag/@handle.
  let letters = 0;
  let hasLower = false;
  let skip = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    let kind = c < 128 ? ASCII[c]! : 0;
    if (c >= 128) {
      const ch = text[i]!;
      kind = ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER_CASE : c >= 0x300 && c <= 0x36f ? INNER : 0;
    }
    if (kind === UPPER || kind === LOWER_CASE) {
      letters++;
      if (kind === LOWER_CASE) hasLower = true;
      continue;
    }
    if (kind === INNER && letters > 0) continue;
    if (letters === 0) {
      if (kind === SIGIL) skip = true;
      continue;
    }
    // A word ended.
    if (skip) {
      // a #tag or @handle: neither shouting nor ordinary text
    } else if (!hasLower && letters >= 2) {
      caps += letters;
      run++;
      runLetters += letters;
      if ((run >= 3 && runLetters >= 10) || letters >= 7) loud = true;
    } else {
      if (hasLower) lower += letters;
      run = 0;
      runLetters = 0;
    }
    letters = 0;
    hasLower = false;
    skip = false;
  }
  if (!loud) return 0;
  return caps >= 15 && caps >= 0.6 * (caps + lower) ? 2 : 1;
}

const UPPER = 1;
const LOWER_CASE = 2;
/** Apostrophes, hyphens and combining marks inside a word ("KPI'S", "TOP-DAG"). */
const INNER = 3;
const SIGIL = 4;
const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER_CASE;
ASCII[39] = INNER;
ASCII[45] = INNER;
ASCII[35] = SIGIL;
ASCII[64] = SIGIL;
