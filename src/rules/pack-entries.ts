// The names and terms of a pack that flag text on their own — clients, confidential terms,
// the employer's names and handles, the terms of custom rules — each with its JSON path, and
// what validation says about them. An entry without distinctive letters is refused: a client
// "de" matched every Dutch article (7,693 findings on the dev corpus), "a", "I" and an
// invisible name are no better. An entry that is a common word gets a warning, which does
// not make the pack invalid.
import type { Issue } from './schema/dsl.ts';
import { commonIn } from './text/common-words.ts';
import { foldTerm } from './text/fold.ts';
import { LANGS, type Lang } from './types.ts';

export interface PackEntry {
  path: string;
  text: string;
  /** A social-media handle: its leading "@" is not part of what is matched. */
  handle?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
/** Own properties only: a pack's keys are data, never what an object inherits. */
const own = (o: unknown, k: string): unknown => (isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined);

function strings(list: unknown, path: string, out: PackEntry[], handle = false): void {
  if (!Array.isArray(list)) return;
  list.forEach((s, i) => typeof s === 'string' && out.push({ path: `${path}[${i}]`, text: s, ...(handle ? { handle } : {}) }));
}

function named(list: unknown, path: string, out: PackEntry[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((e, i) => {
    const at = `${path}[${i}]`;
    if (typeof e === 'string') return void out.push({ path: at, text: e });
    const name = own(e, 'name');
    if (typeof name === 'string') out.push({ path: `${at}.name`, text: name });
    strings(own(e, 'aliases'), `${at}.aliases`, out);
    strings(own(e, 'handles'), `${at}.handles`, out, true);
  });
}

/** Every entry that flags text by itself; parts without the right shape are skipped (the schema reports them). */
export function packEntries(pack: unknown): PackEntry[] {
  const out: PackEntry[] = [];
  named(own(pack, 'clients'), '$.clients', out);
  named(own(pack, 'confidential'), '$.confidential', out);
  const org = own(pack, 'organization');
  strings(own(org, 'names'), '$.organization.names', out);
  strings(own(org, 'handles'), '$.organization.handles', out, true);
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

/** Warnings: entries that are common words in the pack's languages (both when it names none). */
export function entryWarnings(pack: unknown): Issue[] {
  const declared = own(pack, 'languages');
  const langs = Array.isArray(declared) ? LANGS.filter((l) => declared.includes(l)) : [];
  const out: Issue[] = [];
  for (const e of packEntries(pack)) {
    if (indistinctProblem(e)) continue;
    const word = foldTerm(e.handle ? e.text.trim().replace(/^@+/, '') : e.text).trim();
    const common = commonIn(word, langs.length ? langs : LANGS);
    if (common.length)
      out.push({
        path: e.path,
        message: `${JSON.stringify(e.text)} is also a common ${common.map((l) => LANG_NAMES[l]).join(' and ')} word: every post that uses the word will be flagged`,
      });
  }
  return out;
}
