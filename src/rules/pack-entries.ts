// The names and terms of a pack that flag text on their own — clients, confidential terms,
// the employer's names and handles, the terms of custom rules — each with its JSON path, and
// what validation says about them. An entry without distinctive letters is refused: a client
// "de" matched every Dutch article (7,693 findings on the dev corpus), "a", "I" and an
// invisible name are no better. An entry that is a plain word or a short abbreviation gets a
// warning that says how the linter will match it (ordinary.ts, name-evidence.ts), which does
// not make the pack invalid: the admin learns why "de stroom valt uit" is not flagged for the
// client "Stroom", or why "Stroom" in "match": "any" will flag it.
import type { Issue } from './schema/dsl.ts';
import { ENTRY_MATCH } from './schema/pack.ts';
import { stripLegal } from './text/names.ts';
import { type MatchMode, modeFor, ordinaryIn } from './text/ordinary.ts';
import { LANGS, type Lang } from './types.ts';

export interface PackEntry {
  path: string;
  text: string;
  /** A social-media handle: its leading "@" is not part of what is matched. */
  handle?: boolean;
  /**
   * A name or alias of a client, confidential term or the employer, matched as ordinary.ts says,
   * with the entry's own `match`; `legal`: its legal form is dropped first ("Stroom B.V."), as for organisations.
   */
  named?: { match?: EntryMatch; legal: boolean };
}

type Obj = Record<string, unknown>;
type EntryMatch = (typeof ENTRY_MATCH)[number];
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
/** Own properties only: a pack's keys are data, never what an object inherits. */
const own = (o: unknown, k: string): unknown => (isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined);

function strings(list: unknown, path: string, out: PackEntry[], extra: Partial<PackEntry> = {}): void {
  if (!Array.isArray(list)) return;
  list.forEach((s, i) => typeof s === 'string' && out.push({ path: `${path}[${i}]`, text: s, ...extra }));
}

/** The entry's `match` when it is a valid one (the schema reports the others). */
const matchOf = (e: unknown): EntryMatch | undefined => {
  const m = own(e, 'match');
  return (ENTRY_MATCH as readonly unknown[]).includes(m) ? (m as EntryMatch) : undefined;
};

function named(list: unknown, path: string, out: PackEntry[], legal: boolean): void {
  if (!Array.isArray(list)) return;
  list.forEach((e, i) => {
    const at = `${path}[${i}]`;
    if (typeof e === 'string') return void out.push({ path: at, text: e, named: { legal } });
    const match = matchOf(e);
    const how = { named: { legal, ...(match ? { match } : {}) } };
    const name = own(e, 'name');
    if (typeof name === 'string') out.push({ path: `${at}.name`, text: name, ...how });
    strings(own(e, 'aliases'), `${at}.aliases`, out, how);
    strings(own(e, 'handles'), `${at}.handles`, out, { handle: true });
  });
}

/** Every entry that flags text by itself; parts without the right shape are skipped (the schema reports them). */
export function packEntries(pack: unknown): PackEntry[] {
  const out: PackEntry[] = [];
  named(own(pack, 'clients'), '$.clients', out, true);
  named(own(pack, 'confidential'), '$.confidential', out, false);
  const org = own(pack, 'organization');
  strings(own(org, 'names'), '$.organization.names', out, { named: { legal: true } });
  strings(own(org, 'handles'), '$.organization.handles', out, { handle: true });
  const rules = own(pack, 'rules');
  if (Array.isArray(rules)) rules.forEach((r, i) => strings(own(r, 'terms'), `$.rules[${i}].terms`, out));
  return out;
}

const LETTER = /[\p{L}\p{N}]/u;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/**
 * Why an entry cannot be told apart from ordinary text, or null. Two letters pass only as an
 * abbreviation written in capitals ("BP", "EY", "3M"); one letter or none never does.
 */
export function indistinctProblem(entry: PackEntry): string | null {
  const text = entry.handle ? entry.text.trim().replace(/^@+/, '') : entry.text;
  const core = Array.from(text).filter((c) => LETTER.test(c));
  const shown = JSON.stringify(entry.text);
  if (core.length === 0)
    return `${shown} has no letters or digits (only spaces, punctuation or invisible characters), so it cannot be recognised in a post`;
  if (core.length === 1) return `${shown} is a single character: it would flag that letter or digit wherever it stands alone; write the name in full`;
  if (core.length === 2 && !(core.every((c) => CAPITAL_OR_DIGIT.test(c)) && core.some((c) => /\p{L}/u.test(c))))
    return `${shown} has only two letters and is not an abbreviation in capitals: it would flag that word in countless posts; write the name in full, or the abbreviation in capitals (e.g. "BP")`;
  return null;
}

