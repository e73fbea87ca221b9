// Whether a pack entry that is also an ordinary word reads as a name where it was
// found: "De zorginkopers van Helder" (a name) but "alles is helder", "Kolibrie
// gespot in de tuin", "Ran Google Lighthouse" (part of another name). Cheap checks
// on the words next to the match only.
import { BUSINESS_WORDS, NAME_VERBS } from '../lexicon/classes/business.ts';
import type { PhraseTokens } from '../lexicon/phrase/tokens.ts';
import { ARTICLES as NAME_ARTICLES, type MatchMode } from './ordinary.ts';

export interface Found {
  start: number;
  end: number;
  sigil: '' | '#' | '@';
}

const hasUpper = (s: string) => s !== s.toLowerCase();
const capitalised = (s: string) => s.length > 0 && hasUpper(s[0]!);

export function readsAsName(tk: PhraseTokens, text: string, m: Found, mode: MatchMode): boolean {
  if (mode === 'any' || m.sigil) return true;
  const written = text.slice(m.start, m.end);
  const first = tk.at(m.start);
  const last = tk.at(m.end) - 1;
  if (mode === 'acronym') {
    const letters = written.replace(/[^\p{L}]/gu, '');
    if (letters !== letters.toUpperCase()) return false;
  } else if (!written.split(/[\s-]+/).every((w) => w.length < 3 || capitalised(w) || NAME_ARTICLES.has(w.toLowerCase()))) {
    // "Het nieuwe huis" is not "Het Nieuwe Huis"; but a name typed in lowercase right next to what
    // it names is still the name: "our lentekriebels campaign", "het poolster-project".
    return first < tk.count && last >= first && kindNext(tk, first, last, LOWERCASE_KINDS);
  }
  if (first >= tk.count || last < first) return true; // no words of its own (inside a handle or link): judged elsewhere
  // "het ABC van …", "the NDA": an article makes an abbreviation a common noun.
  if (mode === 'acronym' && first > 0 && !tk.breakBefore(first) && ARTICLES.has(tk.word(first - 1))) return false;
  // Next to another capitalised word it is part of a different name ("Google Lighthouse", "NTS Radio").
  if (partOfAnotherName(tk, text, first - 1, first) || partOfAnotherName(tk, text, last + 1, last + 1)) return false;
  if (mode === 'acronym') return true;
  // After an indefinite article an ordinary word is a thing or a person, not the company:
  // "a Kiwi colleague", "een Kompas", "an Echo on the shelf" (but "een Kompas-demo" below is the name).
  // A name that opens with its own capitalised article is still the name after one: "a De Zwaluw van".
  if (first > 0 && !tk.breakBefore(first) && INDEFINITE.has(tk.word(first - 1)) && !kindNext(tk, first, last, KIND_WORDS) && !ownArticle(written)) return false;
  // A possessive or what an organisation does makes a name ("Kiwi's new map", "Thuis heeft …"); a
  // copula only before what is said of an organisation, not before an article or a degree word
  // ("Northgate is a nice area", "Keystone is the word of the day").
  // … but not a scholar's or an author's idea: "Hofstede's cultuurdimensies", "Porter's five forces".
  if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return !IDEA_AFTER.test(text.slice(m.end + 2, m.end + 40));
  if (last + 1 < tk.count && !tk.breakBefore(last + 1) && NAME_VERBS.has(tk.word(last + 1)) && !(COPULAS.has(tk.word(last + 1)) && last + 2 < tk.count && NOT_AFTER_COPULA.has(tk.word(last + 2)))) return true;
  // Glued to what it names: "Poolster-shoot vandaag", "Avondrood-campagne".
  if (kindNext(tk, first, last, KIND_WORDS)) return true;
  // A short form also needs the company context around it: "de inkopers van Helder", "klant Brightwater"
  // ("the good old Northwind sample database" is not the shipping company).
  if (mode === 'short') return (first > 0 && !tk.breakBefore(first) && ORG_BEFORE.has(tk.word(first - 1))) || businessNear(tk, first, last);
  // Opening a sentence, a capital says nothing: "Granite countertops", "Kolibrie gespot";
  // but a capital further on does: "Het Baken in Lochem", "De Passage verhoogt de huur".
  if (!tk.breakBefore(first)) return true;
  for (let k = first + 1; k <= last; k++) if (tk.cap(k) && !NAME_ARTICLES.has(tk.word(k))) return true;
  return false;
}

