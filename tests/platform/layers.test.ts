// The background's layers over WXT's in-memory browser: a user pack in storage.local gets
// every check a company pack gets, and a rejected one never takes the company pack along.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Pack } from '../../src/rules/index.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { watchLayers, USER_PACK_KEY } = await import('../../src/platform/packs.ts');
type State = Parameters<Parameters<typeof watchLayers>[0]>[0];

const company: Pack = { id: 'acme', name: 'Acme', version: '1', clients: ['Jansen Transport'] };
const user = (extra: Partial<Pack>): Pack => ({ id: 'user', name: 'Mine', version: '1', ...extra });
const rule = { id: 'mine', kind: 'pattern' as const, category: 'client' as const, severity: 'block' as const, message: { nl: 'x', en: 'x' } };

let stop: (() => void) | undefined;
async function firstState(): Promise<State> {
  const states: State[] = [];
  stop = watchLayers((s) => states.push(s));
  for (let i = 0; i < 250 && !states.some((s) => s.layers.some((l) => l.source === 'company')); i++) await new Promise((r) => setTimeout(r, 20));
  return states.at(-1)!;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.managed.set({ rulePack: company, lockUserRules: false });
});
afterEach(() => stop?.());

describe('the user pack in storage.local', () => {
  it.each([
    ['a pattern RE2 cannot compile', user({ rules: [{ ...rule, pattern: '(a)\\1' }] }), '$.rules[0].pattern', /backreferences/],
    ['a pattern that is too slow', user({ rules: [{ ...rule, pattern: '.{1000}a.{1000}b' }] }), '$.rules[0].pattern', /counted repeats/],
    ['a client without distinctive letters', user({ clients: ['Bakkerij Smit', 'de'] }), '$.clients[1]', /only two letters/],
  ])('with %s is rejected with its path; the company pack stays', async (_, pack, path, message) => {
    await fakeBrowser.storage.local.set({ [USER_PACK_KEY]: pack });
    const s = await firstState();
    expect(s.layers.map((l) => l.source)).toEqual(['company']);
    expect(s.error).toMatchObject({ path: `storage.local.${USER_PACK_KEY}:${path}`, message: expect.stringMatching(message) });
  });

  it('a valid one is applied', async () => {
    await fakeBrowser.storage.local.set({ [USER_PACK_KEY]: user({ clients: ['Bakkerij Smit'] }) });
    const s = await firstState();
    expect(s.layers.map((l) => l.source)).toEqual(['company', 'user']);
    expect(s.error).toBeUndefined();
  });
});
