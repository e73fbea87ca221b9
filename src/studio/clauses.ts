// Which numbered clauses a pack's protocol has, and which rules enforce each one. A clause
// exists only while at least one rule enforces it (a category switched off has no clause),
// so every clause employees read is checked, and every rule a finding comes from cites one.
// The clause's key is what the pack's `clauses` map is keyed by: a category, or a rule id
// for a clause narrower than its category (internal links).
import { BUILTIN_RULES } from '../rules/registry.ts';
import type { Pack } from '../rules/schema/pack.ts';
import type { Category, Lang, Messages, Severity } from '../rules/types.ts';

export interface ClauseDef {
  key: string;
  /** The category whose rules enforce it. */
  category: Category;
  /** Section number and heading the clause belongs to. */
  section: number;
  title: Messages;
}

export const SECTIONS: Record<number, Messages> = {
  1: { nl: 'Namens wie je spreekt', en: 'Whom you speak for' },
  2: { nl: 'Klanten', en: 'Clients' },
  3: { nl: 'Vertrouwelijke informatie', en: 'Confidential information' },
  4: { nl: 'Persoonsgegevens', en: 'Personal data' },
  5: { nl: 'Toon', en: 'Tone' },
};

/** The protocol's clauses in the order they are numbered. */
export const CLAUSE_DEFS: readonly ClauseDef[] = [
  { key: 'disclaimer', category: 'disclaimer', section: 1, title: { nl: 'Zeg dat je er werkt als je over je werkgever schrijft', en: 'Say that you work there when you write about your employer' } },
  { key: 'spokesperson', category: 'spokesperson', section: 1, title: { nl: 'Alleen woordvoerders spreken namens de organisatie', en: 'Only spokespeople speak for the organisation' } },
  { key: 'client', category: 'client', section: 2, title: { nl: 'Klanten noemen we niet zonder toestemming', en: 'We do not name clients without their permission' } },
  { key: 'confidential', category: 'confidential', section: 3, title: { nl: 'Vertrouwelijke projecten, cijfers en onderwerpen blijven binnen', en: 'Confidential projects, figures and topics stay inside' } },
  { key: 'confidential-link', category: 'confidential', section: 3, title: { nl: 'Geen links naar interne systemen en documenten', en: 'No links to internal systems and documents' } },
  { key: 'personal-data', category: 'personal-data', section: 4, title: { nl: 'Geen persoonsgegevens van anderen', en: "No other people's personal data" } },
  { key: 'insult', category: 'insult', section: 5, title: { nl: 'Geen beledigingen, discriminerende taal of bedreigingen', en: 'No insults, slurs or threats' } },
  { key: 'heated', category: 'heated', section: 5, title: { nl: 'Slaap een nacht over een boos bericht', en: 'Sleep on an angry post' } },
];

export interface Clause extends ClauseDef {
  /** "2.1" */
  number: string;
  /** The ids of the rules that enforce it, built-in first. */
  rules: string[];
  /** The strongest thing a finding under this clause does. */
  severity: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

/** Built-in rules that find nothing without a list of the pack (they have no other evidence). */
const NEEDS: Record<string, (p: Pack) => boolean> = {
  'client-name': (p) => (p.clients?.length ?? 0) > 0,
  'confidential-term': (p) => (p.confidential?.length ?? 0) > 0,
  // A post can only be seen to be about the employer when the employer has names.
  'disclaimer-missing': (p) => (p.organization?.names?.length ?? 0) + (p.organization?.handles?.length ?? 0) > 0,
};

/** The clauses of the pack's protocol, numbered, each with the rules that enforce it. */
export function protocolClauses(pack: Pack): Clause[] {
  const candidates: { id: string; category: Category; severity: Severity }[] = [
    ...BUILTIN_RULES.filter((r) => NEEDS[r.meta.id]?.(pack) ?? true).map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity })),
    ...(pack.rules ?? []).map((r) => ({ id: r.id, category: r.category, severity: r.severity })),
  ];
  // As lint.ts decides: an override by rule id, else the category's setting, else the rule's own severity.
  const effective = (r: { id: string; category: Category; severity: Severity }) => {
    const setting = pack.overrides?.[r.id] ?? pack.severity?.[r.category];
    return setting === 'off' ? null : ((setting as Severity | undefined) ?? r.severity);
  };
  const ownKeys = new Set(CLAUSE_DEFS.map((d) => d.key));
  const out: Clause[] = [];
  const perSection = new Map<number, number>();
  for (const def of CLAUSE_DEFS) {
    const enforcing = candidates.filter((r) => (def.key === def.category ? r.category === def.category && !(ownKeys.has(r.id) && r.id !== def.key) : r.id === def.key));
    const active = enforcing.flatMap((r) => {
      const s = effective(r);
      return s ? [{ id: r.id, s }] : [];
    });
    if (active.length === 0) continue;
    const n = (perSection.get(def.section) ?? 0) + 1;
    perSection.set(def.section, n);
    const severity = active.reduce<Severity>((m, r) => (RANK[r.s] > RANK[m] ? r.s : m), 'info');
    out.push({ ...def, number: `${def.section}.${n}`, rules: active.map((r) => r.id), severity });
  }
  return out;
}

/** The clause as the pack cites it with each finding: "2.1 Klanten noemen we niet zonder toestemming". */
export const clauseFor = (c: Clause, lang: Lang): string => `${c.number} ${c.title[lang]}`;
