// Precedence: built-in packs, then the company pack, then the user's own
// additions. The company layer is locked when the admin set lockUserRules; site
// switches set by the admin win over the user's.
import { type EffectivePack, type Layer, mergePacks } from '../merge.ts';
import type { Pack } from '../schema/pack.ts';
import type { Platform } from '../types.ts';
import type { PolicySettings } from './model.ts';

export interface LayerInput {
  builtins: readonly Pack[];
  /** The company pack: from managed policy, or the last good one cached. */
  company?: Pack;
  /** The user's own additions (clients and terms). */
  user?: Pack;
  settings: Pick<PolicySettings, 'lockUserRules'>;
}

export function policyLayers({ builtins, company, user, settings }: LayerInput): Layer[] {
  const layers: Layer[] = builtins.map((pack) => ({ source: 'builtin', pack }));
  if (company) layers.push({ source: 'company', pack: company, locked: settings.lockUserRules });
  if (user) layers.push({ source: 'user', pack: user });
  return layers;
}

export const effectivePack = (input: LayerInput): EffectivePack => mergePacks(policyLayers(input));

export interface SiteState {
  enabled: boolean;
  /** Set by the admin: the user's switch is shown but disabled. */
  locked: boolean;
}

/**
 * A site the admin set is fixed; under lockUserRules every other site is fixed
 * on (switching a site off would switch the company rules off there).
 */
export function siteState(
  platform: Platform,
  settings: Pick<PolicySettings, 'sites' | 'lockUserRules'>,
  userSites: Partial<Record<Platform, boolean>> = {},
): SiteState {
  const admin = settings.sites[platform];
  if (admin !== undefined) return { enabled: admin, locked: true };
  if (settings.lockUserRules) return { enabled: true, locked: true };
  return { enabled: userSites[platform] ?? true, locked: false };
}

/**
 * The user's own additions are clients and terms only (never draft text); this
 * keeps a stored user pack to that shape whatever was written into storage.
 */
export function userAdditionsPack(clients: readonly string[], terms: readonly string[]): Pack {
  const clean = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
  return { id: 'user', name: 'My additions', version: '1', clients: clean(clients), confidential: clean(terms) };
}
