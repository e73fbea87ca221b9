// The sentence-level judgement of generalisations (issue 13 §2): a group as the
// subject of its clause ("Roemenen", "die gelukszoekers", "Women drivers", "zulke
// mensen") and, a few words on in the same clause, a predicate that judges its
// conduct or character (classes/conduct.ts): "Roemenen zijn niet te vertrouwen",
// "Refugees get free houses", "Die statushouders moeten gewoon het land uit".
// Free word order and gaps, no fixed phrase: the group noun, the subject
// position, the cue's own condition (a generalising word, a negation, a modal)
// and guards that read the sentence (a defence of the group, sport, statistics,
// the group as the one wronged) decide. Only sentences holding a group word are
// read, and from each group word a bounded number of words: linear in the post.
import { BAR, DEHUMAN, EXCLUDE, EXCLUDE_PHRASES, NEGATED, NEGATED_PHRASES, VICE, VICE_PHRASES, WEAK, WEAK_PHRASES } from './classes/conduct.ts';
import { GROUP_ADJ, GROUP_PEOPLE, GROUPS } from './classes/groups.ts';
import { words } from './classes/inflect.ts';
import { DEFENCES, NEGATIONS } from './classes/negation.ts';
import { PEOPLE } from './classes/people.ts';
import type { PhraseTokens } from './phrase/tokens.ts';
import { REPORTING as SAID } from './reported.ts';
import type { Skeleton } from './skeleton.ts';
import { BANTER } from './threat-phrases.ts';

type Cue = 'vice' | 'weak' | 'negated' | 'exclude' | 'bar';

/** Words that may stand before the group in its clause and keep it the subject ("Al die", "Eerlijk gezegd, de"). */
const OPENERS = words(
  'die deze dat al alle zulke de het soort meeste veel oost west noord zuid midden eerlijk gezegd sorry maar en want dus nou tja ja ' +
    'those these all the such typical most many honestly but and so well yeah look',
);
/** Words that end the clause before them: the group after "dat"/"that" is the subject of what is claimed. */
const SUBORDINATE = words('dat omdat want maar zodat that because but');
/** Nouns for people after a demonstrative: a group by pointing ("zulke mensen", "these people"); strong cues only. */
const POINTED = words('mensen lui types volk people folks ones types lot');
const POINTERS = words('die deze zulke soort those these such');
/** Words that say the statement covers the whole group. */
const GENERAL = words(
  'al alle allemaal altijd nooit steeds constant typisch alleen elke iedere gewoon eenmaal nature die zulke ' +
    'always all never every only just typical constantly forever nothing basically simply naturally inherently those these such',
);
const NEG = words(NEGATIONS, 'niks niets nix t nt nor noch');
const MODALS = words('should shouldnt must mustnt ought need needs gotta deserve deserves moeten moet zouden zou horen hoort mogen mag verdienen');
/** Dutch passive: the group is the one something is done to ("worden vaker gecontroleerd"). */
const PASSIVE = words('worden werden wordt werd');
/** A negated cue right after these is about what the group gets, not what it is ("Women don't get the respect"). */
const NOT_OWN = words('the get gets got any enough more much krijgen krijgt de het genoeg meer');
/** Nouns of the group's own attitude: "geen vertrouwen in de politie" is no judgement on it. */
const ATTITUDE = words('vertrouwen respect');
/** Conditions that explain a "can't" or "doesn't" by circumstance, not character. */
const CIRCUMSTANCE = words('without because unless access barrier accessible licence license law visa permit zonder omdat doordat tenzij toegang drempel vergunning rijbewijs wet regel');
/** Statistics and news: the sentence reports on the group. */
const REPORTING = words('onderzoek blijkt cijfers procent percentage cbs scp rapport statistiek studie study survey research according statistics percent figures report data');
const BANTER_WORDS = words(BANTER.filter((b) => !b.includes(' ')));
/** A clause of the author's own or someone addressed, after a comma: the group's predicate has ended. */
const OTHER_SUBJECT = words('ik i we wij je jij you u mijn my');

const phraseMap = (list: readonly string[], cue: Cue, m: Map<string, { words: string[]; cue: Cue }[]>) => {
  for (const p of list) {
    const ws = p.split(' ');
    m.set(ws[0]!, [...(m.get(ws[0]!) ?? []), { words: ws, cue }]);
  }
  return m;
};
const PHRASES = new Map<string, { words: string[]; cue: Cue }[]>();
phraseMap(VICE_PHRASES, 'vice', PHRASES);
phraseMap(WEAK_PHRASES, 'weak', PHRASES);
phraseMap(NEGATED_PHRASES, 'negated', PHRASES);
phraseMap(EXCLUDE_PHRASES, 'exclude', PHRASES);

/** Words whose presence makes a token a candidate group: the only words that start a judgement. */
const TRIGGERS = words(GROUPS, GROUP_ADJ, POINTED);
const PLURAL_FORMS = words('women men people chinese roma mocros folk folks');