const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an']);
/** "De Zwaluw", "Het Baken", "The Keystone" as written: an article with a capital, then a capitalised word. */
const ownArticle = (written: string): boolean => /^(?:De|Het|The)\s+\p{Lu}/u.test(written);
const INDEFINITE = new Set(['een', 'a', 'an']);
/** Ideas and works named after a person: a possessive before them is a scholar's or an author's. */
const IDEA_AFTER =
  /^\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*(?:theorie|theory|theories|model|modellen|models|dimensies|dimensions|wet|law|laws|principe|principle|methode|method|piramide|pyramid|paradox|effect|curve|boek|book|roman|novel|gedicht|poem|symfonie|symphony))\b/iu;

/** Words before a place, a mountain or a cape: "zeilen rond Kaap Hoorn", "climbing Everest". */
const PLACE_BEFORE = new Set('rond rondom richting langs around towards toward across climbing climb climbed climbs beklimmen beklom beklommen'.split(' '));
const STATE_VERBS = new Set('is was wordt werd staat blijft komt heet heeft had has are were'.split(' '));
/** Movement towards a place with an article: "op vakantie naar de Noordkaap", "a trip to the Northgate". */
const PLACE_WITH_ARTICLE = new Set('naar to in op uit door through'.split(' '));

/**
 * Whether a short form of a client reads as the place or landmark it is named after: after a
 * preposition of movement or position ("rond Kaap Hoorn", "naar de Noordkaap", "climbing Everest"),
 * with no business word close by and no verb of an organisation after it.
 */
export function readsAsPlace(tk: PhraseTokens, m: Found): boolean {
  if (m.sigil) return false;
  const first = tk.at(m.start);
  const last = tk.at(m.end) - 1;
  if (first >= tk.count || last < first || first === 0 || tk.breakBefore(first)) return false;
  const before = tk.word(first - 1);
  const place =
    PLACE_BEFORE.has(before) ||
    (ARTICLES.has(before) && first >= 2 && !tk.breakBefore(first - 1) && PLACE_WITH_ARTICLE.has(tk.word(first - 2)));
  if (!place) return false;
  // "naar Kiwi overgestapt … Kiwi launched": what an organisation does after it; a copula or
  // "staat" says as much of a cape ("Kaap Hoorn staat op mijn lijst").
  const next = last + 1 < tk.count && !tk.breakBefore(last + 1) ? tk.word(last + 1) : '';
  if (NAME_VERBS.has(next) && !STATE_VERBS.has(next)) return false;
  return !businessNear(tk, first, last);
}
const COPULAS = new Set(['is', 'was', 'wordt', 'werd', 'are', 'were']);
/** After a copula these make a description of a thing, not news of an organisation. */
const NOT_AFTER_COPULA = new Set('a an the de het een my mijn our onze so zo very erg echt really nog still niet not geen no'.split(' '));
/** What a project, campaign or client's work is called after its name ("Poolster-shoot", "Zaakwijs-demo"). */
const KIND_WORDS = new Set(
  'project projecten campagne campagnes campaign campaigns launch lancering pitch deck shoot fotoshoot rebrand rebranding operatie operation programma programme team klant client account dossier deal demo implementatie migratie'.split(' '),
);
/** Only these make a name typed in lowercase ("our lentekriebels campaign"; not "m'n kompas-app"). */
const LOWERCASE_KINDS = new Set('project campagne campaign launch lancering pitch deck shoot fotoshoot rebrand rebranding operatie operation'.split(' '));

/** The word after the match is one of `kinds`, written right after it (a space or a hyphen) in the same sentence. */
function kindNext(tk: PhraseTokens, first: number, last: number, kinds: ReadonlySet<string>): boolean {
  const k = last + 1;
  return first <= last && k < tk.count && !tk.breakBefore(k) && tk.joined(k) && kinds.has(tk.word(k));
}

/** Words before an organisation's name: "bij Helder", "met Kiwi", "at Brightwater". */
const ORG_BEFORE = new Set('bij van met voor naar door aan via at with for from by to of via'.split(' '));

/** A business word within three words in the same sentence ("klant Thuis", "het contract met Sprout"). */
function businessNear(tk: PhraseTokens, first: number, last: number): boolean {
  const s = tk.sentence(first);
  for (let k = Math.max(0, first - 3); k <= Math.min(tk.count - 1, last + 3); k++) {
    if (k >= first && k <= last) continue;
    if (tk.sentence(k) === s && BUSINESS_WORDS.has(tk.word(k))) return true;
  }
  return false;
}

/** Word k is a capitalised word right next to the match (only spaces between), not opening the sentence. */
function partOfAnotherName(tk: PhraseTokens, text: string, k: number, boundary: number): boolean {
  if (k < 0 || k >= tk.count || boundary <= 0 || boundary >= tk.count || tk.breakBefore(boundary)) return false;
  if (!/^[ \t]+$/.test(text.slice(tk.end(boundary - 1), tk.start(boundary)))) return false;
  return tk.cap(k) && !tk.breakBefore(k);
}
