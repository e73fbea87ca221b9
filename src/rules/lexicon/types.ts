// The shape of a lexicon entry. Lexicons are curated data written for this
// project (no word lists copied from elsewhere); word forms are generated from them when they are compiled.
import type { Lang } from '../types.ts';

export const KINDS = [
  'insult',
  'slur-ableist',
  'slur-racist',
  'slur-homophobic',
  'sexual',
  'profanity',
  'disease-curse',
  'threat',
  'generalisation',
] as const;
export type Kind = (typeof KINDS)[number];

/** How a word inflects; drives the generated forms. */
export type Pos = 'noun' | 'adj' | 'verb' | 'fixed';

export interface LexEntry {
  /** Base form, lowercase; may hold several words ("stuk vreten"). */
  term: string;
  kind: Kind;
  /** 0–1: how likely the word is meant offensively when it appears without context. Reported at ≥ 0.5. */
  sureness: number;
  lang: Lang;
  pos: Pos;
  /** Forms that generation misses (irregular plurals, spelling variants). */
  forms?: string[];
  /** Generated forms that are ordinary words and must not be matched ("pikken": to steal). */
  notForms?: string[];
  /** Dutch: the word may end a compound ("randdebiel", "kankerlijer"). */
  head?: boolean;
  /** Only as the end of a compound ("lijer" alone is not a word), and only after a curse ("teringlijer", not "uitglijer"). */
  headOnly?: boolean;
  /** Whole words that end in this head and are innocent ("verhoer": an interrogation). */
  notIn?: string[];
  /** Ambiguous: needs a word aimed at a person next to it ("die eikel", "what a dick"). */
  person?: boolean;
  /** Also an ordinary word in the other language ("douche": shower): only this language's person words count. */
  homograph?: boolean;
  /** Also a name or demonym: written with a capital inside a sentence it is the innocent reading. */
  name?: boolean;
  /** Words within a few words of the hit that give the innocent reading (acorns: "kastanjes"). */
  innocent?: string[];
  /** Words right before it that make it another word ("het ASO": Belgian secondary school, not "een aso"). */
  notAfter?: string[];
  /** Only when it opens a clause ("kanker op met je spam", not "invloed van kanker op"). */
  clause?: boolean;
  /** A phrase pattern whose words may be separated by commas and other punctuation within a sentence. */
  loose?: boolean;
  /** A negation between the words cancels it ("I would never hurt you"). */
  noNegation?: boolean;
  /** A mild curse ("damn", "kloten"): reported as a note, not a warning. */
  mild?: boolean;
  /** A neutral alternative to offer, in the entry's language. */
  alt?: string;
  /** Real post snippets that must be flagged; the tests run every one. */
  bad?: string[];
  /** Snippets with the innocent reading that must stay quiet. */
  ok?: string[];
}

/** Shorthand used by the lexicon files: e('eikel', 'insult', 0.4, { person: true }). */
export type EntryOptions = Partial<Omit<LexEntry, 'term' | 'kind' | 'sureness' | 'lang'>>;

export const entryMaker =
  (lang: Lang) =>
  (term: string, kind: Kind, sureness: number, opts: EntryOptions = {}): LexEntry => ({
    term,
    kind,
    sureness,
    lang,
    pos: opts.pos ?? (term.includes(' ') ? 'fixed' : 'noun'),
    ...opts,
  });

/** A productive curse prefix: "kanker" + any word is a curse, except medical compounds. */
export interface CursePrefix {
  prefix: string;
  kind: Kind;
  sureness: number;
  lang: 'nl' | 'en';
  /** Compounds with these word starts are innocent ("kankeronderzoek"). */
  innocentHeads?: string[];
  /** Only these heads make a curse ("pestpokken", not "pesten"). */
  onlyHeads?: string[];
  /** Replacement for the prefix in the neutral alternative ("kankerdag" → "rotdag"). */
  alt?: string;
}

/** What one surface form in the matcher stands for. */
export interface Surface {
  entries: LexEntry[];
  prefix?: CursePrefix;
  /** Only a match when the post repeated letters ("klotzak" from "kloooootzak"). */
  collapsedOnly?: boolean;
}
