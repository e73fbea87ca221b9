// Threats in the author's own words, judged per sentence instead of phrase by phrase:
// a speaker with an intent ("ik", "we", "I'll", "I'm gonna"), an act of harm (a violent
// verb, or an ordinary verb with a harmful result: "ik maak je kapot", "ik sla ze tegen de
// grond") and a person it is aimed at (you, him, "die vent", "that landlord's", "your shop"),
// in any order with a few words between. Seeking someone out ("ik zal je vinden", "I'm going
// to track you down") threatens only with a warning in reach ("you'll regret", "pas maar op").
// Cancelled by: a negation between speaker and act, banter words nearby (sport, stage, games),
// an object between the act and the person ("break the news to the team"), a gift to the
// person ("I'll shoot you an email", "hunt you down a copy"), a meeting place ("find you at
// the desk"). Reported, condemned and fictional quotes are cancelled where all hits are
// (reported.ts, text/mentioned.ts). Linear: one pass over the words, and a sentence is read
// only when it holds a word of harm or of seeking someone out.
import { BODY_PARTS } from './classes/body.ts';
import { NEGATIONS } from './classes/negation.ts';
import { PEOPLE } from './classes/people.ts';
import { ROLES } from './classes/roles.ts';
import { TARGET, TARGET_POSS } from './classes/pronouns.ts';
import { APPROACH, BANTER_WORDS, GIVEN, HARM_NOUNS, HARM_RESULTS, HARM_VERBS, INTENT_EN, INTENT_SKIP, POSSESSIONS, SPEAKERS, WARNINGS } from './classes/threat.ts';
import type { PhraseTokens } from './phrase/tokens.ts';
import { mayHave, wordBits } from './phrase/word-hash.ts';

/** Words from speaker to act, and from act to person, at most. */
const SPEAKER_REACH = 8;
const TARGET_BEFORE = 7;
const TARGET_AFTER = 4;
/** Banter and warnings are looked for this many words either side. */
const CONTEXT = 10;

/** Determiners that open an object of their own: "break THE news", "kill IT", "slopen DE presentatie". */
const OBJECT_OPENERS = new Set(['de', 'het', 'the', 'it', 'dit', 'this', 'mijn', 'my', 'mn', 'our', 'onze']);
/** Determiners that make the next person noun a target: "die vent", "that landlord". */
const POINTERS = new Set(['die', 'dat', 'deze', 'that', 'this', 'those', 'these', 'zon']);
/** Prepositions of a place to meet: "I'll find you at the desk", "ik vind je bij de ingang". */
const MEETING = new Set(['at', 'bij', 'in', 'op', 'on', 'aan']);
const MEETING_PLACE = new Set(['desk', 'balie', 'ingang', 'entrance', 'stand', 'booth', 'lobby', 'receptie', 'reception', 'kantine', 'canteen', 'registration', 'station', 'borrel', 'event', 'conference', 'congres', 'beurs', 'linkedin', 'teams', 'slack', 'office', 'kantoor']);
const PERSON_NOUNS = new Set([...PEOPLE, ...ROLES]);
/** Past forms of acts of harm that do not end in -ed. */
const PAST = new Set(['shot', 'broke', 'broken', 'beaten', 'hung', 'laid', 'stabbed', 'sloeg', 'sloegen', 'geslagen', 'gestoken', 'geschoten', 'vermoordde', 'gebroken', 'getrapt', 'geschopt', 'caught', 'found', 'got', 'knew', 'came', 'stak', 'schoot', 'brak', 'trapte', 'schopte']);
/** Verbs of knowing someone's whereabouts, a threat in the present tense. */
const KNOWING = new Set(['know', 'knew', 'found', 'weet', 'weten', 'ken']);
/** Places and times that show someone is watched: "after your shift", "je auto", "outside your office". */
const WHEREABOUTS = new Set(['shift', 'office', 'house', 'home', 'work', 'car', 'school', 'kids', 'children', 'address', 'plate', 'door', 'street', 'dienst', 'huis', 'werk', 'auto', 'kinderen', 'kenteken', 'adres', 'deur', 'straat', 'fiets', 'wife', 'vrouw', 'dochter', 'daughter', 'son', 'zoon', 'family', 'familie', 'gezin']);
/** Purposes that make a visit kind: "I'm coming to your house to fix the boiler", "ik kom je een taart brengen". */
const BENIGN = new Set(['help', 'helpen', 'fix', 'repair', 'bring', 'brengen', 'drop', 'ophalen', 'koffie', 'coffee', 'taart', 'cake', 'lunch', 'borrel', 'drinks', 'dinner', 'etentje', 'bloemen', 'flowers', 'cadeau', 'gift', 'present', 'feliciteren', 'congratulate', 'welkom', 'welcome', 'vragen', 'questions', 'advice', 'advies', 'boiler', 'verhuizing', 'move']);
const REFLEXIVE = new Set(['mezelf', 'myself', 'ourselves', 'onszelf', 'zichzelf', 'yourself', 'jezelf']);

