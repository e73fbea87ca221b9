// Reading an organisation's name from the words right after (or before) a phrase
// such as "onze klant" / "our client": a run of capitalised words, with "&", small
// name particles ("de", "van", "'t") and legal forms. Only a short window is read,
// never the whole post.
import type { PhraseTokens } from '../lexicon/phrase/tokens.ts';
import type { SpanHit, SpanIndex } from '../lexicon/sequence.ts';
import { LEGAL_FORM_WORD } from './legal-forms.ts';

const PARTICLES = new Set(['&', 'de', 'van', 'der', 'den', 'het', "'t", '’t', 'en', 'and', 'of', 'the', 'von', 'du', 'la', 'le', 'y', '+']);
/** Capitalised words that start sentences or address people, not organisation names. */
const NOT_A_NAME = new Set(
  (
    'ik we wij jij je u hij zij ze het dit dat deze die er een de en maar ook vandaag morgen gisteren nu hier daar wat wie waarom hoe ' +
    'i we you he she they it this that these those a an the and but also today tomorrow yesterday now here there what who why how ' +
    'meneer mevrouw mr mrs ms dr team welkom welcome thanks thank bedankt dank proficiat gefeliciteerd congrats congratulations ' +
    'signed getekend shoutout trots proud great mooi iedereen niemand iemand everyone everybody nobody someone somebody ' +
    'mensen people klanten clients customers collegas colleagues wij jullie zij men wie ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december'
  ).split(' '),
);

/** "our Customer Success team", "klant Service": a department, not an organisation. */
const DEPARTMENT = new Set(
  ('success service services support care experience relations relationship portal day days journey satisfaction team teams desk ' +
    'centre center advisory board id nps base list data feedback meeting meetings event events review reviews story stories')
    .split(' '),
);

const MAX_WORDS = 7;
const TOKEN = /[^\s]+/y;
const WORD_END = /[,;:!?)"”’]+$|(?<!\b\p{L})\.$|[^\p{L}\p{N}.&'’+]+$/u;
const GAP = /[ \t\u00a0]+/y;

export interface NameSpan {
  start: number;
  end: number;
}

const isCap = (w: string): boolean => {
  // ASCII first (most words): a capital is a letter; anything else but a digit is no capital.
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !(c >= 48 && c <= 57)) return false;
  return /^[\p{Lu}\d]/u.test(w) && /\p{L}/u.test(w);
};
/** A word ending in an ASCII letter or digit has no punctuation for WORD_END to take. */
const plainEnd = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
};
const startsCapital = (c: number, text: string, p: number): boolean =>
  c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /^[\p{Lu}\d]/u.test(text.slice(p, p + 2));