export interface Generalisation {
  /** First and last word of the finding: the group's opener to the end of the cue. */
  first: number;
  last: number;
}

/**
 * A generalisation whose sentence defends the group (DEFENCES): the prejudice is quoted to reject
 * it. Only DEFENCE_WORDS words either side are read, so a finding depends on nearby text alone
 * (incremental.ts re-checks a window of REACH characters around an edit).
 */
const DEFENCE_WORDS = 8;
export function defended(tk: PhraseTokens, first: number, last: number, extra?: ReadonlySet<string>): boolean {
  const sentence = tk.sentence(first);
  const hit = (i: number) => DEFENCES.has(tk.word(i)) || (extra?.has(tk.word(i)) ?? false) || counterSpeech(tk, i);
  const to = Math.min(tk.count - 1, last + DEFENCE_WORDS);
  for (let i = first; i <= to && tk.sentence(i) === sentence; i++) if (hit(i)) return true;
  const from = Math.max(0, first - DEFENCE_WORDS);
  for (let i = first - 1; i >= from && tk.sentence(i) === sentence; i--) if (hit(i)) return true;
  return false;
}

/** "stop saying that …", "stop met zeggen dat …", "not true that", "niet waar dat", "onzin dat". */
function counterSpeech(tk: PhraseTokens, i: number): boolean {
  const w = tk.word(i);
  const next = i + 1 < tk.count ? tk.word(i + 1) : '';
  if (w === 'stop') return /^(saying|met|pretending|claiming|zeggen|beweren)$/.test(next);
  if (w === 'not' || w === 'niet') return next === 'true' || next === 'waar';
  return w === 'onzin' || w === 'nonsense' || w === 'racism' || w === 'racisme' || w === 'discriminatie' || w === 'discrimination';
}

/** A negation word, but not "nothing but" / "niets dan", which generalise. */
const negation = (tk: PhraseTokens, k: number) => NEG.has(tk.word(k)) && !(k + 1 < tk.count && /^(but|dan|anders dan)$/.test(tk.word(k + 1)));

const plural = (w: string) => PLURAL_FORMS.has(w) || (w.length >= 4 && /(en|s)$/.test(w));

/** The group that starts at word i: [first, last] and whether it is named (not only pointed at). */
function groupAt(tk: PhraseTokens, i: number): { g0: number; g1: number; named: boolean } | undefined {
  const w = tk.word(i);
  const next = i + 1 < tk.count && !tk.breakBefore(i + 1) ? tk.word(i + 1) : '';
  if (GROUPS.has(w)) {
    // "homo's" is homo + s; "Women drivers", "Trans women": a noun for people after it belongs to the group.
    let g1 = i;
    if (next === 's') g1++;
    else if (next && (GROUP_PEOPLE.has(next) || PEOPLE.has(next) || (GROUPS.has(next) && plural(next)))) g1++;
    if (!plural(w) && g1 === i) return undefined; // "de vrouw van de buurman": one person
    return { g0: i, g1, named: true };
  }
  if (GROUP_ADJ.has(w) && next && plural(next) && tk.joined(i + 1)) return { g0: i, g1: i + 1, named: true };
  if (POINTED.has(w) && i > 0 && POINTERS.has(tk.word(i - 1)) && !tk.breakBefore(i)) return { g0: i - 1, g1: i, named: false };
  return undefined;
}