/** Warnings by their first word. */
const WARNING_SEQ = new Map<string, string[][]>();
for (const w of WARNINGS) {
  const parts = w.split(' ');
  WARNING_SEQ.set(parts[0]!, [...(WARNING_SEQ.get(parts[0]!) ?? []), parts]);
}

export interface ClauseThreat {
  first: number;
  last: number;
}

/** Sentences of the post that threaten someone: the words from the first to the last part of each threat. */
export function clauseThreats(tk: PhraseTokens): ClauseThreat[] {
  const out: ClauseThreat[] = [];
  const hashes = tk.hashes();
  let last = -1;
  // Only a sentence with a cue word is judged: a word costs one bit test (word-hash.ts), and a
  // string and a set lookup only when the bit is set.
  for (let i = 0; i < tk.count; i++) {
    if (i <= last || !mayHave(CUE_BITS, hashes[i]!) || !CUES.has(tk.word(i))) continue;
    let s = i;
    while (s > 0 && !tk.breakBefore(s)) s--;
    let e = i + 1;
    while (e < tk.count && !tk.breakBefore(e)) e++;
    const t = judgeSentence(tk, s, e);
    if (t) out.push(t);
    last = e - 1;
  }
  return out;
}

const CUES = new Set([...HARM_VERBS, ...HARM_RESULTS, ...APPROACH]);
const CUE_BITS = wordBits(CUES);

function judgeSentence(tk: PhraseTokens, s: number, e: number): ClauseThreat | null {
  for (let h = s; h < e; h++) {
    const w = tk.word(h);
    // What was done is told, not threatened: "we slaughtered them 4-0", "hij sloeg me".
    if (PAST.has(w) || (w.length > 4 && w.endsWith('ed'))) continue;
    const harm = HARM_VERBS.has(w) || HARM_RESULTS.has(w);
    const approach = !harm && APPROACH.has(w);
    if (!harm && !approach) continue;
    const sp = speaker(tk, s, e, h, approach);
    if (sp < 0) continue;
    const t = target(tk, s, e, h, approach ? TARGET_AFTER + 2 : TARGET_AFTER);
    if (t < 0) continue;
    const first = Math.min(sp, h, t);
    const last = completed(tk, Math.max(sp, h, targetEnd(tk, t, e)), e);
    if (negated(tk, first, last)) continue;
    if (harm && HARM_VERBS.has(w) && separated(tk, t, e)) continue;
    if (near(tk, first, last, (i) => BANTER_WORDS.has(tk.word(i)))) continue;
    if (approach && (meeting(tk, Math.max(h, t), e) || near(tk, first, last, (i) => BENIGN.has(tk.word(i))))) continue;
    if (approach && !near(tk, first, last, (i) => warningAt(tk, i) || whereabouts(tk, i, e))) continue;
    return { first, last };
  }
  return null;
}

/** The speaker of the act at h: "ik"/"we" before it (or right after it: "sla ik je"), "I" with an intent word. */
function speaker(tk: PhraseTokens, s: number, e: number, h: number, approach: boolean): number {
  // "when I catch you": seeking someone out needs a warning anyway, so the present tense will do.
  if (approach && h > s && tk.word(h - 1) === 'i') return h - 1;
  // Dutch inversion first ("sla ik hem"), so the threat starts at its own verb.
  for (let i = h + 1; i <= Math.min(e - 1, h + 2); i++) if (isSpeaker(tk, i, e) && tk.word(i) !== 'i') return i;
  for (let i = h - 1; i >= Math.max(s, h - SPEAKER_REACH); i--) if (isSpeaker(tk, i, e)) return i;
  return -1;
}

function isSpeaker(tk: PhraseTokens, i: number, e: number): boolean {
  const w = tk.word(i);
  if (!SPEAKERS.has(w)) return false;
  if (w !== 'i' && w !== 'we') return true;
  // Knowing or having found someone out needs no intent word: "I know which school your kids go to".
  if (i + 1 < e && KNOWING.has(tk.word(i + 1))) return true;
  // English: I'll, I'm going to, we're gonna; Dutch "we" stands alone ("we gaan", "we slaan").
  for (let k = i + 1; k < Math.min(e, i + 4); k++) {
    const x = tk.word(k);
    if (INTENT_EN.has(x)) return true;
    if (!INTENT_SKIP.has(x)) return w === 'we';
  }
  return false;
}

