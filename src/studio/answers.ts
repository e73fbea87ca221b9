// The protocol studio's questionnaire answers, and the two ways between answers and a pack:
// packFromAnswers (what the extension enforces) and answersFromPack (open an existing pack to
// edit it). Pure: no DOM, no file system, so the page, the CLI and the tests share it.
// The protocol document is written from the same pack (protocol.ts), so the text employees
// read and the rules the extension runs come from one set of answers and cannot drift.
import type { CustomRule, Pack, PackEntry } from '../rules/schema/pack.ts';
import { COOL_DOWN_MODES, type CoolDownMode, DEFAULT_COOL_DOWN } from '../rules/schema/pack.ts';
import { CATEGORIES, type Category, LANGS, type Lang, type SeveritySetting } from '../rules/types.ts';
import { clauseFor, protocolClauses } from './clauses.ts';

export interface Answers {
  /** Pack identity: `id` is derived from the name when left empty. */
  id: string;
  name: string;
  version: string;
  /** The languages posts are written in; the first is the language of the clause texts in the pack. */
  languages: Lang[];
  organization: { names: string[]; handles: string[] };
  clients: PackEntry[];
  confidential: PackEntry[];
  internalDomains: string[];
  /** "spokespeople": only designated people speak for the firm (the built-in `spokesperson` rule checks it); "anyone": that rule is off. */
  speakForFirm: 'spokespeople' | 'anyone';
  /** Who official statements are left to, named in the protocol and the finding. */
  spokespersonContact: string;
  disclaimers: { personal: string[]; affiliation: string[] };
  /** Swearing at a situation ("kut", "shit", kanker- compounds) is flagged; false: tolerated. */
  flagCursing: boolean;
  /** More words the firm does not want in posts (an own `terms` rule, category insult). */
  bannedWords: string[];
  coolDown: { mode: CoolDownMode; minutes: number };
  /** Per category: a severity, "off", or absent for the built-in default. */
  severity: Partial<Record<Category, SeveritySetting>>;
  protocolUrl: string;
  supportEmail: string;
  /** "Post anyway" asks for an optional reason (kept on the employee's computer). */
  askReason: boolean;
  /** Kept from an opened pack as they were: per-rule overrides and the company's own rules. */
  overrides: Record<string, SeveritySetting>;
  rules: CustomRule[];
}

/** Ids of the rules the studio writes itself from answers; an opened pack's rules with these ids become answers again. */
export const BANNED_WORDS_RULE = 'banned-words';
/**
 * The phrase rule earlier studio packs wrote before the built-in `spokesperson` rule existed:
 * an opened pack's copy is dropped (the built-in rule checks the same and more).
 */
const OLD_SPOKESPERSON_RULE = 'speaks-for-firm';
const STUDIO_RULES = new Set([OLD_SPOKESPERSON_RULE, BANNED_WORDS_RULE]);

/** The starting point of an empty questionnaire: each answer's sensible default. */
export function defaultAnswers(): Answers {
  return {
    id: '',
    name: '',
    version: '1.0.0',
    languages: ['nl', 'en'],
    organization: { names: [], handles: [] },
    clients: [],
    confidential: [],
    internalDomains: [],
    speakForFirm: 'spokespeople',
    spokespersonContact: '',
    disclaimers: {
      personal: ['persoonlijke mening', 'op persoonlijke titel', 'views are my own', 'opinions are my own'],
      affiliation: ['ik werk bij', 'mijn werkgever', 'i work at', 'my employer'],
    },
    flagCursing: true,
    bannedWords: [],
    coolDown: { ...DEFAULT_COOL_DOWN },
    severity: {},
    protocolUrl: '',
    supportEmail: '',
    askReason: false,
    overrides: {},
    rules: [],
  };
}

/** "Van Dijk & Partners Assurantiën" → "van-dijk-partners-assurantien". */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'company'
  );
}