/** A clause starts before word i: a new sentence, a comma or colon, or a subordinating word. */
function clauseBreak(tk: PhraseTokens, sk: Skeleton, i: number): boolean {
  return tk.breakBefore(i) || /[,;:(–—]/.test(sk.tok(i)!.gap) || SUBORDINATE.has(tk.word(i - 1));
}

/** The opener of the group's clause, or -1 when the group is not its subject ("against Poles", "als Marokkaanse vrouw"). */
function subjectStart(tk: PhraseTokens, sk: Skeleton, g0: number): number {
  let k = g0;
  for (let n = 0; n <= 4; n++) {
    if (clauseBreak(tk, sk, k)) return k;
    if (!OPENERS.has(tk.word(k - 1))) return -1;
    k--;
  }
  return -1;
}

const TAIL = 6;

/**
 * The finding spans the generalising statement: to the end of its sentence when that is a few
 * words on ("…, stelletje parasieten"), else to the end of the cue's clause, else the cue.
 */
function statementEnd(tk: PhraseTokens, sk: Skeleton, found: number): number {
  let clauseEnd = -1;
  for (let k = found + 1; k <= found + TAIL + 1; k++) {
    if (k >= tk.count || tk.breakBefore(k)) return k - 1;
    if (clauseEnd < 0 && /[,;:]/.test(sk.tok(k)!.gap)) clauseEnd = k - 1;
  }
  return clauseEnd >= 0 ? clauseEnd : found;
}

/** Every generalisation in the post. */
export function generalisations(tk: PhraseTokens, sk: Skeleton): Generalisation[] {
  const out: Generalisation[] = [];
  let after = -1; // words already inside a finding
  for (let i = 0; i < tk.count; i++) {
    if (i <= after || !TRIGGERS.has(tk.word(i))) continue;
    const g = groupAt(tk, i);
    if (!g) continue;
    const start = subjectStart(tk, sk, g.g0);
    if (start < 0) continue;
    if (reported(tk, start)) continue;
    const found = predicate(tk, sk, start, g.g1, g.named);
    if (found < 0 || guarded(tk, start, found)) continue;
    const last = statementEnd(tk, sk, found);
    out.push({ first: start, last });
    after = last;
  }
  return out;
}

/**
 * Someone else's words, reported: a reporting verb not said by the author before the clause
 * in its sentence ("Een klant zei tegen onze collega dat Marokkanen …", "A customer told my
 * colleague that immigrants …"). Condemned or not, the author does not make the claim.
 */
function reported(tk: PhraseTokens, start: number): boolean {
  const sentence = tk.sentence(start);
  for (let k = start - 1; k >= Math.max(0, start - 10) && tk.sentence(k) === sentence; k--) {
    if (!SAID.has(tk.word(k))) continue;
    const before = k > 0 ? tk.word(k - 1) : '';
    const after = k + 1 < tk.count ? tk.word(k + 1) : '';
    return !(AUTHOR.has(before) || AUTHOR.has(after));
  }
  return false;
}
const AUTHOR = words('ik i we wij k');

/** The last word of a judging predicate after the group [.., g1], or -1. */
function predicate(tk: PhraseTokens, sk: Skeleton, start: number, g1: number, named: boolean): number {
  const sentence = tk.sentence(g1);
  const end = Math.min(tk.count - 1, g1 + 12);
  let neg = false;
  let modal = false;
  let passive = false;
  let general = false;
  for (let k = start; k <= g1; k++) if (GENERAL.has(tk.word(k))) general = true;
  for (let j = g1 + 1; j <= end && tk.sentence(j) === sentence; j++) {
    const w = tk.word(j);
    if (/[;:]/.test(sk.tok(j)!.gap) || (/,/.test(sk.tok(j)!.gap) && OTHER_SUBJECT.has(w))) break;
    let cue: Cue | undefined;
    let last = j;
    for (const p of PHRASES.get(w) ?? []) {
      if (p.words.every((pw, k) => j + k < tk.count && tk.word(j + k) === pw)) {
        cue = p.cue;
        last = j + p.words.length - 1;
        break;
      }
    }
    if (!cue) cue = VICE.has(w) ? 'vice' : NEGATED.has(w) ? 'negated' : EXCLUDE.has(w) ? (modal && neg ? undefined : 'exclude') : BAR.has(w) ? 'bar' : WEAK.has(w) ? 'weak' : undefined;
    if (cue && judges(tk, cue, j, last, { neg, modal, passive, general, named, end, sentence })) return last;
    if (negation(tk, j)) neg = true;
    if (MODALS.has(w)) modal = true;
    if (PASSIVE.has(w)) passive = true;
    if (GENERAL.has(w)) general = true;
  }
  return -1;
}

interface Seen {
  neg: boolean;
  modal: boolean;
  passive: boolean;
  general: boolean;
  named: boolean;
  end: number;
  sentence: number;
}

/** Whether a cue at words [j, last] judges the group, given what came between. */
function judges(tk: PhraseTokens, cue: Cue, j: number, last: number, s: Seen): boolean {
  const inSentence = (k: number) => k < tk.count && tk.sentence(k) === s.sentence;
  // Dutch puts the negation after the verb: "Roemenen vertrouw je niet", "Polen stelen niet".
  let negAfter = false;
  for (let k = last + 1; k <= last + 4 && inSentence(k) && !/[,;:]/.test(tk.text.slice(tk.end(k - 1), tk.start(k))); k++) if (negation(tk, k)) negAfter = true;
  const neg = s.neg || negAfter;
  if (!s.named && !DEHUMAN.has(tk.word(j)) && cue !== 'exclude') return false;
  switch (cue) {
    case 'vice':
      return !neg && !s.passive;
    case 'weak': {
      if (neg || s.passive) return false;
      if (s.general) return true;
      for (let k = last + 1; k <= last + 8 && inSentence(k); k++) if (GENERAL.has(tk.word(k))) return true;
      return false;
    }
    case 'negated': {
      const prev = j > 0 ? tk.word(j - 1) : '';
      if (!neg || NOT_OWN.has(prev) || (ATTITUDE.has(tk.word(j)) && (prev === 'geen' || prev === 'no'))) return false;
      for (let k = j; k <= last + 6 && inSentence(k); k++) if (CIRCUMSTANCE.has(tk.word(k))) return false;
      return true;
    }
    case 'exclude':
      return s.modal && !s.neg;
    case 'bar':
      return s.modal && s.neg;
  }
}

/** The sentence defends the group, reports on it, or talks sport. */
function guarded(tk: PhraseTokens, first: number, last: number): boolean {
  return defended(tk, first, last, GUARDS);
}
const GUARDS = words(REPORTING, BANTER_WORDS);
