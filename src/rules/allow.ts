// The user's own exceptions ("always allow this"): a flagged text for one rule
// that this user has decided is fine (a sponsor run's IBAN, a client who agreed
// to be named). Compared folded and by letters and digits only, so case,
// diacritics, spacing and separators ("NL91 ABNA…", "06-1234…", "#JansenTransport")
// do not matter. Under a locked company pack there are no exceptions (EffectivePack.locked).
import { foldTerm } from './text/fold.ts';
import type { Finding } from './types.ts';

export interface AllowEntry {
  ruleId: string;
  /** The flagged words as they were shown. */
  text: string;
}

/** At most this many exceptions are kept; the oldest go first. */
export const MAX_ALLOWED = 500;

const keyOf = (ruleId: string, text: string) => `${ruleId}\u0000${foldTerm(text).replace(/[^\p{L}\p{N}]+/gu, '')}`;

export const sameAllowEntry = (a: AllowEntry, b: AllowEntry): boolean => keyOf(a.ruleId, a.text) === keyOf(b.ruleId, b.text);

/** Drops the findings the user allowed; returns the same array when nothing is allowed. */
export function applyAllowList(findings: Finding[], allowed: readonly AllowEntry[]): Finding[] {
  if (!allowed.length || !findings.length) return findings;
  const keys = new Set(allowed.map((e) => keyOf(e.ruleId, e.text)));
  return findings.filter((f) => !keys.has(keyOf(f.ruleId, f.text)));
}

/** Adds an exception (no duplicates, newest last, capped). */
export function addAllowEntry(list: readonly AllowEntry[], entry: AllowEntry): AllowEntry[] {
  const rest = list.filter((e) => !sameAllowEntry(e, entry));
  return [...rest, { ruleId: entry.ruleId, text: entry.text }].slice(-MAX_ALLOWED);
}