/** The organisation name starting at or after `from` (skipping ", : – like" and quotes), or null. */
export function orgNameAfter(text: string, from: number): NameSpan | null {
  let p = from;
  // Skip separators between the trigger and the name.
  for (;;) {
    while (p < text.length && /[\s,:;"“”'‘’(–—-]/.test(text[p]!)) p++;
    // Only "like", "zoals", "namelijk", "namely" are skipped: an ASCII letter other than their first ends the loop.
    const c = text.charCodeAt(p) | 0x20;
    if (c < 128 && c !== 108 && c !== 122 && c !== 110) break;
    const rest = text.slice(p, p + 8).toLowerCase();
    const m = /^(like|zoals|namelijk|namely)\b/.exec(rest);
    if (!m) break;
    p += m[1]!.length;
  }
  // A name starts with a capital or a digit: most phrases ("onze klanten zijn…") end here,
  // before any word is read.
  if (p >= text.length || !startsCapital(text.charCodeAt(p), text, p)) return null;
  // Words are read as the loop below asks for them (it usually stops after a word or two).
  const words: { s: number; e: number; w: string; stop: boolean }[] = [];
  let more = true;
  TOKEN.lastIndex = p;
  const word = (i: number) => {
    let m: RegExpExecArray | null;
    while (more && words.length <= i && (m = TOKEN.exec(text))) {
      const raw = m[0];
      // Sentence punctuation ends the name; "B.V." keeps its dots, "Zn," loses its comma.
      const core = plainEnd(raw) ? raw : raw.replace(WORD_END, '');
      const stop = core.length < raw.length;
      words.push({ s: m.index, e: m.index + core.length, w: core, stop });
      // Skip exactly one run of spaces (not a newline).
      GAP.lastIndex = m.index + raw.length;
      if (stop || text.slice(m.index + raw.length, m.index + raw.length + 2).includes('\n') || !GAP.test(text)) more = false;
      else TOKEN.lastIndex = GAP.lastIndex;
    }
    if (words.length <= i) more = false;
    return words[i];
  };
  let end = -1;
  let last = -1;
  for (let i = 0; i < MAX_WORDS && word(i); i++) {
    const { w, stop } = words[i]!;
    const lower = w.toLowerCase();
    if (i === 0) {
      if (!isCap(w)) return null;
      // "De Boer Agri" is a name, "De" alone (or "The team") is not.
      const next = word(1);
      if (NOT_A_NAME.has(lower.replace(/['’].*$/, '')) && !(PARTICLES.has(lower) && next && isCap(next.w) && !NOT_A_NAME.has(next.w.toLowerCase()))) return null;
      last = i;
    } else if (isCap(w) || LEGAL_FORM_WORD.test(w)) {
      last = i;
    } else if (PARTICLES.has(lower) && !stop) {
      // a particle only counts when a capitalised word follows
    } else break;
    if (stop) break;
  }
  if (last < 0 || DEPARTMENT.has(words[0]!.w.toLowerCase())) return null;
  end = words[last]!.e;
  return end > words[0]!.s ? { start: words[0]!.s, end } : null;
}

/** The organisation name ending right before `to` ("Jansen Transport, een van onze klanten"), or null. */
export function orgNameBefore(text: string, to: number): NameSpan | null {
  const windowStart = Math.max(0, to - 80);
  const before = text.slice(windowStart, to).replace(/[\s,:;(–—-]+$/u, '');
  const tokens = before.split(/(?<=\s)/);
  let start = -1;
  let pos = windowStart + before.length;
  let capsSeen = 0;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= MAX_WORDS; i--) {
    const tok = tokens[i]!;
    const w = tok.trim();
    pos -= tok.length;
    if (/[.!?]$/.test(w) && i !== tokens.length - 1 && !LEGAL_FORM_WORD.test(w)) break;
    if (isCap(w) && !NOT_A_NAME.has(w.toLowerCase())) {
      start = pos;
      capsSeen++;
    } else if (LEGAL_FORM_WORD.test(w) || (PARTICLES.has(w.toLowerCase()) && capsSeen > 0)) continue;
    else break;
  }
  if (start < 0) return null;
  const end = windowStart + before.length;
  return { start, end };
}

/**
 * `{orgname}` for phrase patterns: the organisation name starting at a word, read on
 * demand (only where a pattern asks, never for every capital of the post).
 */
export function orgNameSpans(tk: PhraseTokens, text: string): SpanIndex {
  const memo = new Map<number, SpanHit | undefined>();
  return {
    get(i) {
      if (memo.has(i)) return memo.get(i);
      let hit: SpanHit | undefined;
      if (i < tk.count && tk.cap(i)) {
        const name = orgNameAfter(text, tk.start(i));
        if (name && name.start === tk.start(i)) hit = { j: tk.at(name.end), a: name.start, b: name.end };
      }
      memo.set(i, hit);
      return hit;
    },
    keys: () => [],
  };
}

/** Common first names (Dutch and English): "Welkom aan boord, Lisa de Boer" welcomes a person. */
const FIRST_NAMES = new Set(
  (
    'anne anna annemarie bas bram daan david dennis dirk emma eva fleur floor frank hanna hanneke hans henk iris jan jasper jeroen ' +
    'ingrid karin marijke monique petra sandra saskia esther ellen bart erik gert gerrit johan kevin lucas mats milan nina ' +
    'joost jolanda joris julia kees kim koen lars laura lieke linda lisa lotte luuk maarten marco mark marieke marloes ' +
    'martijn maud max michiel mila niels noa noor pieter peter priya ruben sanne sander sara sarah sem sophie stefan ' +
    'thijs thomas tim tom wouter yara youssef zoe fatima mohammed ahmed piet klaas jaap gijs ' +
    'alex amy andrew ben chris daniel emily emma george grace hannah jack james jane jessica john josh kate laura liam ' +
    'lucy matt michael mike natalie nick oliver paul rachel rob ryan sam sophie steve tom will'
  ).split(' '),
);

/** Words that make a run of capitals an organisation: trades, legal forms, "&". */
const ORG_WORD =
  /^(?:.*(?:bouw|bedrijf|huis|centrum|groep|group|holding|techniek|installatie\w*|transport|logistiek|logistics|koeriers|diensten|services|advies|consult\w*|zorg|care|foods?|bakkerij|brouwerij|brewery|fabriek|factory|makelaardij|makelaars|accountants|advocaten|notarissen|architecten|studio|media|systems|software|solutions|labs?|energie|energy|retail|capital|partners|verzekeringen|bank|stichting|vereniging|gemeente|school|academy|academie|hotel|restaurant|garage|autobedrijf|kliniek|clinic|apotheek|fysio\w*|dental|health|pharma\w*|praktijk|slagerij|kapsalon|salon|rijschool|brasserie|winkel|organisatie|organisaties|fonds|loket|belastingdienst|belastingtelefoon|cjib|uwv|svb|kvk|ggd))$/i;

/** Titles before a person's name: "Minister Rob Jetten", "Burgemeester Halsema", "Professor Jane Smith". */
const TITLES = new Set(
  ('minister staatssecretaris burgemeester wethouder gedeputeerde commissaris koning koningin prins prinses ' +
    'professor prof dokter dominee pastoor ds ir ing mr dr drs king queen prince princess sir dame lord lady ' +
    'mayor councillor senator president governor judge rechter chef coach captain kapitein').split(' '),
);

/** "Lisa", "Lisa de Boer", "Tom Jansen", "Minister Rob Jetten": led by a common first name or a title. */
export function isPersonName(name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
  return (FIRST_NAMES.has(first) || TITLES.has(first)) && !hasOrgMarker(name);
}

/**
 * Words that make a run of capitals an award, an event or a contest rather than an
 * organisation: "we won Best Workplace of the Year", "the Dutch Design Awards selected us",
 * "we mogen het Nationaal Warmtecongres verwelkomen".
 */
const EVENT_WORD =
  /^(?:.*(?:award|awards|prijs|prize|prizes|trofee|trophy|congres|congress|festival|beurs|kampioenschap|kampioenschappen|toernooi|marathon|symposium|gala)|conference|conferentie|summit|expo|fair|week|cup|beker|race|tour|games|spelen|olympics|debat|debate|seminar|league|competitie|championship|championships|jaar|year|show|concert|loop|run)$/i;

/**
 * Whether a stretch of text names an organisation: a capitalised word that is a trade word or a
 * legal form ("Slagerij Hendriks", "Kok Bouw B.V.", "Stichting Thuiszorg Noord"). For numbers
 * an organisation gives as its own: its account, its phone line.
 */
export function namesOrganisation(snippet: string): boolean {
  for (const m of snippet.matchAll(/[\p{Lu}][\p{L}.]*/gu)) {
    const w = m[0].replace(/[^\p{L}.]/gu, '');
    if (ORG_WORD.test(w) || (LEGAL_FORM_WORD.test(w) && w.length > 1)) return true;
  }
  return false;
}

/** A common first name written with a capital: a person is named ("Bel Piet van Jansen Transport"). */
export function hasFirstName(snippet: string): boolean {
  for (const m of snippet.matchAll(/\p{Lu}\p{Ll}+/gu)) if (FIRST_NAMES.has(m[0].toLowerCase())) return true;
  return false;
}

/** A legal form or "&" in it: "Festival Events B.V." is a company whatever its name says. */
export function looksLikeCompany(name: string): boolean {
  return name.includes('&') || name.split(/\s+/).some((w) => LEGAL_FORM_WORD.test(w));
}

/** Whether a run of capitals names an award, an event or a contest ("Energy Awards", "Tour of Britain"). */
export function isEventName(name: string): boolean {
  return name.split(/\s+/).some((w) => EVENT_WORD.test(w.replace(/[^\p{L}]/gu, '')));
}

/** A trade word or legal form in it, "&", or a coined capital ("ZorgSamen"). */
function hasOrgMarker(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_WORD.test(w.replace(/[^\p{L}.]/gu, '')) || LEGAL_FORM_WORD.test(w)) || name.includes('&') || /\p{Ll}\p{Lu}/u.test(name);
}

/**
 * Whether a name read after "welkom aan boord" is an organisation, not a person: a
 * trade word or legal form in it, "&", a coined capital ("ZorgSamen"), or several
 * words that do not start with a first name.
 */
export function looksLikeOrganisation(name: string): boolean {
  const words = name.split(/\s+/);
  return hasOrgMarker(name) || (words.length >= 2 && !isPersonName(name));
}