const clean = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/** The pack the answers describe: valid against the schema, with a clause for every rule it enforces. */
export function packFromAnswers(a: Answers): Pack {
  const pack: Pack = { id: a.id.trim() || slug(a.name), name: a.name.trim() || a.id.trim() || 'Company', version: a.version.trim() || '1.0.0' };
  const languages = LANGS.filter((l) => a.languages.includes(l));
  if (languages.length) pack.languages = a.languages[0] === 'en' ? [...languages].reverse() : languages;
  const names = clean(a.organization.names);
  const handles = clean(a.organization.handles);
  if (names.length || handles.length) pack.organization = { ...(names.length ? { names } : {}), ...(handles.length ? { handles } : {}) };
  if (a.clients.length) pack.clients = a.clients.map(trimEntry).filter(hasName);
  if (a.confidential.length) pack.confidential = a.confidential.map(trimEntry).filter(hasName);
  const domains = clean(a.internalDomains);
  if (domains.length) pack.internalDomains = domains;
  const personal = clean(a.disclaimers.personal);
  const affiliation = clean(a.disclaimers.affiliation);
  if (personal.length || affiliation.length)
    pack.disclaimers = { ...(personal.length ? { personal } : {}), ...(affiliation.length ? { affiliation } : {}) };
  const severity = Object.fromEntries(CATEGORIES.flatMap((c) => (a.severity[c] ? [[c, a.severity[c]]] : [])));
  // Anyone may speak for the firm: the built-in spokesperson rule is off.
  if (a.speakForFirm === 'anyone') severity.spokesperson = 'off';
  if (Object.keys(severity).length) pack.severity = severity;
  const overrides: Record<string, SeveritySetting> = { ...a.overrides };
  if (!a.flagCursing) overrides['insult-curse'] = 'off';
  else if (overrides['insult-curse'] === 'off') delete overrides['insult-curse'];
  if (Object.keys(overrides).length) pack.overrides = overrides;
  const contact = a.spokespersonContact.trim();
  if (contact) pack.spokesperson = { contact };
  if (a.coolDown.mode !== DEFAULT_COOL_DOWN.mode || a.coolDown.minutes !== DEFAULT_COOL_DOWN.minutes) pack.coolDown = { ...a.coolDown };
  if (a.protocolUrl.trim()) pack.protocolUrl = a.protocolUrl.trim();
  if (a.supportEmail.trim() || a.askReason)
    pack.support = { ...(a.supportEmail.trim() ? { email: a.supportEmail.trim() } : {}), ...(a.askReason ? { askReason: true } : {}) };

  const rules = a.rules.filter((r) => !STUDIO_RULES.has(r.id)).map((r) => ({ ...r }));
  const banned = clean(a.bannedWords);
  if (banned.length)
    rules.push({
      id: BANNED_WORDS_RULE,
      kind: 'terms',
      category: 'insult',
      severity: 'warn',
      terms: banned,
      message: { nl: 'Dit woord hoort volgens het protocol niet in een bericht.', en: 'The protocol asks you to keep this word out of posts.' },
    });
  if (rules.length) pack.rules = rules;

  // The clauses come last: which exist depends on everything above.
  const lang = pack.languages?.[0] ?? 'nl';
  const clauses = protocolClauses(pack);
  if (clauses.length) pack.clauses = Object.fromEntries(clauses.map((c) => [c.key, clauseFor(c, lang)]));
  for (const r of pack.rules ?? []) {
    const c = clauses.find((x) => x.rules.includes(r.id));
    if (c) r.clause = clauseFor(c, lang);
  }
  return pack;
}

function trimEntry(e: PackEntry): PackEntry {
  return typeof e === 'string' ? e.trim() : { ...e, name: e.name.trim() };
}
const hasName = (e: PackEntry) => (typeof e === 'string' ? e : e.name) !== '';

/** The answers an existing pack gives, so it can be edited: what the studio derives (clauses) is left out. */
export function answersFromPack(p: Pack): Answers {
  const a = defaultAnswers();
  a.id = p.id;
  a.name = p.name;
  a.version = p.version;
  a.languages = p.languages?.length ? [...new Set(p.languages)] : [...LANGS];
  a.organization = { names: [...(p.organization?.names ?? [])], handles: [...(p.organization?.handles ?? [])] };
  a.clients = structuredClone(p.clients ?? []);
  a.confidential = structuredClone(p.confidential ?? []);
  a.internalDomains = [...(p.internalDomains ?? [])];
  a.disclaimers = { personal: [...(p.disclaimers?.personal ?? [])], affiliation: [...(p.disclaimers?.affiliation ?? [])] };
  a.severity = { ...(p.severity ?? {}) } as Answers['severity'];
  const overrides = { ...(p.overrides ?? {}) } as Record<string, SeveritySetting>;
  a.flagCursing = overrides['insult-curse'] !== 'off';
  delete overrides['insult-curse'];
  a.overrides = overrides;
  a.spokespersonContact = p.spokesperson?.contact ?? '';
  const mode = p.coolDown?.mode;
  a.coolDown = {
    mode: mode && (COOL_DOWN_MODES as readonly string[]).includes(mode) ? mode : DEFAULT_COOL_DOWN.mode,
    minutes: p.coolDown?.minutes ?? DEFAULT_COOL_DOWN.minutes,
  };
  a.protocolUrl = p.protocolUrl ?? '';
  a.supportEmail = p.support?.email ?? '';
  a.askReason = p.support?.askReason === true;
  const rules = p.rules ?? [];
  a.speakForFirm = a.severity.spokesperson === 'off' ? 'anyone' : 'spokespeople';
  if (a.speakForFirm === 'anyone') delete a.severity.spokesperson;
  a.bannedWords = [...(rules.find((r) => r.id === BANNED_WORDS_RULE)?.terms ?? [])];
  // Clauses are derived: the studio numbers them again from the answers.
  a.rules = rules.filter((r) => !STUDIO_RULES.has(r.id)).map(({ clause: _clause, ...r }) => structuredClone(r));
  return a;
}
