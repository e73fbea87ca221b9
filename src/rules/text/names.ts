// Surface forms of organisation names beyond what the term matcher derives itself:
// a distinctive short form ("NovaChem" for "NovaChem Europe") and acronyms of the
// employer ("VDP" for "Van Dijk & Partners"). Generated once per pack.
import { LEGAL_FORM_TAIL } from './legal-forms.ts';
import { isOrdinary } from './ordinary.ts';
import type { TermOptions, TermSpec } from './terms.ts';

/** Trailing words that only say where, how or in which trade a company works, not who it is. */
const GENERIC_TAIL = new Set(
  (
    'europe europa nederland netherlands benelux belgie belgium deutschland germany uk usa international intl ' +
    'global worldwide holding holdings group groep nl be de emea ' +
    // trades: "Brightwater Foods", "Brink & Bakker Advocaten", "Blue Harbor Health", "Helder Zorgverzekeringen"
    'foods food health healthcare advocaten advocatuur lawyers legal law accountants accountancy consultancy consulting ' +
    'zorgverzekeringen zorgverzekeraar verzekeringen verzekeraar insurance therapeutics pharma pharmaceuticals medical ' +
    'analytics software systems solutions technologies technology tech digital media telecom mobility logistics logistiek ' +
    'transport shipping bouw bouwgroep installaties installatietechniek vastgoed real estate capital partners ' +
    'services diensten dairy retail payments energy energie fietsen makelaars architecten catering'
  ).split(' '),
);

/** Common surnames: a company named after a family ("Jansen Transport") has no short form. */
const SURNAMES = new Set(
  (
    'jansen|janssen|de vries|van den berg|van dijk|bakker|visser|smit|meijer|meyer|de boer|mulder|de groot|bos|vos|peters|' +
    'hendriks|van leeuwen|dekker|brouwer|de wit|dijkstra|smits|de graaf|van der meer|van der linden|kok|jacobs|de haan|' +
    'vermeulen|van der heijden|van der veen|van den broek|de bruijn|de jong|schouten|van beek|willems|van vliet|hoekstra|' +
    'maas|verhoeven|koster|van wijk|prins|post|kuipers|van der wal|vink|smith|jones|williams|brown|taylor|davies|evans|' +
    'wilson|thomas|johnson|roberts|walker|wright|robinson|thompson|white|hughes|edwards|green|hall|wood|harris|martin'
  ).split('|'),
);

/** Two everyday words of three letters or more written as one: "oakridge", "bluewave", "zonnebloem". */
function gluedOrdinary(word: string): boolean {
  for (let i = 3; i <= word.length - 3; i++) if (isOrdinary(word.slice(0, i)) && isOrdinary(word.slice(i))) return true;
  return false;
}

/** The name without a trailing legal form: "NovaChem Europe Ltd" → "NovaChem Europe". */
export const stripLegal = (name: string): string => name.replace(LEGAL_FORM_TAIL, '').trim();

/**
 * A short form people use for the name, or null when it would be a common word or
 * surname on its own. "NovaChem Europe" → "NovaChem" (internal capital = coined
 * name); "Northwind Shipping", "Jansen Transport", "De Boer Agri" → null.
 */
export function distinctiveShortForm(name: string): string | null {
  const words = stripLegal(name).split(/\s+/);
  let end = words.length;
  while (end > 1 && GENERIC_TAIL.has(words[end - 1]!.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))) end--;
  if (end === words.length) return null;
  // "Van Dijk & Partners" → "Van Dijk", not "Van Dijk &".
  while (end > 1 && /^(?:&|\+|en|and|und)$/i.test(words[end - 1]!)) end--;
  const head = words.slice(0, end).join(' ');
  const folded = head.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  // A surname or a single letter is no name of its own; "De Vries" alone is a person.
  if (SURNAMES.has(folded) || folded.replace(/[^a-z0-9]/g, '').length < 3) return null;
  // One word alone must look made up ("Brightwater", "NovaChem", "Oakridge": two everyday words
  // glued) or be an everyday word ("Helder" of "Helder Zorgverzekeringen", matched only in a
  // company's context), not a family name ("Harrison Capital" → "Harrison" would be every Harrison).
  if (!head.includes(' ') && !/\p{Ll}\p{Lu}|\p{L}\d/u.test(head) && !isOrdinary(folded) && !gluedOrdinary(folded) && (head.length < 9 || /(?:s[eo]n|sz|stra|inga|ema)$/i.test(head))) return null;
  return head;
}

/**
 * Acronyms of a name, matched in capitals only: initials of its capitalised words
 * ("Van Dijk & Partners" → "VDP") and a leading all-caps word ("VDP Assurantiën").
 */
export function acronyms(name: string): string[] {
  const words = stripLegal(name).split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const out = new Set<string>();
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  if (caps.length >= 3 || (caps.length === words.length && caps.length >= 2 && caps.length < 5)) {
    const a = caps.map((w) => w[0]).join('');
    if (a.length >= 3) out.add(a);
  }
  const first = words[0];
  if (first && words.length > 1 && /^\p{Lu}{2,6}$/u.test(first)) out.add(first);
  return [...out];
}

/** Options for names of organisations (clients, the employer). */
export const ORG_OPTIONS: TermOptions = { joined: true, tail: 'possessive', legalSuffix: true };

/** Term specs for one organisation: name, aliases, handles, short form (and acronyms when asked). */
export function orgTerms<T>(
  entry: { name: string; aliases?: readonly string[]; handles?: readonly string[] },
  data: T,
  opts: { acronyms?: boolean } = {},
): TermSpec<T>[] {
  const names = [entry.name, ...(entry.aliases ?? [])];
  const out: TermSpec<T>[] = [];
  for (const n of names) {
    const base = stripLegal(n) || n;
    out.push({ term: base, data, options: ORG_OPTIONS });
    const short = distinctiveShortForm(base);
    if (short) out.push({ term: short, data, options: ORG_OPTIONS });
    if (opts.acronyms) for (const a of acronyms(base)) out.push({ term: a, data, options: { upper: true, tail: 'possessive' } });
  }
  for (const h of entry.handles ?? []) out.push({ term: handleTerm(h), data, options: { tail: 'possessive' } });
  return out;
}

/** "@jansentransport" → "jansentransport"; the matcher puts the "@" back into the span. */
export const handleTerm = (h: string): string => h.trim().replace(/^@+/, '');
