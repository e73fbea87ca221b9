// The policy watcher over WXT's in-memory browser: cache of the last good pack,
// the empty read right after start, broken values, removal. (The real browser,
// policy files and pack URLs are covered by tests/e2e/policy*.test.ts.)
// Hostile packs (prototype keys, deep nesting, a pack that does not compile) keep the last good one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Pack } from '../../src/rules/index.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { watchPolicy, POLICY_CACHE_KEY, POLICY_STATUS_KEY } = await import('../../src/platform/policy.ts');
type State = Parameters<Parameters<typeof watchPolicy>[0]>[0];

const pack = (version: string, client = 'Jansen Transport'): Pack => ({ id: 'acme', name: 'Acme', version, clients: [{ name: client }] });
const cacheOf = (p: Pack, extra: object = {}) => ({
  pack: p,
  from: 'rulePack',
  settings: { lockUserRules: true, sites: {}, refreshMinutes: 360 },
  appliedAt: 1,
  ...extra,
});

let states: State[];
let stop: (() => void) | undefined;
const start = () => {
  stop = watchPolicy((s) => states.push(s));
};
async function until(what: string, pred: (s: State) => boolean, ms = 5000): Promise<State> {
  const t0 = Date.now();
  for (;;) {
    const hit = states.find(pred);
    if (hit) return hit;
    if (Date.now() - t0 > ms) throw new Error(`no state where ${what}; got ${JSON.stringify(states.map((s) => [s.company?.version, s.error]))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  states = [];
});
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('policy watcher', () => {
  it('applies rulePack from managed storage and caches it', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: pack('1'), lockUserRules: true });
    start();
    const s = await until('pack 1', (x) => x.company?.version === '1');
    expect(s.settings.lockUserRules).toBe(true);
    const stored = await fakeBrowser.storage.local.get([POLICY_CACHE_KEY, POLICY_STATUS_KEY]);
    expect(stored[POLICY_CACHE_KEY]).toMatchObject({ pack: pack('1'), from: 'rulePack' });
    expect(stored[POLICY_STATUS_KEY]).toMatchObject({ managed: true, pack: { id: 'acme', version: '1' } });
  });

  it('right after start an empty read keeps the cached pack, and a re-check finds the late policy', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: cacheOf(pack('1')) });
    await fakeBrowser.storage.managed.set({ rulePack: pack('2') });
    // The browser has not loaded policy yet: the first read is empty, and no change event follows.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValueOnce({});
    start();
    expect((await until('the cached pack', (x) => !!x.company)).company?.version).toBe('1');
    await until('pack 2 from the re-check', (x) => x.company?.version === '2', 4000);
    expect(states.every((x) => !!x.company)).toBe(true); // never unprotected in between
  });

  it('a broken rulePackJson keeps the last good pack and names the problem', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: pack('1') });
    start();
    await until('pack 1', (x) => x.company?.version === '1');
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ rulePackJson: '{"id": "acme", "name": }' });
    const s = await until('an error', (x) => !!x.error);
    expect(s.error).toMatchObject({ path: 'rulePackJson', message: expect.stringMatching(/invalid JSON/) });
    expect(s.company?.version).toBe('1');
  });

  it('a policy with switches but no pack drops the company pack', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: cacheOf(pack('1')) });
    await fakeBrowser.storage.managed.set({ sites: { facebook: false } });
    start();
    const s = await until('no company pack', (x) => !x.company && x.settings.sites.facebook === false);
    expect(s.error).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY]).toBeUndefined();
  });

  it('empty for longer than the grace period: the policy was removed', async () => {
    const longAgo = Date.now() - 11 * 60_000;
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: cacheOf(pack('1'), { emptySince: longAgo }) });
    start();
    await until('no company pack', (x) => !x.company && states.length > 1);
    expect((await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY]).toBeUndefined();
  });

  it('a change event that empties managed storage well after start removes the pack at once', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: pack('1') });
    start();
    await until('pack 1', (x) => x.company?.version === '1');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    await fakeBrowser.storage.managed.clear();
    await until('no company pack', (x) => !x.company);
  });

  it('the same empty change during start-up is not taken for a removal', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: pack('1') });
    start();
    await until('pack 1', (x) => x.company?.version === '1');
    await fakeBrowser.storage.managed.clear();
    await new Promise((r) => setTimeout(r, 200));
    expect(states.at(-1)?.company?.version).toBe('1');
  });

  it('a policy that answers again clears the empty-since mark', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: cacheOf(pack('1'), { emptySince: Date.now() - 5 * 60_000 }) });
    await fakeBrowser.storage.managed.set({ rulePack: pack('1'), lockUserRules: true });
    start();
    await until('pack 1', (x) => x.company?.version === '1');
    await new Promise((r) => setTimeout(r, 100));
    const cache = (await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY] as { emptySince?: number };
    expect(cache.emptySince).toBeUndefined();
  });
});

/** Starts with pack 1 applied, then replaces the policy with `next`. */
async function replacePolicy(next: Record<string, unknown>, watch = watchPolicy): Promise<State> {
  await fakeBrowser.storage.managed.set({ rulePack: pack('1') });
  stop = watch((s) => states.push(s));
  await until('pack 1', (x) => x.company?.version === '1');
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(next);
  return until('an error', (x) => !!x.error);
}

describe('hostile company packs keep the last good one', () => {
  it('a "__proto__" key in rulePackJson is refused with its path', async () => {
    const s = await replacePolicy({ rulePackJson: '{"id": "acme", "name": "Acme", "version": "2", "__proto__": {"severity": {"client": "off"}}}' });
    expect(s.error).toMatchObject({ path: 'rulePackJson → $.__proto__', message: expect.stringMatching(/reserves it/) });
    expect(s.company?.version).toBe('1');
  });

  it('JSON nested 10,000 deep names rulePackJson, not a stack overflow in storage.managed', async () => {
    const deep = `{"id": "acme", "name": "Acme", "version": "2", "clients": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const s = await replacePolicy({ rulePackJson: deep });
    expect(s.error).toMatchObject({ path: 'rulePackJson', message: expect.stringMatching(/\$\.clients.* nested more than 64 levels deep/) });
    expect(s.company?.version).toBe('1');
  });

  it('a pack that validates but does not compile is never cached', async () => {
    // Fault injection: no valid pack fails to compile today, but one that did must never become
    // the cached "last good" pack. In a fresh module graph, compiling "Kaboom Logistics" throws.
    vi.resetModules();
    vi.doMock('../../src/rules/text/terms.ts', async () => {
      const real = await vi.importActual<typeof import('../../src/rules/text/terms.ts')>('../../src/rules/text/terms.ts');
      const compileTerms = ((specs, ...rest) => {
        if (specs.some((x) => x.term.startsWith('Kaboom'))) throw new Error('compiling "Kaboom Logistics" failed');
        return real.compileTerms(specs, ...rest);
      }) as typeof real.compileTerms;
      return { ...real, compileTerms };
    });
    const faulty = await import('../../src/platform/policy.ts');
    vi.doUnmock('../../src/rules/text/terms.ts');
    vi.resetModules();
    const s = await replacePolicy({ rulePack: pack('2', 'Kaboom Logistics') }, faulty.watchPolicy);
    expect(s.error).toMatchObject({ path: 'rulePack', message: expect.stringMatching(/could not be compiled: client-name: compiling "Kaboom Logistics" failed/) });
    expect(s.company?.version).toBe('1');
    const cache = (await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY] as { pack: Pack };
    expect(cache.pack.version).toBe('1');
  });
});
