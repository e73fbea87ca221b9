// The user's exceptions ("always allow this"), in storage.local. Only the
// flagged words and the rule they were flagged by are stored, by the user's
// own choice; never the post they came from.
import { browser } from 'wxt/browser';
import { type AllowEntry, addAllowEntry, sameAllowEntry } from '../rules/allow.ts';

export const ALLOW_LIST_KEY = 'allowList';

const isEntry = (e: unknown): e is AllowEntry =>
  !!e && typeof (e as AllowEntry).ruleId === 'string' && typeof (e as AllowEntry).text === 'string' && (e as AllowEntry).text.trim() !== '';

/** The list from a storage read (anything malformed is left out). */
export function readAllowList(stored: Record<string, unknown>): AllowEntry[] {
  const raw = stored[ALLOW_LIST_KEY];
  return Array.isArray(raw) ? raw.filter(isEntry).map(({ ruleId, text }) => ({ ruleId, text })) : [];
}

export async function allowAlways(entry: AllowEntry): Promise<void> {
  const list = readAllowList(await browser.storage.local.get(ALLOW_LIST_KEY));
  await browser.storage.local.set({ [ALLOW_LIST_KEY]: addAllowEntry(list, entry) });
}

export async function removeAllowed(entry: AllowEntry): Promise<void> {
  const list = readAllowList(await browser.storage.local.get(ALLOW_LIST_KEY));
  await browser.storage.local.set({ [ALLOW_LIST_KEY]: list.filter((e) => !sameAllowEntry(e, entry)) });
}
