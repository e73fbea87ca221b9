// The pack's lists as matchers, compiled once per effective pack and shared by
// every rule that reads them (client-name, confidential-term, the disclaimer rule,
// `{client}`/`{org}`/`{confidential}` in phrase patterns): a 10,000-client pack
// compiles its trie once, and a post is searched for clients once.
import { postTokens } from '../lexicon/index.ts';
import { VENUE_NOUNS } from '../lexicon/classes/firm.ts';
import type { PhraseTokens } from '../lexicon/phrase/tokens.ts';
import type { EffectivePack, Sourced } from '../merge.ts';
import type { NamedEntry } from '../schema/pack.ts';
import { COMMON_WORDS } from './common-words.ts';
import { type FoldedText, foldTerm, perText } from './fold.ts';
import { readsAsName, readsAsPlace } from './name-evidence.ts';
import { acronyms, distinctiveShortForm, handleTerm, ORG_OPTIONS, stripLegal } from './names.ts';
import { isOrdinary, type MatchMode, modeFor } from './ordinary.ts';
import { compileTerms, type TermMatch, type TermMatcher, type TermOptions, type TermSpec } from './terms.ts';

/** An entry of the pack, and how the form that matched is matched (ordinary.ts). */
export interface Listed {
  entry: Sourced<NamedEntry>;
  mode: MatchMode;
}

/** The pack lists phrase patterns can name: `{client}`, `{org}`, `{confidential}`. */
export const PACK_LISTS = ['client', 'org', 'confidential'] as const;
export type PackList = (typeof PACK_LISTS)[number];

// Dutch glues words together: "schadelast" lives on in "schadelastcijfers".
const CONFIDENTIAL_OPTIONS: TermOptions = { joined: true, tail: 'compound', inflect: 'nl' };

// "Project Noordster" is also "het Noordster-project" / "#noordsterproject", and with another
// word of the same kind "het Noordster-programma" / "the Noordster programme"; the name alone is not.
const KINDS = [
  'project',
  'projekt',
  'operation',
  'operatie',
  'programma',
  'programme',
  'program',
  'plan',
  'traject',
  'pilot',
  'initiatief',
  'initiative',
];
const KIND_WORD = new RegExp(`^(${KINDS.join('|')})\\s+(.+)$`, 'i');
const reversed = (term: string): string[] => {
  const m = KIND_WORD.exec(term.trim());
  if (!m) return [];
  const written = m[1]!.toLowerCase();
  return [...KINDS.map((k) => `${m[2]} ${k}`), ...KINDS.filter((k) => k !== written).map((k) => `${k} ${m[2]}`)];
};

export interface Lists {
  client: TermMatcher<Listed> | null;
  confidential: TermMatcher<Listed> | null;
  /** The employer's names, acronyms and handles; the entry's name is the name to show. */
  org: TermMatcher<Listed> | null;
}

const cache = new WeakMap<EffectivePack, Partial<Lists>>();

export function packList<K extends PackList>(pack: EffectivePack, list: K): Lists[K] {
  let lists = cache.get(pack);
  if (!lists) cache.set(pack, (lists = {}));
  if (!(list in lists)) (lists as Record<string, unknown>)[list] = build(pack, list);
  return lists[list] as Lists[K];
}

