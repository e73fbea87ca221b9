// Where the rule packs come from. Today: the built-in rules plus the user's own
// additions in storage.local (`userPack`). Issue 5 adds managed storage, a pack
// URL and lockUserRules here; the background only sees `watchLayers`.
import { browser } from 'wxt/browser';
import type { Layer } from '../rules/index.ts';
import type { Pack } from '../rules/index.ts';
import { packSchema } from '../rules/schema/pack.ts';
import { validate } from '../rules/schema/dsl.ts';

export const USER_PACK_KEY = 'userPack';

export interface PackProblem {
  /** JSON path inside the offending pack, prefixed with where it came from. */
  path: string;
  message: string;
}

export interface LayerState {
  layers: Layer[];
  /** Set when a stored pack was rejected; the other layers still apply. */
  error?: PackProblem;
}

/** Checks a stored value against the pack schema; returns the first problem. */
export function checkPack(value: unknown, where: string): PackProblem | undefined {
  const issues = validate(packSchema, value);
  const first = issues[0];
  if (!first) return undefined;
  return { path: `${where}:${first.path}`, message: first.message };
}

async function readLayers(): Promise<LayerState> {
  const stored = await browser.storage.local.get(USER_PACK_KEY);
  const value: unknown = stored[USER_PACK_KEY];
  if (value === undefined || value === null) return { layers: [] };
  const error = checkPack(value, `storage.local.${USER_PACK_KEY}`);
  if (error) return { layers: [], error };
  return { layers: [{ source: 'user', pack: value as Pack }] };
}

/**
 * Calls `onChange` with the current layers now and again whenever a pack
 * changes. Returns a function that stops watching.
 */
export function watchLayers(onChange: (state: LayerState) => void): () => void {
  let stopped = false;
  let generation = 0;
  const refresh = () => {
    const mine = ++generation;
    readLayers().then(
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
    if (area === 'local' && USER_PACK_KEY in changes) refresh();
  };
  browser.storage.onChanged.addListener(listener);
  refresh();
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
