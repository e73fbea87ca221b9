// Reasons the user gave at "Post anyway" when their organisation asks for one
// (support.askReason). Kept only in this browser's storage.local, for the user's
// own reference: the reason, when, on which site and which kinds of finding —
// never the post or the flagged words.
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category, PLATFORMS, type Platform } from '../rules/types.ts';

export const REASONS_KEY = 'postReasons';
/** The newest reasons kept; older ones go. */
const MAX_REASONS = 100;
const MAX_LENGTH = 500;

export interface PostReason {
  at: number;
  site: Platform;
  categories: Category[];
  reason: string;
}

const isReason = (r: unknown): r is PostReason =>
  !!r &&
  typeof (r as PostReason).at === 'number' &&
  (PLATFORMS as readonly string[]).includes((r as PostReason).site) &&
  Array.isArray((r as PostReason).categories) &&
  (r as PostReason).categories.every((c) => (CATEGORIES as readonly string[]).includes(c)) &&
  typeof (r as PostReason).reason === 'string';

export function readReasons(stored: Record<string, unknown>): PostReason[] {
  const raw = stored[REASONS_KEY];
  return Array.isArray(raw) ? raw.filter(isReason) : [];
}

/** Keeps a non-empty reason; an empty one is not stored at all. */
export async function keepReason(r: PostReason): Promise<void> {
  const reason = r.reason.trim().slice(0, MAX_LENGTH);
  if (!reason) return;
  const list = readReasons(await browser.storage.local.get(REASONS_KEY));
  const entry: PostReason = { at: r.at, site: r.site, categories: [...new Set(r.categories)], reason };
  await browser.storage.local.set({ [REASONS_KEY]: [...list, entry].slice(-MAX_REASONS) });
}

export async function clearReasons(): Promise<void> {
  await browser.storage.local.remove(REASONS_KEY);
}
