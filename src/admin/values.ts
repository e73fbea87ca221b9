// The policy values a generated file carries, built once and then written in
// each platform's syntax by targets/*.
import type { Pack } from '../rules/schema/pack.ts';
import type { Platform } from '../rules/types.ts';
import { type Policy, toManagedPack } from '../rules/policy/schema.ts';

export const TARGETS = ['linux', 'windows-chrome', 'windows-edge', 'macos', 'google-admin', 'firefox'] as const;
export type Target = (typeof TARGETS)[number];

/** Chrome Web Store update URL (force-install default for Chrome and Chromium). */
export const CHROME_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
/** Microsoft Edge Add-ons update URL (force-install default for Edge). */
export const EDGE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

export interface PolicyOptions {
  /** A validated pack. With `packUrl` it is only used for the checksum's sake. */
  pack: Pack;
  /** Host the pack there instead of putting it into the policy. */
  packUrl?: string;
  /** SHA-256 (hex) of the hosted file; the CLI computes it from the pack file. */
  packSha256?: string;
  lockUserRules: boolean;
  sites?: Partial<Record<Platform, boolean>>;
  refreshMinutes?: number;
  forceInstall?: boolean;
  /** Update URL (Chrome/Edge) or .xpi address (Firefox) for force-install. */
  updateUrl?: string;
  /** Fresh UUIDs for the .mobileconfig; the CLI passes crypto.randomUUID. */
  uuid?: () => string;
}

export interface PolicyFile {
  /** Suggested file name. */
  fileName: string;
  content: string;
  /** Where the file goes, for the CLI to print (to stderr). */
  notes: string[];
}

/** The managed-storage values, in the order admins read them. */
export function policyValues(o: PolicyOptions, packAs: 'object' | 'json' = 'object'): Policy {
  const v: Policy = {};
  if (o.packUrl) {
    v.rulePackUrl = o.packUrl;
    if (o.packSha256) v.rulePackSha256 = o.packSha256;
    if (o.refreshMinutes !== undefined) v.rulePackRefreshMinutes = o.refreshMinutes;
  } else if (packAs === 'object') v.rulePack = toManagedPack(o.pack);
  else v.rulePackJson = JSON.stringify(o.pack);
  v.lockUserRules = o.lockUserRules;
  if (o.sites && Object.keys(o.sites).length) v.sites = { ...o.sites };
  return v;
}

/** A wrong combination of options (not a bad pack): the CLI exits with 2. */
export class PolicyOptionError extends Error {}