function build(pack: EffectivePack, list: PackList): TermMatcher<unknown> | null {
  if (list === 'client') {
    const specs: TermSpec<Listed>[] = [];
    for (const c of pack.clients) if (c.severity !== 'off') specs.push(...clientTerms(c));
    return specs.length ? compileTerms(specs) : null;
  }
  if (list === 'confidential') {
    const specs: TermSpec<Listed>[] = [];
    for (const c of pack.confidential) {
      if (c.severity === 'off') continue;
      for (const term of [c.name, ...(c.aliases ?? [])])
        specs.push({
          term,
          data: { entry: c, mode: modeFor(term, c.match) },
          options: { ...CONFIDENTIAL_OPTIONS, variants: reversed(term) },
        });
      for (const h of c.handles ?? []) specs.push({ term: h.replace(/^[@#]+/, ''), data: { entry: c, mode: 'any' } });
    }
    return specs.length ? compileTerms(specs) : null;
  }
  const names = pack.organization.names;
  if (names.length === 0 && pack.organization.handles.length === 0) return null;
  const specs: TermSpec<Listed>[] = [];
  for (const n of names) {
    specs.push(...clientTerms(n));
    // Acronyms are matched in capitals only ("VDP"), by the matcher itself.
    for (const a of acronyms(stripLegal(n.name) || n.name))
      specs.push({ term: a, data: { entry: n, mode: 'any' }, options: { upper: true, tail: 'possessive' } });
  }
  const display = names[0] ?? pack.organization.handles[0]!;
  for (const h of pack.organization.handles) {
    specs.push({ term: handleTerm(h.name), data: { entry: display, mode: 'any' }, options: { tail: 'possessive' } });
    specs.push({ term: handleTerm(h.name), data: { entry: display, mode: 'any' }, options: ORG_OPTIONS });
  }
  return compileTerms(specs);
}

/** An organisation's names, aliases, short forms and handles, each with how it is matched. */
function clientTerms(c: Sourced<NamedEntry>): TermSpec<Listed>[] {
  const out: TermSpec<Listed>[] = [];
  const names = [c.name, ...(c.aliases ?? [])].map((n) => stripLegal(n) || n);
  for (const base of names)
    out.push({ term: base, data: { entry: c, mode: modeFor(base, c.match) }, options: ORG_OPTIONS });
  // A name the admin listed wins over the same words cut from a longer name.
  const listed = new Set(names.map(foldTerm));
  for (const base of names) {
    const short = distinctiveShortForm(base);
    if (!short || listed.has(foldTerm(short))) continue;
    listed.add(foldTerm(short));
    // One plain word cut from a longer name needs the context of a company around it.
    out.push({
      term: short,
      data: { entry: c, mode: short.includes(' ') || c.match === 'any' ? modeFor(short, c.match) : shortMode(short) },
      options: ORG_OPTIONS,
    });
  }
  for (const h of c.handles ?? [])
    out.push({ term: handleTerm(h), data: { entry: c, mode: 'any' }, options: { tail: 'possessive' } });
  return out;
}

const shortMode = (form: string): MatchMode => (modeFor(form, undefined) === 'any' ? 'any' : 'short');

/** Per-text keys of mentions(), by matcher (findOnce keys by the matcher itself). */
const mentionKeys = new WeakMap<TermMatcher<Listed>, object>();

/**
 * The entries of a pack list the post names: every match of a form matched anywhere, and
 * of an ordinary-word form only where it reads as a name. Once per post and list.
 */
export function mentions(pack: EffectivePack, list: PackList, folded: FoldedText, text: string): TermMatch<Listed>[] {
  const matcher = packList(pack, list);
  if (!matcher) return [];
  let key = mentionKeys.get(matcher);
  if (!key) mentionKeys.set(matcher, (key = {}));
  return perText(folded, key, () =>
    findOnce(matcher, folded, text).filter(
      (m) =>
        !surnameOfPerson(text, m.start) &&
        !lowercaseAfterParticle(text, m) &&
        (list === 'confidential' || !anotherVenue(pack, list, postTokens(text, folded), text, m)) &&
        (m.data.mode === 'any' ||
          readsAsName(postTokens(text, folded), text, m, m.data.mode) ||
          (list === 'org' && distinctName(postTokens(text, folded), text, m))) &&
        // A client's short form named after a place: "zeilen rond Kaap Hoorn" is the cape.
        !(list === 'client' && isShortForm(m) && readsAsPlace(postTokens(text, folded), m)),
    ),
  );
}

/**
 * The employer's own one-word name that is no everyday word ("Korenhof", "Strandhaven") names
 * the employer wherever it is written with a capital: opening a sentence ("Korenhof, no
 * contest") and before a place ("Strandhaven Scheveningen", a branch) too. Not after another
 * capitalised word: "Camping De Korenhof", "Piet Brugman" are other names.
 */
function distinctName(tk: PhraseTokens, text: string, m: TermMatch<Listed>): boolean {
  const written = text.slice(m.start, m.end);
  if (m.data.mode !== 'name' || !/^\p{Lu}[\p{L}\p{N}]*$/u.test(written)) return false;
  const w = foldTerm(written);
  if (isOrdinary(w) || COMMON_WORDS.nl.has(w) || COMMON_WORDS.en.has(w)) return false;
  const first = tk.at(m.start);
  if (first <= 0 || first >= tk.count || tk.breakBefore(first)) return true;
  return !(tk.cap(first - 1) && /^[ \t]+$/.test(text.slice(tk.end(first - 1), tk.start(first))));
}

/**
 * "Café De Zwaluw", "op de camping De Zwaluw", "the Pelican pub": a kind of place written right
 * before the name that is not in the organisation's own names ("Schoonmaakbedrijf De Zwaluw")
 * makes it another place of the same name. A handle or hashtag is always the listed one.
 */
function anotherVenue(pack: EffectivePack, list: PackList, tk: PhraseTokens, text: string, m: TermMatch<Listed>): boolean {
  if (m.sigil) return false;
  const first = tk.at(m.start);
  if (first <= 0 || first >= tk.count || !/^[ \t]+$/.test(text.slice(tk.end(first - 1), tk.start(first)))) return false;
  const kind = tk.word(first - 1);
  if (!VENUE_NOUNS.has(kind)) return false;
  const e = m.data.entry;
  const own = list === 'org' ? pack.organization.names.map((n) => n.name) : [e.name, ...(e.aliases ?? [])];
  return !own.some((n) => foldTerm(n).includes(kind));
}

/** The form found is shorter than the entry's full name (an alias or a short form cut from it). */
function isShortForm(m: TermMatch<Listed>): boolean {
  // Per entry and form, once: folding two names per match was 1 % of a check (issue #19 profile).
  let forms = SHORT.get(m.data.entry);
  if (!forms) SHORT.set(m.data.entry, (forms = new Map()));
  let short = forms.get(m.term);
  if (short === undefined) forms.set(m.term, (short = foldTerm(m.term) !== foldTerm(stripLegal(m.data.entry.name) || m.data.entry.name)));
  return short;
}
const SHORT = new WeakMap<object, Map<string, boolean>>();

/** Leading surname particles of a name as written: "Van ", "van den ", "De ", "ter ". */
const LEADING_PARTICLES = /^(?:(?:van|de|der|den|ter|ten|te|het|von|vander|op|in|[’']t)[ \t-]+)+/iu;

/**
 * "van loon", "de graaf", "ter horst" in lowercase are words ("van loon tot loon", "de graaf van
 * Bentheim"), not the organisations "Van Loon" or "De Graaf Kaas": after its particles, a name
 * is written with a capital. Hashtags and handles are exempt ("#vanloon").
 */
function lowercaseAfterParticle(text: string, m: TermMatch<Listed>): boolean {
  if (m.sigil) return false;
  const written = text.slice(m.start, m.end);
  const particles = LEADING_PARTICLES.exec(written);
  if (!particles) return false;
  const next = written.charAt(particles[0].length);
  return next !== '' && next !== next.toUpperCase();
}

/** A Dutch surname particle as written in a person's full name: lowercase after the given name. */
const PARTICLE = /^(?:van|de|der|den|ten|ter|te|von|vander)[ \t]/u;
const GIVEN_NAME_BEFORE = /(?:^|[^\p{L}\p{N}_@#'’.-])(\p{Lu}[\p{Ll}'’-]+)[ \t]+$/u;

/**
 * "opa Kees van Loon", "Jan van der Meulen gaat met pensioen": a name that starts with a
 * lowercase particle right after a capitalised word that is not an everyday word is a person's
 * surname, not the organisation "Van Loon" or "Van der Meulen Agro" ("bij van Loon", "Bij de
 * Passage" and "Welkom bij Van Loon" stay names).
 */
function surnameOfPerson(text: string, start: number): boolean {
  // Both patterns below need a space or tab right before the name (not so after a line start,
  // "#", "(" or a quote): no slices and regular expressions then.
  const gap = text.charCodeAt(start - 1);
  if (gap !== 32 && gap !== 9) return false;
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  if (title && TITLES.has(title[1]!.toLowerCase())) return true;
  if (!PARTICLE.test(text.slice(start, start + 7))) return false;
  const before = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return !COMMON_WORDS.nl.has(word) && !COMMON_WORDS.en.has(word) && !PARTICLE_OPENERS.has(word);
}

/** A title or kinship word right before a name makes it a person: "juf Albers", "Dr. Vink", "oom Jansen". */
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.?[ \t]+$/u;
const TITLES = new Set(
  (
    'meneer mevrouw mevr dhr heer juf juffrouw meester dokter dr prof professor ir ing mr drs pastoor dominee ' +
    'burgemeester wethouder oom tante opa oma neef nicht buurman buurvrouw collega ' +
    'mrs ms miss mister sir madam dame lady lord professor uncle aunt auntie grandma grandpa granny nan coach'
  ).split(' '),
);

/** Capitalised sentence openers before a name that are not given names ("Door de Passage", "Over de Sleutel"). */
const PARTICLE_OPENERS = new Set(
  'bij door over onder naar voor met via dankzij namens sinds tot tegen zonder achter naast langs binnen buiten richting welkom hallo hoi dag beste lieve groeten gefeliciteerd proficiat bedankt thanks dear hi hello welcome congrats congratulations'.split(
    ' ',
  ),
);

/** matcher.find over the whole post, once per post and matcher. */
export const findOnce = <T>(matcher: TermMatcher<T>, folded: FoldedText, text: string): TermMatch<T>[] =>
  perText(folded, matcher, () => matcher.find(folded, text));
