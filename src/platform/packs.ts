// Where the rule packs come from: the company pack from admin policy (managed
// storage, a pack URL, or the last good one cached — src/platform/policy.ts),
// the user's own additions in storage.local (`userPack`), and the per-site
// switches. The background only sees `watchLayers`.
import { browser } from 'wxt/browser';
import type { AllowEntry, Layer, Platform } from '../rules/index.ts';
import { ALLOW_LIST_KEY, readAllowList } from './allow-list.ts';
import type { Pack } from '../rules/index.ts';
import { PLATFORMS } from '../rules/index.ts';
import { policyLayers, siteState } from '../rules/policy/layers.ts';
import { packSchema } from '../rules/schema/pack.ts';
import { type Issue, validate } from '../rules/schema/dsl.ts';
import { semanticIssues } from '../rules/pack-load.ts';
import { type PolicyState, watchPolicy } from './policy.ts';
import type { SiteSelectorPatch } from '../rules/policy/model.ts';

export const USER_PACK_KEY = 'userPack';
/** The user's per-site switches (`{ linkedin: false }`); admin policy wins over them. */
export const SITE_SETTINGS_KEY = 'siteSettings';
/** The user's choice to have private chats checked too (`true`); admin policy wins over it. */
export const PRIVATE_CHATS_KEY = 'privateChats';

export interface LayerState {
  layers: Layer[];
  /** Set when a pack was rejected (policy first, then the user's); the other layers, and the last good company pack, still apply. */
  error?: Issue;
  /** Sites where checking is switched off, and by whom. */
  off?: Partial<Record<Platform, 'user' | 'org'>>;
  /** The user's exceptions ("always allow"). */
  allowed?: AllowEntry[];
  /** Private chats (Messenger, X DMs) are checked too: the admin's setting, else the user's (default off). */
  privateChats?: boolean;
  /** Selectors the admin adds per site (policy `siteSelectors`). */
  siteSelectors?: SiteSelectorPatch;
}

/** Private chats are not public posts: off unless the admin or, where the admin left it open, the user switched them on. */
export function privateChatsOn(admin: boolean | undefined, user: unknown): boolean {
  return admin ?? user === true;
}

/** Checks a stored value against the pack schema; returns the first problem. */
export function checkPack(value: unknown, where: string): Issue | undefined {
  const first = validate(packSchema, value)[0];
  return first && { path: `${where}:${first.path}`, message: first.message };
}

/**
 * Whether the user's pack may be applied: the schema and every check a company pack gets
 * (patterns RE2 runs fast, names with distinctive letters). A pattern "(a)\1" passed the
 * schema alone and broke compiling.
 */
export function checkUserPack(value: unknown, where: string, company?: Pack): Issue | undefined {
  const first = checkPack(value, where);
  if (first) return first;
  const issue = semanticIssues(value, company?.rules?.map((r) => r.id))[0];
  return issue && { path: `${where}:${issue.path}`, message: issue.message };
}

async function readLayers(policy: PolicyState | undefined): Promise<LayerState> {
  const stored = await browser.storage.local.get([USER_PACK_KEY, SITE_SETTINGS_KEY, ALLOW_LIST_KEY, PRIVATE_CHATS_KEY]);
  const value: unknown = stored[USER_PACK_KEY];
  const userError = value == null ? undefined : checkUserPack(value, `storage.local.${USER_PACK_KEY}`, policy?.company);
  const user = value != null && !userError ? (value as Pack) : undefined;
  const settings = policy?.settings ?? { lockUserRules: false, sites: {} };
  const userSites = (stored[SITE_SETTINGS_KEY] ?? {}) as Partial<Record<Platform, boolean>>;
  const off: LayerState['off'] = {};
  for (const p of PLATFORMS) {
    const site = siteState(p, settings, userSites);
    if (!site.enabled) off[p] = site.locked ? 'org' : 'user';
  }
  const error = policy?.error ?? userError;
  const allowed = readAllowList(stored);
  return {
    layers: policyLayers({ builtins: [], company: policy?.company, user, settings }),
    ...(error ? { error } : {}),
    off,
    ...(allowed.length ? { allowed } : {}),
    privateChats: privateChatsOn(policy?.settings?.privateChats, stored[PRIVATE_CHATS_KEY]),
    ...(policy?.settings?.siteSelectors ? { siteSelectors: policy.settings.siteSelectors } : {}),
  };
}

/**
 * Calls `onChange` with the current layers now and again whenever a pack
 * changes. Returns a function that stops watching.
 */
export function watchLayers(onChange: (state: LayerState) => void): () => void {
  let stopped = false;
  let generation = 0;
  let policy: PolicyState | undefined;
  const refresh = () => {
    const mine = ++generation;
    readLayers(policy).then(
      (state) => {
        if (!stopped && mine === generation) onChange(state);
      },
      (err: unknown) => {
        if (!stopped && mine === generation) {
          onChange({ layers: [], error: { path: 'storage.local', message: String((err as Error)?.message ?? err) } });
        }
      },
    );
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (USER_PACK_KEY in changes || SITE_SETTINGS_KEY in changes || ALLOW_LIST_KEY in changes || PRIVATE_CHATS_KEY in changes)) refresh();
  };
  browser.storage.onChanged.addListener(listener);
  // The policy watcher reports once at start (from its cache, without waiting
  // for the network) and again on every change; each report recompiles.
  const stopPolicy = watchPolicy((state) => {
    policy = state;
    refresh();
  });
  return () => {
    stopped = true;
    stopPolicy();
    browser.storage.onChanged.removeListener(listener);
  };
}
