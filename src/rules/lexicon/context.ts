// Context that decides between the offensive and the innocent reading of a hit:
// a word aimed at a person next to it, a capitalised name, innocent neighbours,
// the start of a clause. Cheap checks on the few tokens around a hit only.
import type { Skeleton } from './skeleton.ts';
import type { LexEntry } from './types.ts';

/** Words right before an ambiguous noun that aim it at a person, by language. */
const STRONG: Record<'nl' | 'en', Set<string>> = {
  nl: new Set(['jij', 'jou', 'vuile', 'vuil', 'vieze', 'vies', 'smerige', 'smerig', 'stomme', 'stom', 'domme', 'dikke', 'vette', 'lelijke', 'achterlijke', 'gore', 'lamme', 'ouwe', 'stuk', 'zulke', 'zo\'n', 'kut', 'kanker', 'tering', 'tyfus', 'rot', 'rotte', 'luie', 'valse', 'gluiperige', 'zielige', 'sneue', 'arrogante', 'waardeloze', 'vreselijke', 'irritante', 'enge', 'vervelende', 'gore', 'kale']),
  en: new Set(['you', 'ya', 'stupid', 'dumb', 'fat', 'ugly', 'little', 'dirty', 'filthy', 'fucking', 'bloody', 'total', 'complete', 'absolute', 'utter', 'lying', 'useless', 'pathetic', 'big', 'such', 'sad', 'miserable', 'arrogant', 'annoying', 'worthless', 'fucking', 'old']),
};
const WEAK: Record<'nl' | 'en', Set<string>> = {
  nl: new Set(['die', 'dat', 'deze', 'zo', 'zon', 'echte', 'complete', 'enorme', 'grote']),
  en: new Set(['that', 'this', 'some', 'those', 'these']),
};
/** Two-word lead-ins that aim the next word at someone ("wat een", "what a"). */
const STRONG_PAIRS: Record<'nl' | 'en', Set<string>> = {
  nl: new Set(['wat een', 'is een', 'bent een', 'ben een', 'echt een', 'zo een', 'jij een', 'jullie zijn', 'stelletje', 'stel']),
  en: new Set(['what a', 'such a', 'are a', 're a', 'is a', 'youre a', 'an absolute', 'a total', 'a complete', 'a fucking', 'what an', 'such an', 'is an', 'are an', 're an', 'youre an', 'be a', 'be an', 'bunch of', 'pack of']),
};

/** Words that may open a clause right before "op" curses ("ga toch", "nou"). */
const CLAUSE_OPENERS = new Set(['ga', 'toch', 'nou', 'en', 'jij', 'gewoon', 'maar', 'lekker', 'hoepel', 'dus', 'oh', 'ach', 'man', 'joh', 'zeg', 'hey', 'he', 'hee']);
/** Second halves that make a hyphenated compound innocent ("idiot-proof"). */
const INNOCENT_SECOND = new Set(['proof', 'safe', 'bestendig', 'bestendige', 'vrij', 'vrije']);

const BREAK = /[.,!?;:\n]/;

export interface Place {
  sk: Skeleton;
  /** First and last token of the hit. */
  first: number;
  last: number;
}

/** Sureness of one entry at this place, after context; < 0.5 means stay quiet. */
export function judge(entry: LexEntry, p: Place): number {
  const { sk } = p;
  let score = entry.sureness;
  // English insults are common in Dutch posts ("wat een loser"): both languages' person words count.
  if (entry.person) score += entry.homograph ? aimedAtPerson(entry.lang, p) : Math.max(aimedAtPerson('nl', p), aimedAtPerson('en', p));
  const tok = sk.tok(p.first)!;
  const prev = sk.tok(p.first - 1);
  const next = sk.tok(p.last + 1);
  if (entry.name && tok.cap && (!tok.sentStart || (next?.cap && !BREAK.test(next.gap)) || (prev?.cap && !prev.sentStart && !BREAK.test(tok.gap)))) return 0;
  if (entry.innocent && near(entry.innocent, p)) score -= 0.6;
  if (entry.notAfter && prev && !BREAK.test(tok.gap) && entry.notAfter.includes(prev.word)) return 0;
  // The first half of a Dutch suspended compound ("tyfus- en choleravaccinaties", "kanker- of hartpatiënten") is formal prose.
  if (next && /^-\s/.test(next.gap) && (next.word === 'en' || next.word === 'of')) return 0;
  if (entry.clause && prev && !BREAK.test(tok.gap) && !CLAUSE_OPENERS.has(prev.word) && !afterHandles(sk, p.first)) return 0;
  if (next && next.gap === '-' && INNOCENT_SECOND.has(next.word)) return 0;
  return score;
}

/**
 * Only @handles stand between the start of the sentence and word i: a reply opens its own clause
 * after them ("@janssen_r rot toch op").
 */
function afterHandles(sk: Skeleton, i: number): boolean {
  const before = sk.source.text.slice(0, sk.fa[i]);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  return /^\s*(@[\p{L}\p{N}_.]+[\s,:]*)+$/u.test(before.slice(start));
}

/** End of a sentence, or of the post, right after the hit. */
const ENDS = /^[^\p{L}\p{N}]*([.!?\n]|$)/u;

