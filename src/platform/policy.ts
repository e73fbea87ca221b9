// Admin policy in the browser: read storage.managed, pick the company pack
// (inline, JSON string or URL), keep the last good one in storage.local, and
// report problems. Never leaves the user unprotected: a broken or missing
// policy value keeps the cached pack active: a policy hiccup must not switch the company's rules off.
import { browser } from 'wxt/browser';
import type { Pack } from '../rules/index.ts';
import { compileProblem } from '../rules/pack-load.ts';
import { type PolicyIssue, type PolicySettings, readPolicy } from '../rules/policy/model.ts';
import { DEFAULT_REFRESH_MINUTES } from '../rules/policy/schema.ts';
import { fetchPack } from './pack-url.ts';
import type { Issue } from '../rules/schema/dsl.ts';
import { uiLanguage } from './lang.ts';
import { texts } from '../i18n/index.ts';

export const POLICY_CACHE_KEY = 'policyCache';
export const POLICY_STATUS_KEY = 'policyStatus';
const REFRESH_ALARM = 'thinktwice-policy-refresh';
/** Right after browser start managed storage can read `{}`; re-check at these delays (s). */
const RECHECK_DELAYS = [1, 2, 4, 8, 15, 30, 60, 120];
/** Managed storage empty this long (across worker restarts): the admin removed the policy. */
const EMPTY_GRACE_MS = 10 * 60_000;
/** After this long a change event that empties managed storage is a removal, not a slow start. */
const STARTUP_MS = 30_000;

type PackFrom = 'rulePack' | 'rulePackJson' | 'rulePackUrl';

/** The last good company pack, kept in storage.local. */
export interface PolicyCache {
  pack: Pack;
  from: PackFrom;
  settings: PolicySettings;
  url?: string;
  /** SHA-256 and ETag of the fetched file (rulePackUrl only). */
  sha256?: string;
  etag?: string;
  fetchedAt?: number;
  /** When this pack became active. */
  appliedAt: number;
  /** First time managed storage read empty while this cache existed. */
  emptySince?: number;
}

/** What the options page and popup show; stored in storage.local. */
export interface PolicyStatus {
  /** Managed storage holds a policy (or did until recently: cache in use). */
  managed: boolean;
  from?: PackFrom;
  pack?: { id: string; name: string; version: string };
  settings: PolicySettings;
  /** When the active company pack was applied. */
  updatedAt?: number;
  checkedAt: number;
  /** The blocking problem: the last good pack stays active. */
  error?: Issue;
  problems: PolicyIssue[];
}

export interface PolicyState {
  company?: Pack;
  settings: PolicySettings;
  error?: Issue;
  status: PolicyStatus;
}

const DEFAULT_SETTINGS: PolicySettings = { lockUserRules: false, sites: {}, refreshMinutes: DEFAULT_REFRESH_MINUTES };

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get()) ?? {}) as Record<string, unknown>;
  } catch {
    // Firefox rejects when no policy is set; a browser without managed storage alike.
    return {};
  }
}

async function readCache(): Promise<PolicyCache | undefined> {
  const got = await browser.storage.local.get(POLICY_CACHE_KEY);
  return got[POLICY_CACHE_KEY] as PolicyCache | undefined;
}

/** One evaluation of managed storage against the cache. */
async function evaluate(now: number, refetch: boolean, removal: boolean): Promise<{ state: PolicyState; recheck: boolean }> {
  const raw = await readManaged();
  let cache = await readCache();
  const statusOf = (s: Partial<PolicyStatus>): PolicyStatus => ({
    managed: !!cache,
    settings: cache?.settings ?? DEFAULT_SETTINGS,
    checkedAt: now,
    problems: [],
    ...(cache ? { from: cache.from, pack: packInfo(cache.pack), updatedAt: cache.appliedAt } : {}),
    ...s,
  });

  if (Object.keys(raw).length === 0) {
    // Empty may mean "not loaded yet" (browser just started): always re-check for a while.
    if (!cache) return { state: { settings: DEFAULT_SETTINGS, status: statusOf({ managed: false }) }, recheck: true };
    const emptySince = cache.emptySince ?? now;
    if (removal || now - emptySince > EMPTY_GRACE_MS) {
      await browser.storage.local.remove(POLICY_CACHE_KEY);
      cache = undefined;
      return { state: { settings: DEFAULT_SETTINGS, status: statusOf({ managed: false }) }, recheck: false };
    }
    if (cache.emptySince === undefined) await browser.storage.local.set({ [POLICY_CACHE_KEY]: { ...cache, emptySince } });
    return { state: { company: cache.pack, settings: cache.settings, status: statusOf({}) }, recheck: true };
  }

  const read = readPolicy(raw);
  const settings = read.settings;
  const fatal = read.problems.filter((p) => !p.warning);
  let error: Issue | undefined = fatal[0];
  let company = cache?.pack;
  const save = async (c: Omit<PolicyCache, 'appliedAt'>) => {
    const same = cache && JSON.stringify(cache.pack) === JSON.stringify(c.pack);
    // A new pack is compiled once before it becomes the last good one.
    const broken = same ? null : compileProblem(c.pack);
    if (broken) return void (error = { path: c.from, message: broken.message });
    // Managed storage answered, so any "empty since" mark is over.
    const { emptySince: _, ...rest } = c;
    const next: PolicyCache = { ...rest, appliedAt: same && cache ? cache.appliedAt : now };
    company = c.pack;
    // Every worker start re-reads the policy: rewrite a big pack only when something changed.
    if (cache && JSON.stringify(cache) === JSON.stringify(next)) return;
    cache = next;
    await browser.storage.local.set({ [POLICY_CACHE_KEY]: cache });
  };

  const src = read.source;
  if (src.kind === 'inline') await save({ pack: src.pack, from: src.key, settings });
  else if (src.kind === 'url') {
    const fresh =
      !refetch &&
      cache?.from === 'rulePackUrl' &&
      cache.url === src.url &&
      (!src.sha256 || cache.sha256 === src.sha256) &&
      now - (cache.fetchedAt ?? 0) < settings.refreshMinutes * 60_000;
    if (!fresh) {
      const previous = cache?.from === 'rulePackUrl' && cache.url === src.url && cache.sha256 ? cache : undefined;
      const got = await fetchPack(
        src.url,
        src.sha256,
        previous && { pack: previous.pack, sha256: previous.sha256!, ...(previous.etag ? { etag: previous.etag } : {}) },
      );
      if (got.ok)
        await save({
          pack: got.pack,
          from: 'rulePackUrl',
          settings,
          url: src.url,
          sha256: got.sha256,
          ...(got.etag ? { etag: got.etag } : {}),
          fetchedAt: now,
        });
      else error = got.problem;
    } else if (cache) await save({ ...cache, settings });
    await scheduleRefresh(settings.refreshMinutes);
  } else if (!read.packBroken && cache) {
    // A policy without any pack: the admin only sets switches. Drop the old company pack.
    await browser.storage.local.remove(POLICY_CACHE_KEY);
    cache = undefined;
    company = undefined;
  }
  if (src.kind !== 'url') await browser.alarms?.clear(REFRESH_ALARM);
  const status = statusOf({ managed: true, settings, ...(error ? { error } : {}), problems: read.problems });
  return { state: { ...(company ? { company } : {}), settings, ...(error ? { error } : {}), status }, recheck: false };
}

