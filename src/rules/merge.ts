// Effective pack = built-in packs ⊕ company pack ⊕ the user's own additions.
// Lists add up; settings (severity, overrides) are taken from the later layer
// unless an earlier layer locked them. After a locked layer (a company pack with
// lockUserRules), later layers may add and tighten but never weaken: no "off",
// nothing below a locked value, no entry switched off: an employee may add to the company's rules, never undo them.
import { type CoolDownMode, type CustomRule, DEFAULT_COOL_DOWN, type NamedEntry, type Pack } from './schema/pack.ts';
import { normalizeHostname } from './text/urls.ts';
import type { Category, Lang, SeveritySetting } from './types.ts';
import { LANGS } from './types.ts';

export type Source = 'builtin' | 'company' | 'user';

export interface Layer {
  source: Source;
  pack: Pack;
  /** The user layer may add entries but not weaken what a locked layer set. */
  locked?: boolean;
}

export type Sourced<T> = T & { source: Source; packId: string };

export interface EffectivePack {
  packs: { id: string; name: string; version: string; source: Source; locked?: boolean }[];
  languages: Lang[];
  organization: { names: Sourced<{ name: string }>[]; handles: Sourced<{ name: string }>[] };
  clients: Sourced<NamedEntry>[];
  confidential: Sourced<NamedEntry>[];
  disclaimers: { personal: string[]; affiliation: string[] };
  severity: Partial<Record<Category, SeveritySetting>>;
  overrides: Record<string, SeveritySetting>;
  /** Protocol clause per category or rule id (later layers win). */
  clauses: Record<string, string>;
  rules: Sourced<CustomRule>[];
  /** The firm's internal hosts, lowercase, without a leading "*.". */
  internalDomains: string[];
  /** `allowed`: this browser belongs to a designated spokesperson. */
  spokesperson: { allowed: boolean; contact?: string };
  coolDown: { mode: CoolDownMode; minutes: number };
}

const asEntry = (e: string | NamedEntry): NamedEntry => (typeof e === 'string' ? { name: e } : e);

const RANK: Record<SeveritySetting, number> = { off: 0, info: 1, warn: 2, block: 3 };
const COOL_RANK: Record<CoolDownMode, number> = { off: 0, ask: 1, wait: 2 };

export function mergePacks(layers: readonly Layer[]): EffectivePack {
  const out: EffectivePack = {
    packs: [],
    languages: [],
    organization: { names: [], handles: [] },
    clients: [],
    confidential: [],
    disclaimers: { personal: [], affiliation: [] },
    severity: {},
    overrides: {},
    clauses: {},
    rules: [],
    internalDomains: [],
    spokesperson: { allowed: false },
    coolDown: { ...DEFAULT_COOL_DOWN },
  };
  // Settings a locked layer made; a later unlocked layer may only make them stricter.
  const lockedSeverity: Partial<Record<string, SeveritySetting>> = {};
  const lockedOverride: Record<string, SeveritySetting> = {};
  let locked = false;
  for (const { source, pack, locked: lock } of layers) {
    const tag = <T extends object>(x: T): Sourced<T> => ({ ...x, source, packId: pack.id });
    out.packs.push({ id: pack.id, name: pack.name, version: pack.version, source, ...(lock ? { locked: true } : {}) });
    for (const l of pack.languages ?? []) if (!out.languages.includes(l)) out.languages.push(l);
    for (const n of pack.organization?.names ?? []) out.organization.names.push(tag({ name: n }));
    for (const h of pack.organization?.handles ?? []) out.organization.handles.push(tag({ name: h }));
    // Under a lock an entry cannot be added switched off (it could shadow a locked one).
    const keep = (e: NamedEntry) => !(locked && e.severity === 'off');
    // Plain names (most of a 10,000-name list) without the spread copy.
    for (const c of pack.clients ?? []) {
      if (typeof c === 'string') out.clients.push({ name: c, source, packId: pack.id });
      else if (keep(c)) out.clients.push(tag(c));
    }
    for (const c of pack.confidential ?? []) if (keep(asEntry(c))) out.confidential.push(tag(asEntry(c)));
    out.disclaimers.personal.push(...(pack.disclaimers?.personal ?? []));
    out.disclaimers.affiliation.push(...(pack.disclaimers?.affiliation ?? []));
    for (const r of pack.rules ?? []) {
      out.rules.push(tag(r));
      // A locked layer's own rules keep at least the severity it gave them.
      if (lock) lockedOverride[r.id] = r.severity;
    }
    const setAll = (
      target: Record<string, SeveritySetting>,
      lockedMap: Record<string, SeveritySetting | undefined>,
      from: Record<string, SeveritySetting> | undefined,
    ) => {
      for (const [k, v] of Object.entries(from ?? {})) {
        const floor = lockedMap[k];
        if (locked && (v === 'off' || (floor !== undefined && RANK[v] < RANK[floor]))) continue;
        target[k] = v;
        if (lock) lockedMap[k] = v;
      }
    };
    setAll(out.severity, lockedSeverity, pack.severity);
    setAll(out.overrides, lockedOverride, pack.overrides);
    Object.assign(out.clauses, pack.clauses);
    for (const d of pack.internalDomains ?? []) {
      const host = normalizeHostname(d);
      if (!out.internalDomains.includes(host)) out.internalDomains.push(host);
    }
    if (pack.spokesperson) {
      const { allowed, contact } = pack.spokesperson;
      // Under a lock nobody may declare themselves a spokesperson.
      if (allowed !== undefined && !(locked && allowed)) out.spokesperson.allowed = allowed;
      if (contact !== undefined) out.spokesperson.contact = contact;
    }
    if (pack.coolDown) {
      const next = { ...out.coolDown, ...pack.coolDown };
      const weaker =
        COOL_RANK[next.mode] < COOL_RANK[out.coolDown.mode] || (next.mode === 'wait' && out.coolDown.mode === 'wait' && next.minutes < out.coolDown.minutes);
      if (!(locked && weaker)) out.coolDown = next;
    }
    locked ||= !!lock;
  }
  if (out.languages.length === 0) out.languages.push(...LANGS);
  return out;
}
