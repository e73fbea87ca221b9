// Pack entries that are also plain language ("Thuis", "Helder", "Kompas", "Het
// Nieuwe Huis", "Datastroom", "Granite") or short abbreviations ("HMS", "NTS"):
// how each form of an entry is matched. An ordinary word matches only where it
// reads as a name (name-evidence.ts); a coined name ("NovaChem", "Medisource 2")
// or a name of several words matches in any case.
import type { Lang } from '../types.ts';
import { COMMON_WORDS } from './common-words.ts';
import { foldTerm } from './fold.ts';

/**
 * How a form is matched: anywhere; only as a name; as an acronym (in capitals, as a name);
 * or as the one-word short form of a longer name ("Helder" for "Helder Zorgverzekeringen"),
 * which needs the company context of a name ("bij Helder", "Helder heeft …").
 */
export type MatchMode = 'any' | 'name' | 'acronym' | 'short';

/**
 * Everyday words that also name companies and projects, Dutch and English, written
 * for this project. A name made only of these ("Het Nieuwe Huis", "Witte Was") is
 * matched as a name; a single plain word always is (it may be one we do not list).
 * By language, so `pack validate` can say in which of the pack's languages an entry is a plain word.
 */
const ORDINARY_BY_LANG: Readonly<Record<Lang, ReadonlySet<string>>> = {
  // articles and small words, then nouns and adjectives common in names
  nl: new Set(
    (
      'de het een en van der den te ten ter op in aan bij voor met ' +
      'huis thuis nieuw nieuwe oud oude groot grote klein kleine goed goede beste wit witte was zwart zwarte rood rode blauw blauwe ' +
      'groen groene geel gele licht helder snel snelle stroom data datastroom bron brug haven poort toren kompas anker stapel ' +
      'echo zon maan ster sterren noord zuid oost west horizon vonk vuur water wind land zee berg bos veld tuin hof ' +
      'bouw zorg werk kracht punt lijn plein markt winkel dienst diensten groep centrum stad dorp school kantoor hotel ' +
      'samen thuiszorg welzijn vitaal fit gezond slim slimme zeker vast vrij open eerlijk puur echt sterk ' +
      'kolibrie zwaluw meeuw zeemeeuw adelaar valk vos beer wolf leeuw tijger uil kraai merel mus ' +
      'eik linde berk wilg roos tulp lelie klaver ' +
      'duurzaam duurzame dak muur steen hout deur raam molen sleutel parel passage baken ' +
      'kaas brood melk koffie thee appel peer kiwi'
    ).split(' '),
  ),
  en: new Set(
    (
      'the a an of and for at on in to by ' +
      'home house new old big small good best white black red blue green yellow light bright clear fast quick ' +
      'stream data source bridge harbor harbour port gate tower compass anchor stack echo sun moon star north south east ' +
      'west horizon spark fire water wind land sea mountain forest field garden court build care work power point line ' +
      'square market shop service services group center centre city village school office hotel together well fit healthy ' +
      'smart safe secure free open honest pure true strong lighthouse granite cobalt orbit pinnacle meridian summit ' +
      'lantern beacon sprout seed root leaf oak pine maple rose tulip lily clover hummingbird swallow gull eagle falcon ' +
      'fox bear wolf lion tiger owl crow cheese bread milk coffee tea apple pear kiwi peak crest ridge wave tide ' +
      'river lake bay coast shore rock stone iron steel silver gold copper blue sky cloud rain snow frost storm ' +
      'sunset sunrise dawn nova prime core edge'
    ).split(' '),
  ),
};
const ORDINARY = new Set([...ORDINARY_BY_LANG.nl, ...ORDINARY_BY_LANG.en]);

/** Articles before a name ("De Passage", "Het Baken", "The Keystone"). */
export const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 't', 'the']);

/** Whether the folded word is an everyday word we know. */
export const isOrdinary = (folded: string): boolean => ORDINARY.has(folded);

/** "NovaChem", "ZorgSamen", "Area51", "B&B": written in a way ordinary words are not. */
export const isCoined = (form: string): boolean => /\p{Ll}\p{Lu}/u.test(form) || /\p{L}\d|\d\p{L}/u.test(form) || /[&+@]/.test(form);

/** Words of a form as the post's tokeniser splits them. */
const wordsOf = (form: string): string[] => foldTerm(form).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The default way to match one form of an entry: a short abbreviation in capitals
 * ("HMS", "HCV") as an acronym; one plain capitalised word, or capitalised ordinary
 * words ("Het Nieuwe Huis"), only as a name; everything else (coined names, names with
 * a surname or place, topics the admin wrote in lowercase) anywhere.
 */
export function defaultMode(form: string): MatchMode {
  const trimmed = form.trim();
  if (/^\p{Lu}{2,5}$/u.test(trimmed)) return 'acronym';
  // Written in lowercase by the admin, it is a topic ("schadelast", "fee increase"), matched in any case.
  if (isCoined(trimmed) || !/^\p{Lu}/u.test(trimmed)) return 'any';
  const words = wordsOf(trimmed);
  // An article and one word ("De Passage", "Het Baken", "The Keystone") is how plain
  // language names a thing ("door de passage", "het baken op de pier"): a name only as a name.
  const bare = ARTICLES.has(words[0]!) ? words.slice(1) : words;
  if (bare.length === 1) return 'name';
  return words.every(isOrdinary) ? 'name' : 'any';
}

/** The mode for a form given the entry's own `match` setting ("any" also lifts the acronym rule). */
export function modeFor(form: string, match: 'name' | 'any' | undefined): MatchMode {
  const mode = defaultMode(form);
  if (match === 'any') return 'any';
  if (match === 'name') return mode === 'acronym' ? 'acronym' : 'name';
  return mode;
}

/**
 * The languages (of `langs`) in which every word of the form is a plain word: one of the
 * very common words (common-words.ts) or the everyday words names are made of (above).
 * `pack validate` warns about such entries; the matcher itself needs no language.
 */
export function ordinaryIn(form: string, langs: readonly Lang[]): Lang[] {
  const words = wordsOf(form);
  if (words.length === 0) return [];
  return langs.filter((l) => words.every((w) => COMMON_WORDS[l].has(w) || ORDINARY_BY_LANG[l].has(w)));
}
