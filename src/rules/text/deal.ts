// Words that turn "a client was named" into "a client's business was disclosed":
// contracts, policies, claims, money. Used to raise the severity of client findings.
import { type FoldedText, perText } from './fold.ts';
import { compileTerms } from './terms.ts';

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
const COMPOUND_HEADS = /polis|contract|premie|verzekering|schade|claim|overeenkomst|dekking|offerte/g;

const matcher = compileTerms(STEMS.map((s) => ({ term: s, data: s, options: { tail: 'compound' as const } })));

// Folded spans of deal words, found once per post (only once a client was found) and
// shared by every client finding in it. Words at word starts come from the matcher;
// compound heads inside words from one fixed regular expression (cheaper than infix walks).
const DEAL_SPANS = {};

function dealSpans(folded: FoldedText, original: string): [number, number][] {
  const spans: [number, number][] = matcher.find(folded, original).map((m) => [m.fstart, m.fend]);
  for (const m of folded.text.matchAll(COMPOUND_HEADS)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether a deal word occurs within `radius` folded characters of the folded span [fstart, fend). */
export function dealNearby(folded: FoldedText, original: string, fstart: number, fend: number, radius = 160): boolean {
  const spans = perText(folded, DEAL_SPANS, () => dealSpans(folded, original));
  return spans.some(([s, e]) => e > fstart - radius && s < fend + radius && (e <= fstart || s >= fend));
}