const packInfo = (p: Pack) => ({ id: p.id, name: p.name, version: p.version });

async function scheduleRefresh(minutes: number): Promise<void> {
  if (!browser.alarms) return;
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes !== minutes) await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/** A "!" on the toolbar icon while the company pack has a problem; the popup says which. */
async function flagProblem(error: Issue | undefined): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ text: error ? '!' : '' });
    if (error) await action.setBadgeBackgroundColor({ color: '#c62828' });
    // Plain words in the user's language; the path and message are in the popup's details for IT.
    await action.setTitle({ title: error ? texts(uiLanguage())('problemToolbar') : 'Think Twice' });
  } catch {
    // No toolbar button (e.g. a browser without one): the options page still shows the problem.
  }
}

/**
 * Calls `onChange` with the company pack and settings now and whenever the
 * policy, the cache or the fetched pack changes. Returns a function that stops.
 */
export function watchPolicy(onChange: (state: PolicyState) => void): () => void {
  let stopped = false;
  const startedAt = Date.now();
  let chain: Promise<void> = Promise.resolve();
  let lastKey = '';
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const emit = (state: PolicyState) => {
    const { status: _, ...rest } = state;
    const key = JSON.stringify(rest);
    if (key === lastKey) return;
    lastKey = key;
    onChange(state);
    void flagProblem(state.error);
  };

  // Start from the cache at once: the user is protected by the last good pack
  // while managed storage is read and a pack URL is fetched.
  chain = readCache().then(
    (cache) => {
      if (stopped) return;
      const settings = cache?.settings ?? DEFAULT_SETTINGS;
      const status: PolicyStatus = { managed: !!cache, settings, checkedAt: Date.now(), problems: [] };
      emit({ ...(cache ? { company: cache.pack } : {}), settings, status });
    },
    () => undefined,
  );

  const run = (reason: 'start' | 'change' | 'recheck' | 'alarm') => {
    chain = chain.then(async () => {
      if (stopped) return;
      if (reason === 'change') attempt = 0;
      let result: Awaited<ReturnType<typeof evaluate>>;
      try {
        result = await evaluate(Date.now(), reason === 'alarm', reason === 'change' && Date.now() - startedAt > STARTUP_MS);
      } catch (e) {
        const cache = await readCache().catch(() => undefined);
        const error = { path: 'storage.managed', message: String((e as Error)?.message ?? e) };
        const settings = cache?.settings ?? DEFAULT_SETTINGS;
        result = {
          state: { ...(cache ? { company: cache.pack } : {}), settings, error, status: { managed: !!cache, settings, checkedAt: Date.now(), error, problems: [] } },
          recheck: true,
        };
      }
      if (stopped) return;
      await browser.storage.local.set({ [POLICY_STATUS_KEY]: result.state.status });
      emit(result.state);
      clearTimeout(timer);
      if (result.recheck && attempt < RECHECK_DELAYS.length) timer = setTimeout(() => run('recheck'), RECHECK_DELAYS[attempt++]! * 1000);
    });
    // A failed step must not stall the chain: later changes still get evaluated.
    chain = chain.catch((e: unknown) => console.error('[thinktwice] policy check failed:', (e as Error)?.message ?? e));
  };

  const onStorage = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') run('change');
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === REFRESH_ALARM) run('alarm');
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.alarms?.onAlarm.addListener(onAlarm);
  run('start');
  return () => {
    stopped = true;
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onStorage);
    browser.alarms?.onAlarm.removeListener(onAlarm);
  };
}