/** Refusals: entries without distinctive letters. */
export function entryProblems(pack: unknown): Issue[] {
  const out: Issue[] = [];
  for (const e of packEntries(pack)) {
    const problem = indistinctProblem(e);
    if (problem) out.push({ path: e.path, message: problem });
  }
  return out;
}

const LANG_NAMES: Record<Lang, string> = { nl: 'Dutch', en: 'English' };

/**
 * How the linter matches a form in each mode, in the words of name-evidence.ts: what a
 * warning promises must be what `readsAsName` does.
 */
const HOW: Record<Exclude<MatchMode, 'any' | 'short'>, (form: string) => string> = {
  name: (form) =>
    `matched only as a name: capitalised inside a sentence ("bij ${form}"), as a hashtag or handle, or followed by a possessive, ` +
    `a verb such as "heeft"/"has" or a word such as "project"/"klant" ("${form} heeft …"); not inside another capitalised name`,
  acronym: (form) =>
    `matched only as a whole word written in capitals ("${form}", not "${form.toLowerCase()}") or as a hashtag, ` +
    `and not after an article ("the ${form}") or next to another capitalised word ("${form} Radio")`,
};

/** "an ordinary Dutch word", "ordinary Dutch and English words". */
const plainWords = (langs: readonly Lang[], words: number): string =>
  `${words > 1 ? '' : 'an '}ordinary ${langs.map((l) => LANG_NAMES[l]).join(' and ')} word${words > 1 ? 's' : ''}`;

/** The warning for a client, confidential or employer name, or null when it matches nothing by accident. */
function namedWarning(
  e: PackEntry & { named: NonNullable<PackEntry['named']> },
  langs: readonly Lang[],
): string | null {
  const form = e.named.legal ? stripLegal(e.text) || e.text : e.text;
  const mode = modeFor(form, e.named.match);
  const shown = JSON.stringify(e.text.trim());
  if (mode === 'acronym')
    return `${shown} is a short abbreviation: ${HOW.acronym(form.trim())}; set "match": "any" to match it in any case`;
  const plain = ordinaryIn(form, langs);
  if (plain.length === 0) return null;
  const several = /\s/.test(form.trim());
  const what = `${shown} ${several ? 'is made of' : 'is'} ${plainWords(plain, several ? 2 : 1)}`;
  if (mode === 'name') return `${what}: ${HOW.name(form.trim())}; set "match": "any" to match every use`;
  // "any": asked for; or written in lowercase (a topic); or a capitalised name with a word the
  // matcher does not count as name-like ("Ons Dak"): all matched in any case.
  if (e.named.match === 'any') return `${what} and has "match": "any": every use of it, in any case, will be flagged`;
  const lower = /^\p{Lu}/u.test(form.trim()) ? '' : ', written in lowercase';
  return `${what}${lower}: every use of it, in any case, will be flagged; set "match": "name" to match it only as a name`;
}

/**
 * Warnings: entries that are plain words or short abbreviations in the pack's languages (both
 * when it names none), each saying how it will be matched.
 */
export function entryWarnings(pack: unknown): Issue[] {
  const declared = own(pack, 'languages');
  const listed = Array.isArray(declared) ? LANGS.filter((l) => declared.includes(l)) : [];
  const langs = listed.length ? listed : LANGS;
  const out: Issue[] = [];
  for (const e of packEntries(pack)) {
    if (indistinctProblem(e)) continue;
    let message: string | null;
    if (e.named) message = namedWarning({ ...e, named: e.named }, langs);
    else {
      // Handles and the terms of custom rules are matched in any case, as the word itself.
      const word = e.handle ? e.text.trim().replace(/^@+/, '') : e.text.trim();
      const plain = word.includes(' ') ? [] : ordinaryIn(word, langs);
      message = plain.length
        ? `${JSON.stringify(e.text)} is also ${plainWords(plain, 1)}: every post that uses the word will be flagged`
        : null;
    }
    if (message) out.push({ path: e.path, message });
  }
  return out;
}
