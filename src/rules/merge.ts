// Effective pack = built-in packs ⊕ company pack ⊕ the user's own additions.
// Lists add up; settings (severity, overrides, clauses) are taken from the later
// layer. After a locked layer (a company pack with lockUserRules), later layers only
// add names and terms: their clients, confidential terms, the employer's names and
// internal domains, without severities of their own. Their settings, rules,
// disclaimers and languages are ignored — each of those could lower or switch off
// what the company set (a user "severity" of "info" took a locked pack's blocking
// findings from 5 to 0). Spokesperson and cool-down may only get stricter.
import { RESERVED_KEYS } from './schema/dsl.ts';
import { type CoolDownMode, type CustomRule, DEFAULT_COOL_DOWN, type NamedEntry, type Pack } from './schema/pack.ts';
import { normalizeHostname } from './text/urls.ts';
import type { Category, Lang, SeveritySetting } from './types.ts';
import { LANGS } from './types.ts';

export type Source = 'builtin' | 'company' | 'user';

export interface Layer {
  source: Source;
  pack: Pack;
  /** Layers after this one may only add names and terms. */
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
  /** The published protocol (a later layer's wins, unless an earlier layer is locked). */
  protocolUrl?: string;
  /** Where false alarms go and whether "Post anyway" asks why; same precedence, but a later layer may always turn askReason on. */
  support: { email?: string; askReason: boolean };
  /** Some layer is locked (lockUserRules): the user may not make exceptions ("always allow"). */
  locked: boolean;
  /** The firm's internal hosts, lowercase, without a leading "*.". */
  internalDomains: string[];
  /** `allowed`: this browser belongs to a designated spokesperson. */
  spokesperson: { allowed: boolean; contact?: string };
  coolDown: { mode: CoolDownMode; minutes: number };
}

const asEntry = (e: string | NamedEntry): NamedEntry => (typeof e === 'string' ? { name: e } : e);

/** An entry added under a lock: what it names, nothing about how it is judged. */
const nameOnly = ({ name, aliases, handles }: NamedEntry): NamedEntry => ({ name, ...(aliases ? { aliases } : {}), ...(handles ? { handles } : {}) });

const COOL_RANK: Record<CoolDownMode, number> = { off: 0, ask: 1, wait: 2 };

/** Maps keyed by pack data have no prototype: a rule id "constructor" must not find Object's. */
const map = <V>(): Record<string, V> => Object.create(null);

export function mergePacks(layers: readonly Layer[]): EffectivePack {
  const out: EffectivePack = {
    packs: [],
    languages: [],
    organization: { names: [], handles: [] },
    clients: [],
    confidential: [],
    disclaimers: { personal: [], affiliation: [] },
    severity: map(),
    overrides: map(),
    clauses: map(),
    rules: [],
    support: { askReason: false },
    locked: false,
    internalDomains: [],
    spokesperson: { allowed: false },
    coolDown: { ...DEFAULT_COOL_DOWN },
  };
  let locked = false;
  for (const { source, pack, locked: lock } of layers) {
    const tag = <T extends object>(x: T): Sourced<T> => ({ ...x, source, packId: pack.id });
    out.packs.push({ id: pack.id, name: pack.name, version: pack.version, source, ...(lock ? { locked: true } : {}) });
    for (const n of pack.organization?.names ?? []) out.organization.names.push(tag({ name: n }));
    for (const h of pack.organization?.handles ?? []) out.organization.handles.push(tag({ name: h }));
    // Plain names (most of a 10,000-name list) without the spread copy.
    for (const c of pack.clients ?? []) {
      if (typeof c === 'string') out.clients.push({ name: c, source, packId: pack.id });
      else out.clients.push(tag(locked ? nameOnly(c) : c));
    }
    for (const c of pack.confidential ?? []) out.confidential.push(tag(locked ? nameOnly(asEntry(c)) : asEntry(c)));
    for (const d of pack.internalDomains ?? []) {
      const host = normalizeHostname(d);
      if (!out.internalDomains.includes(host)) out.internalDomains.push(host);
    }
    if (!locked) {
      for (const l of pack.languages ?? []) if (!out.languages.includes(l)) out.languages.push(l);
      out.disclaimers.personal.push(...(pack.disclaimers?.personal ?? []));
      out.disclaimers.affiliation.push(...(pack.disclaimers?.affiliation ?? []));
      for (const r of pack.rules ?? []) out.rules.push(tag(r));
      copy(out.severity, pack.severity);
      copy(out.overrides, pack.overrides);
      copy(out.clauses, pack.clauses);
      if (pack.protocolUrl) out.protocolUrl = pack.protocolUrl;
      if (pack.support?.email) out.support.email = pack.support.email;
    }
    // Asking why at "Post anyway" may only be switched on after a locked layer.
    if (pack.support?.askReason !== undefined && !(locked && out.support.askReason)) out.support.askReason = pack.support.askReason;
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
  out.locked = locked;
  return out;
}

function copy<V>(target: Record<string, V>, from: Partial<Record<string, V>> | undefined): void {
  for (const [k, v] of Object.entries(from ?? {})) if (v !== undefined && !RESERVED_KEYS.has(k)) target[k] = v;
}
