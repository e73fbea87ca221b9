// Where a pack problem is shown: every field of the questionnaire owns a part of the pack
// (a JSON path prefix), and a problem at `$.clients[3].name` appears next to the clients
// field with its path. Also: an opened pack that is not valid still becomes answers, with
// everything of the right shape kept, so the admin can fix it in the studio.
import type { Pack, PackEntry } from '../rules/schema/pack.ts';
import { type Answers, answersFromPack } from './answers.ts';

export const SCREENS = ['organisation', 'clients', 'confidential', 'spokesperson', 'disclaimer', 'language', 'severity', 'publish'] as const;
export type Screen = (typeof SCREENS)[number];

/** Field (its JSON path in the pack) → the questionnaire screen that edits it. */
export const FIELDS: Record<string, Screen> = {
  '$.name': 'organisation',
  '$.id': 'organisation',
  '$.version': 'organisation',
  '$.languages': 'organisation',
  '$.organization.names': 'organisation',
  '$.organization.handles': 'organisation',
  '$.organization': 'organisation',
  '$.clients': 'clients',
  '$.confidential': 'confidential',
  '$.internalDomains': 'confidential',
  '$.spokesperson': 'spokesperson',
  '$.disclaimers.personal': 'disclaimer',
  '$.disclaimers.affiliation': 'disclaimer',
  '$.disclaimers': 'disclaimer',
  '$.overrides': 'language',
  '$.coolDown': 'language',
  '$.severity': 'severity',
  '$.rules': 'severity',
  '$.clauses': 'severity',
  '$.protocolUrl': 'publish',
  '$.support': 'publish',
};

/** The field a problem at `path` belongs to: the longest field path it starts with, else "$" (the file itself). */
export function fieldOf(path: string): string {
  let best = '$';
  for (const f of Object.keys(FIELDS)) {
    if ((path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`)) && f.length > best.length) best = f;
  }
  return best;
}

/** The part of a pack a field edits ('$.organization.names' → pack.organization.names), as JSON to compare. */
export function fieldValue(pack: Pack, field: string): string {
  let v: unknown = pack;
  for (const key of field.split('.').slice(1)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return JSON.stringify(v) ?? '';
}

const obj = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((x): x is string => x !== undefined) : []);
const entries = (v: unknown): PackEntry[] =>
  Array.isArray(v)
    ? v.flatMap((e): PackEntry[] => {
        const s = str(e);
        if (s !== undefined) return [s];
        const o = obj(e);
        return o && typeof o.name === 'string' ? [o as PackEntry] : [];
      })
    : [];

/**
 * Answers from any parsed JSON: the parts of the right shape are kept (numbers where names
 * belong become text); the rest is reported by the validation the caller shows.
 */
export function answersFromUnknown(value: unknown): Answers {
  const v = obj(value) ?? {};
  const org = obj(v.organization);
  const disclaimers = obj(v.disclaimers);
  const pack: Pack = {
    id: str(v.id) ?? '',
    name: str(v.name) ?? '',
    version: str(v.version) ?? '',
    languages: strs(v.languages).filter((l): l is 'nl' | 'en' => l === 'nl' || l === 'en'),
    organization: { names: strs(org?.names), handles: strs(org?.handles) },
    clients: entries(v.clients),
    confidential: entries(v.confidential),
    internalDomains: strs(v.internalDomains),
    disclaimers: { personal: strs(disclaimers?.personal), affiliation: strs(disclaimers?.affiliation) },
    severity: (obj(v.severity) ?? {}) as Pack['severity'],
    overrides: (obj(v.overrides) ?? {}) as Pack['overrides'],
    rules: (Array.isArray(v.rules) ? v.rules.filter((r) => obj(r)) : []) as Pack['rules'],
  };
  const spokesperson = obj(v.spokesperson);
  if (spokesperson) pack.spokesperson = { ...(str(spokesperson.contact) ? { contact: str(spokesperson.contact)! } : {}) };
  const coolDown = obj(v.coolDown);
  if (coolDown) pack.coolDown = coolDown as Pack['coolDown'];
  if (str(v.protocolUrl) !== undefined) pack.protocolUrl = str(v.protocolUrl)!;
  const support = obj(v.support);
  if (support) pack.support = { ...(str(support.email) ? { email: str(support.email)! } : {}), ...(support.askReason === true ? { askReason: true } : {}) };
  const a = answersFromPack(pack);
  if (!strs(v.languages).length) a.languages = ['nl', 'en'];
  return a;
}