/** The person the act at h is aimed at, the nearer one either side: a pronoun, "die vent", "that landlord's", "your shop"; -1 if none. */
function target(tk: PhraseTokens, s: number, e: number, h: number, after: number): number {
  let a = -1;
  // After the act: no object of its own may come first ("break the news to you").
  for (let i = h + 1; i <= Math.min(e - 1, h + after); i++) {
    if (OBJECT_OPENERS.has(tk.word(i))) break;
    if (isTarget(tk, i, e)) {
      if (!given(tk, i, e)) a = i;
      break;
    }
  }
  // Before it (Dutch: "ik ga je … slaan", "jou pak ik"), with no object of its own between.
  let b = -1;
  for (let i = h - 1; i >= Math.max(s, h - TARGET_BEFORE) && (a < 0 || h - i < a - h); i--) {
    if (isTarget(tk, i, e)) {
      let free = !given(tk, i, e);
      for (let k = i + 1; k < h && free; k++) if (OBJECT_OPENERS.has(tk.word(k)) && !POSSESSIONS.has(tk.word(k + 1))) free = false;
      if (free) b = i;
      break;
    }
  }
  return b >= 0 ? b : a;
}

/** The last word of the target at t: the thing owned ("your little shop"), the person named ("that landlord's"). */
function targetEnd(tk: PhraseTokens, t: number, e: number): number {
  const w = tk.word(t);
  if (TARGET_POSS.has(w) || w === 'n') for (let k = t + 1; k < Math.min(e, t + 3); k++) if (POSSESSIONS.has(tk.word(k)) || WHEREABOUTS.has(tk.word(k))) return k;
  if (POINTERS.has(w)) return t;
  if (PERSON_NOUNS.has(w) && t + 1 < e && tk.word(t + 1) === 's') return t + 1;
  return t;
}

/** The threat's span runs on to the result or body part that completes it: "Ik breek hem in tweeen", "lay him out cold". */
function completed(tk: PhraseTokens, last: number, e: number): number {
  let end = last;
  for (let k = last + 1; k < Math.min(e, last + 7); k++) if (HARM_RESULTS.has(tk.word(k)) || (BODY_PARTS.has(tk.word(k)) && (TARGET_POSS.has(tk.word(k - 1)) || tk.word(k - 1) === 's' || tk.word(k - 1) === 'n'))) end = k;
  return end;
}

/**
 * A threat phrase from the lexicon read kindly in its sentence: a gift after the person ("I'll
 * hunt you down a copy"), a place to meet ("I'll find you at the registration desk"), or a kind
 * purpose and no word of harm ("ik weet waar je woont, dus ik kom een taart brengen").
 */
export function kindReading(tk: PhraseTokens, first: number, last: number): boolean {
  const sentence = tk.sentence(first);
  let e = last + 1;
  while (e < tk.count && tk.sentence(e) === sentence) e++;
  let s = first;
  while (s > 0 && tk.sentence(s - 1) === sentence) s--;
  // The gift comes after the whole phrase, which ends at the person ("hunt you down", "shoot you").
  const t = TARGET.has(tk.word(last)) ? last : last > first && TARGET.has(tk.word(last - 1)) && ADVERBS.has(tk.word(last)) ? last - 1 : -1;
  if (t >= 0 && given(tk, t, e, false)) return true;
  if (meeting(tk, last, e)) return true;
  let benign = false;
  for (let i = s; i < e; i++) {
    const w = tk.word(i);
    if (HARM_VERBS.has(w) || HARM_RESULTS.has(w) || HARM_NOUNS.has(w)) return false;
    if (BENIGN.has(w)) benign = true;
  }
  return benign;
}

/** Where someone is to be found: "your shift", "je auto", "your kids' school", "outside your office" — not "your address is on the invoice". */
function whereabouts(tk: PhraseTokens, i: number, e: number): boolean {
  return TARGET_POSS.has(tk.word(i)) && i + 1 < e && WHEREABOUTS.has(tk.word(i + 1)) && !(i + 2 < e && COPULAS.has(tk.word(i + 2)));
}
const COPULAS = new Set(['is', 'are', 'was', 'were', 'zijn', 'waren']);

/**
 * A Dutch verb of violence with an innocent particle after the person, and no harm to follow:
 * "ik trap je af met een introductie" (kick off), "ik sla die klant even over" (skip), "sla je voorstel op".
 */
function separated(tk: PhraseTokens, t: number, e: number): boolean {
  for (let k = t + 1; k < Math.min(e, t + 4); k++) {
    if (!PARTICLES.has(tk.word(k))) continue;
    for (let j = k + 1; j < e; j++) if (HARM_RESULTS.has(tk.word(j)) || POSSESSIONS.has(tk.word(j))) return false;
    return true;
  }
  return false;
}
const PARTICLES = new Set(['af', 'over', 'op', 'aan', 'mee', 'bij', 'terug', 'toe', 'vast']);

