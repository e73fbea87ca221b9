// Words that turn "a client was named" into "a client's business was disclosed":
// contracts, policies, claims, money. Used to raise the severity of client findings.
import type { FoldedText } from './fold.ts';
import { compileTerms, type TermMatch } from './terms.ts';

const STEMS = [
  // nl
  'polis', 'polissen', 'afgesloten', 'afsluiten', 'contract', 'getekend', 'tekenen', 'deal', 'offerte', 'premie',
  'verzekering', 'verzekerd', 'dekking', 'schade', 'claim', 'uitgekeerd', 'uitkering', 'overeenkomst', 'opdracht',
  'binnengehaald', 'verlengd', 'verlenging',
  // en
  'policy', 'policies', 'signed', 'signing', 'renewal', 'renewed', 'cover', 'covered', 'coverage', 'premium',
  'quote', 'payout', 'insurance', 'insured', 'liability', 'onboarded', 'onboarding', 'agreement',
];

/** Dutch compounds end in these: "wagenparkpolis", "onderhoudscontract", "autoverzekering". */
const COMPOUND_HEADS = new Set(['polis', 'polissen', 'contract', 'premie', 'verzekering', 'schade', 'claim', 'overeenkomst', 'dekking', 'offerte']);

const matcher = compileTerms(
  STEMS.map((s) => ({ term: s, data: s, options: { tail: 'compound' as const, infix: COMPOUND_HEADS.has(s) } })),
);

// One scan per post (only once a client was found), shared by every client finding in it.
const cache = new WeakMap<FoldedText, TermMatch<string>[]>();

/** Whether a deal word occurs within `radius` folded characters of the folded span [fstart, fend). */
export function dealNearby(folded: FoldedText, original: string, fstart: number, fend: number, radius = 160): boolean {
  let hits = cache.get(folded);
  if (!hits) cache.set(folded, (hits = matcher.find(folded, original)));
  return hits.some((m) => m.fend > fstart - radius && m.fstart < fend + radius && (m.fend <= fstart || m.fstart >= fend));
}
