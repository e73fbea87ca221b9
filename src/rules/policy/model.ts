// Reading what managed storage holds: each top-level key is checked on its own
// (as Chrome does), the pack is taken from exactly one source, and every problem
// carries the JSON path an admin can look up.
import { loadPack, semanticIssues } from '../pack-load.ts';
import { type Issue, type Schema, validate } from '../schema/dsl.ts';
import type { Pack } from '../schema/pack.ts';
import type { Platform } from '../types.ts';
import { DEFAULT_REFRESH_MINUTES, POLICY_KEYS, type Policy, policySchema } from './schema.ts';
import { checkHttpsUrl } from '../schema/checks.ts';

export type PackSource =
  | { kind: 'none' }
  | { kind: 'inline'; key: 'rulePack' | 'rulePackJson'; pack: Pack }
  | { kind: 'url'; url: string; sha256?: string };

export interface PolicySettings {
  lockUserRules: boolean;
  /** Sites the admin switched on or off; users cannot change these. */
  sites: Partial<Record<Platform, boolean>>;
  refreshMinutes: number;
  /** Private chats (Messenger, X DMs) checked too; unset: the user decides (default off). */
  privateChats?: boolean;
  /** Selectors the admin adds per site (checked as CSS where there is a DOM: the page, the options page). */
  siteSelectors?: SiteSelectorPatch;
}

export type SiteSelectorPatch = Partial<Record<Platform, { composer?: string[]; submit?: string[]; enterSubmits?: string[] }>>;

/** A problem with a policy value; warnings (an ignored key) do not block anything. */
export type PolicyIssue = Issue & { warning?: true };

export interface PolicyRead {
  settings: PolicySettings;
  /** Where the company pack comes from; `none` also when the chosen source is broken. */
  source: PackSource;
  /** True when a pack source was set but is unusable: keep the last good pack. */
  packBroken: boolean;
  problems: PolicyIssue[];
}

/** Order in which pack sources are looked at; the first one set wins. */
export const PACK_KEYS = ['rulePack', 'rulePackJson', 'rulePackUrl'] as const;

export function readPolicy(raw: unknown): PolicyRead {
  const problems: PolicyIssue[] = [];
  const settings: PolicySettings = { lockUserRules: false, sites: {}, refreshMinutes: DEFAULT_REFRESH_MINUTES };
  const result: PolicyRead = { settings, source: { kind: 'none' }, packBroken: false, problems };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined) problems.push({ path: '$', message: 'managed policy must be an object' });
    return result;
  }
  const ok: Partial<Policy> = Object.create(null);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const known = policySchema.properties as Record<string, Schema | undefined>;
    const sc = Object.hasOwn(known, key) ? known[key] : undefined;
    if (!sc) {
      problems.push({ path: key, message: `unknown policy "${key}"; known: ${POLICY_KEYS.join(', ')}`, warning: true });
      continue;
    }
    const issues = validate(sc, value, key);
    // The pack also gets the checks a schema cannot express (unique rule ids, RE2 patterns, known overrides).
    if (key === 'rulePack' && !issues.length)
      issues.push(...semanticIssues(value).map((i) => ({ path: i.path.replace(/^\$/, key), message: i.message })));
    if (issues.length) problems.push(...issues);
    else (ok as Record<string, unknown>)[key] = value;
    if (issues.length && (PACK_KEYS as readonly string[]).includes(key)) result.packBroken = true;
  }
  if (ok.lockUserRules !== undefined) settings.lockUserRules = ok.lockUserRules;
  if (ok.sites) settings.sites = { ...ok.sites };
  if (ok.privateChats !== undefined) settings.privateChats = ok.privateChats;
  if (ok.siteSelectors) settings.siteSelectors = ok.siteSelectors as SiteSelectorPatch;
  if (ok.rulePackRefreshMinutes !== undefined) settings.refreshMinutes = ok.rulePackRefreshMinutes;

  const set = PACK_KEYS.filter((k) => (raw as Record<string, unknown>)[k] !== undefined);
  // Chrome drops a value that breaks the managed schema before the extension sees it.
  if (!set.length && Object.keys(raw).length)
    problems.push({
      path: 'rulePack',
      message: 'the policy has settings but no rulePack, rulePackJson or rulePackUrl; if one was set, see chrome://policy: the browser drops values that do not match the schema',
      warning: true,
    });
  for (const extra of set.slice(1))
    problems.push({ path: extra, message: `ignored: ${set[0]} is set too, and the first of ${PACK_KEYS.join(', ')} wins`, warning: true });
  if (set[0] === 'rulePack' && ok.rulePack) result.source = { kind: 'inline', key: 'rulePack', pack: ok.rulePack };
  else if (set[0] === 'rulePackJson' && ok.rulePackJson !== undefined) {
    const parsed = parsePack(ok.rulePackJson, 'rulePackJson');
    if (parsed.pack) result.source = { kind: 'inline', key: 'rulePackJson', pack: parsed.pack };
    else {
      problems.push(...parsed.problems);
      result.packBroken = true;
    }
  } else if (set[0] === 'rulePackUrl' && ok.rulePackUrl !== undefined) {
    const urlProblem = checkHttpsUrl(ok.rulePackUrl);
    const sha = ok.rulePackSha256 === undefined ? undefined : normalizeSha256(ok.rulePackSha256);
    if (urlProblem) problems.push({ path: 'rulePackUrl', message: urlProblem });
    if (sha === null) problems.push({ path: 'rulePackSha256', message: 'must be 64 hexadecimal digits (the SHA-256 of the pack file)' });
    if (urlProblem || sha === null) result.packBroken = true;
    else result.source = { kind: 'url', url: ok.rulePackUrl, ...(sha ? { sha256: sha } : {}) };
  }
  if (ok.rulePackSha256 !== undefined && set[0] !== 'rulePackUrl')
    problems.push({ path: 'rulePackSha256', message: 'ignored: only used together with rulePackUrl', warning: true });
  return result;
}

/** Parse and check pack JSON (pack-load: schema and semantics); paths read like `rulePackJson → $.clients[2]`. */
export function parsePack(json: string, where: string): { pack?: Pack; problems: Issue[] } {
  const loaded = loadPack(json.replace(/^\uFEFF/, ''));
  if (loaded.ok) return { pack: loaded.pack, problems: [] };
  return {
    problems: loaded.issues.map((i) => ({
      path: i.path === '$' ? where : `${where} → ${i.path}`,
      message: i.line ? `${i.message} (line ${i.line}, column ${i.column})` : i.message,
    })),
  };
}

/** Lowercase hex, or null when it is not a SHA-256 in hex (an optional "sha256:" prefix is allowed). */
export function normalizeSha256(value: string): string | null {
  const hex = value.trim().replace(/^sha256[:-]/i, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}
