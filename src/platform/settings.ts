// What the options page and the popup read and write: the user's own additions
// (clients and terms only — never draft text), per-site switches, and the policy
// status the background keeps. The effective layers are composed by the same
// pure function the background uses (policyLayers), so both see the same rules.
import { browser } from 'wxt/browser';
import type { AllowEntry, Layer, Pack, Platform } from '../rules/index.ts';
import { ALLOW_LIST_KEY, readAllowList } from './allow-list.ts';
import { type PostReason, REASONS_KEY, readReasons } from './reasons.ts';
import { PLATFORMS } from '../rules/index.ts';
import { policyLayers, siteState, type SiteState } from '../rules/policy/layers.ts';
import type { PolicySettings } from '../rules/policy/model.ts';
import type { Issue } from '../rules/schema/dsl.ts';
import { DEFAULT_REFRESH_MINUTES } from '../rules/policy/schema.ts';
import { checkPack, checkUserPack, PRIVATE_CHATS_KEY, privateChatsOn, SITE_SETTINGS_KEY, USER_PACK_KEY } from './packs.ts';
import { POLICY_CACHE_KEY, POLICY_STATUS_KEY, type PolicyCache, type PolicyStatus } from './policy.ts';

export type SiteSettings = Partial<Record<Platform, boolean>>;

export interface SettingsSnapshot {
  policy?: PolicyStatus;
  company?: Pack;
  settings: PolicySettings;
  userPack?: Pack;
  /** Set when the stored user pack does not pass the checks (the background then leaves it out). */
  userPackError?: Issue;
  sites: Record<Platform, SiteState>;
  /** Private chats checked too: the admin's setting (locked) or the user's (default off). */
  privateChats: SiteState;
  layers: Layer[];
  /** The user's exceptions ("always allow"). */
  allowed: AllowEntry[];
  /** Reasons given at "Post anyway" (only when the organisation asks for them). */
  reasons: PostReason[];
}

const WATCHED = [POLICY_CACHE_KEY, POLICY_STATUS_KEY, USER_PACK_KEY, SITE_SETTINGS_KEY, ALLOW_LIST_KEY, REASONS_KEY, PRIVATE_CHATS_KEY];
const DEFAULT_SETTINGS: PolicySettings = { lockUserRules: false, sites: {}, refreshMinutes: DEFAULT_REFRESH_MINUTES };

export async function readSettings(): Promise<SettingsSnapshot> {
  const got = await browser.storage.local.get(WATCHED);
  const cache = got[POLICY_CACHE_KEY] as PolicyCache | undefined;
  const policy = got[POLICY_STATUS_KEY] as PolicyStatus | undefined;
  const settings = policy?.settings ?? cache?.settings ?? DEFAULT_SETTINGS;
  const rawUser = got[USER_PACK_KEY];
  const userPackError = rawUser == null ? undefined : checkUserPack(rawUser, `storage.local.${USER_PACK_KEY}`, cache?.pack);
  const userPack = rawUser != null && !userPackError ? (rawUser as Pack) : undefined;
  const userSites = (got[SITE_SETTINGS_KEY] ?? {}) as SiteSettings;
  const sites = Object.fromEntries(PLATFORMS.map((p) => [p, siteState(p, settings, userSites)])) as Record<Platform, SiteState>;
  const company = cache?.pack;
  return {
    ...(policy ? { policy } : {}),
    ...(company ? { company } : {}),
    settings,
    ...(userPack ? { userPack } : {}),
    ...(userPackError ? { userPackError } : {}),
    sites,
    privateChats: { enabled: privateChatsOn(settings.privateChats, got[PRIVATE_CHATS_KEY]), locked: settings.privateChats !== undefined },
    layers: policyLayers({ builtins: [], company, user: userPack, settings }),
    allowed: readAllowList(got),
    reasons: readReasons(got),
  };
}

/** Calls `cb` now and whenever any of the stored settings changes. */
export function watchSettings(cb: (s: SettingsSnapshot) => void): () => void {
  const refresh = () => void readSettings().then(cb);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WATCHED.some((k) => k in changes)) refresh();
  };
  browser.storage.onChanged.addListener(listener);
  refresh();
  return () => browser.storage.onChanged.removeListener(listener);
}

const entryName = (e: string | { name: string }) => (typeof e === 'string' ? e : e.name);

/** The user's own clients and terms, as plain names. */
export function userLists(pack: Pack | undefined): { clients: string[]; terms: string[] } {
  return { clients: (pack?.clients ?? []).map(entryName), terms: (pack?.confidential ?? []).map(entryName) };
}

/**
 * Adds or removes one of the user's own clients or terms. Other fields of an
 * existing user pack (e.g. a seeded demo pack) are kept as they are.
 */
export async function editUserList(list: 'clients' | 'confidential', op: 'add' | 'remove', name: string): Promise<void> {
  const value = name.trim();
  if (!value) return;
  const got = await browser.storage.local.get(USER_PACK_KEY);
  const current = got[USER_PACK_KEY] as Pack | undefined;
  const pack: Pack = current && !checkPack(current, 'userPack') ? { ...current } : { id: 'user', name: 'My additions', version: '1' };
  const entries = [...(pack[list] ?? [])];
  const same = (e: string | { name: string }) => entryName(e).toLocaleLowerCase() === value.toLocaleLowerCase();
  if (op === 'add' && !entries.some(same)) entries.push(value);
  const next = op === 'remove' ? entries.filter((e) => !same(e)) : entries;
  await browser.storage.local.set({ [USER_PACK_KEY]: { ...pack, [list]: next } });
}

/** Drops a user pack that cannot be read, so the user can start their lists again. */
export async function resetUserPack(): Promise<void> {
  await browser.storage.local.remove(USER_PACK_KEY);
}

export async function setPrivateChats(enabled: boolean): Promise<void> {
  await browser.storage.local.set({ [PRIVATE_CHATS_KEY]: enabled });
}

export async function setSite(platform: Platform, enabled: boolean): Promise<void> {
  const got = await browser.storage.local.get(SITE_SETTINGS_KEY);
  await browser.storage.local.set({ [SITE_SETTINGS_KEY]: { ...((got[SITE_SETTINGS_KEY] ?? {}) as SiteSettings), [platform]: enabled } });
}