function isTarget(tk: PhraseTokens, i: number, e: number): boolean {
  const w = tk.word(i);
  if (REFLEXIVE.has(w)) return false;
  if (TARGET.has(w)) return true;
  // "your little shop", "je baan", "zijn kop": what the person owns or lives from.
  if (TARGET_POSS.has(w) || (w === 'n' && i > 0 && tk.word(i - 1) === 'z')) for (let k = i + 1; k < Math.min(e, i + 3); k++) if (POSSESSIONS.has(tk.word(k)) || WHEREABOUTS.has(tk.word(k))) return true;
  // "die vent", "that landlord's neck".
  if (PERSON_NOUNS.has(w) && i > 0 && POINTERS.has(tk.word(i - 1))) return true;
  return false;
}

/**
 * The person receives something, or "je" owns it: "shoot you an email", "hunt you down a copy",
 * "ik schiet je zo de locatie", "ik sla je voorstel op" — not "een klap", "de tanden", "de grond in".
 */
function given(tk: PhraseTokens, i: number, e: number, owner = true): boolean {
  for (let k = i + 1; k < Math.min(e, i + 5); k++) {
    const w = tk.word(k);
    if (GIVEN.has(w) || OBJECT_OPENERS.has(w)) return !(k + 1 < e && harmful(tk.word(k + 1)));
    if (ADVERBS.has(w)) continue;
    // Dutch "je", "u", "haar" also own what follows: an unknown word after them is their thing ("je voorstel").
    if (owner && k === i + 1 && OWNERS.has(tk.word(i)) && !tk.breakBefore(k) && !FOLLOWERS.has(w) && !harmful(w) && !APPROACH.has(w)) return true;
    return false;
  }
  return false;
}

const harmful = (w: string): boolean => HARM_NOUNS.has(w) || HARM_RESULTS.has(w) || HARM_VERBS.has(w) || POSSESSIONS.has(w);
/** Words that may stand between the person and the rest of the threat. */
const ADVERBS = new Set(['down', 'even', 'wel', 'zo', 'nog', 'straks', 'morgen', 'eens', 'effe', 'meteen', 'gewoon', 'echt', 'helemaal', 'persoonlijk', 'zelf', 'nu', 'dan', 'ook', 'maar', 'allemaal', 'flink', 'goed', 'keihard', 'hard', 'vanavond', 'vannacht', 'tonight', 'tomorrow', 'now', 'so', 'really', 'properly', 'personally', 'myself']);
/** Pronouns that are also possessives in Dutch. */
const OWNERS = new Set(['je', 'u', 'haar', 'jullie', 'hun']);
/** Words after such a pronoun that show it is the object: a preposition, a conjunction, a particle. */
const FOLLOWERS = new Set(['in', 'op', 'tegen', 'voor', 'door', 'over', 'van', 'uit', 'naar', 'met', 'bij', 'onder', 'als', 'want', 'en', 'dat', 'tot', 'voordat', 'zodat', 'te', 'er', 'eruit', 'eraf', 'neer', 'af', 'om', 'waar', 'wanneer', 'where', 'when', 'if', 'and', 'te', 'stuk', 'zo', 'wat', 'iets']);

/** Seeking someone out at a place to meet: "I'll find you at the registration desk". */
function meeting(tk: PhraseTokens, from: number, e: number): boolean {
  for (let k = from + 1; k < Math.min(e, from + 6); k++) if (MEETING.has(tk.word(k)) && k + 2 < e + 1) {
    for (let j = k + 1; j < Math.min(e, k + 4); j++) if (MEETING_PLACE.has(tk.word(j))) return true;
  }
  return false;
}

function negated(tk: PhraseTokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (NEGATIONS.has(tk.word(i))) return true;
  return false;
}

/** A word within CONTEXT words of [first, last], in the same or a neighbouring sentence, passes `test`. */
function near(tk: PhraseTokens, first: number, last: number, test: (i: number) => boolean): boolean {
  const from = Math.max(0, first - CONTEXT);
  const to = Math.min(tk.count - 1, last + CONTEXT);
  for (let i = from; i <= to; i++) if (test(i)) return true;
  return false;
}

/** A warning starts at word i. */
function warningAt(tk: PhraseTokens, i: number): boolean {
  const seqs = WARNING_SEQ.get(tk.word(i));
  if (!seqs) return false;
  return seqs.some((seq) => seq.every((p, k) => i + k < tk.count && tk.word(i + k) === p));
}