/**
 * Called out on its own: "Nobody cares, loser." or "Eikel!" — the word alone after a comma, or a
 * whole exclamation, up to the end of the sentence. A list ("pigs, cows, sheep.") reads the same,
 * so this counts for less than a word aimed at someone and lifts only the clearer insults.
 */
function vocative(p: Place): number {
  const { sk } = p;
  const next = sk.tok(p.last + 1);
  const after = next ? next.gap : sk.source.text.slice(sk.fb[p.last]!);
  if (!ENDS.test(after)) return 0;
  const gap = sk.tok(p.first)!.gap;
  if (/,\s*$/.test(gap)) return 0.3;
  const alone = p.first === 0 || /[.!?\n]/.test(gap);
  return alone && after.includes('!') ? 0.3 : 0;
}

/**
 * Adjectives of contempt that may stand between the word that aims and the noun: "is a selfish
 * prick", "een vuile leugenachtige rat". Skipped (two at most) before the checks above.
 */
const CONTEMPT_ADJ = new Set([
  'selfish', 'greedy', 'arrogant', 'lazy', 'lying', 'spineless', 'gormless', 'smug', 'entitled', 'nasty', 'sneaky', 'slimy', 'creepy',
  'massive', 'huge', 'horrible', 'disgusting', 'stinking', 'sorry', 'dirty', 'filthy', 'stupid', 'ugly', 'fat', 'useless', 'pathetic', 'miserable', 'worthless', 'cheating', 'thieving', 'bald', 'old', 'gobby', 'mouthy', 'dozy', 'dopey', 'thick', 'daft', 'brainless', 'spoilt', 'spoiled', 'narcissistic', 'incompetent', 'clueless', 'hypocritical', 'condescending', 'patronising', 'patronizing', 'rude', 'two-faced',
  'leugenachtige', 'egoistische', 'hebberige', 'arrogante', 'gierige', 'luie', 'laffe', 'gluiperige', 'vuile', 'vieze', 'smerige', 'stomme', 'domme',
  'ongelofelijke', 'ongelooflijke', 'enorme', 'vreselijke', 'walgelijke', 'stinkende', 'valse', 'achterbakse', 'brutale', 'zielige', 'waardeloze', 'dikke', 'vette', 'lelijke', 'ouwe', 'kale', 'gore',
  'hersenloze', 'asociale', 'onnozele', 'zielige', 'verwaande', 'opgeblazen', 'zatte', 'bezopen', 'schijnheilige',
  'narcistische', 'betweterige', 'incompetente', 'hypocriete', 'onbeschofte', 'chagrijnige', 'zelfingenomen', 'zeikerige', 'achterlijke',
]);

function aimedAtPerson(lang: 'nl' | 'en', p: Place): number {
  const { sk } = p;
  let first = p.first;
  for (let k = 0; k < 2 && first > 1 && CONTEMPT_ADJ.has(sk.tok(first - 1)!.word) && !BREAK.test(sk.tok(first)!.gap); k++) first--;
  if (first !== p.first) {
    const direct = aimedAt(lang, { ...p, first: p.first });
    return Math.max(direct, aimedAt(lang, { ...p, first }));
  }
  return aimedAt(lang, p);
}

function aimedAt(lang: 'nl' | 'en', p: Place): number {
  const { sk } = p;
  const t1 = sk.tok(p.first - 1);
  const t2 = sk.tok(p.first - 2);
  if (!t1 || BREAK.test(sk.tok(p.first)!.gap)) return vocative(p);
  const w1 = t1.word.replace(/'/g, '');
  if (STRONG[lang].has(w1)) return 0.5;
  if (t2 && !BREAK.test(t1.gap) && STRONG_PAIRS[lang].has(`${t2.word} ${w1}`)) return 0.5;
  if (STRONG_PAIRS[lang].has(w1)) return 0.5;
  if (WEAK[lang].has(w1)) return 0.3;
  return 0;
}

/** Any token within 8 words of the hit starts with one of the stems. */
function near(stems: readonly string[], p: Place): boolean {
  const { sk } = p;
  const from = Math.max(0, p.first - 8);
  const to = Math.min(sk.count - 1, p.last + 8);
  for (let i = from; i <= to; i++) {
    if (i >= p.first && i <= p.last) continue;
    const w = sk.tok(i)!.word;
    // A stem of one or two letters ("we", "tv", "op") is a whole word: "we" is not in "weken".
    for (const s of stems) if (s.length <= 2 ? w === s : w.startsWith(s)) return true;
  }
  return false;
}

/** Adjectives that belong to the insult that follows ("dikke vette zeug", "stupid b1tch"). */
export const INTENSIFIERS = new Set([
  'stomme', 'domme', 'vuile', 'vieze', 'smerige', 'dikke', 'vette', 'lelijke', 'achterlijke', 'complete', 'totale', 'gore', 'echte', 'vuil', 'vies', 'stom',
  'stupid', 'dumb', 'fat', 'ugly', 'filthy', 'dirty', 'complete', 'total', 'absolute', 'utter', 'fucking', 'bloody', 'little', 'useless', 'pathetic',
]);

/** First token of the span once leading intensifiers are included. */
export function extendBack(sk: Skeleton, first: number): number {
  let i = first;
  while (i > 0 && /^\s+$/.test(sk.tok(i)!.gap) && INTENSIFIERS.has(sk.tok(i - 1)!.word)) i--;
  return i;
}
