// The last step of every check: overlapping findings of one category become one.
import type { Finding, Severity } from './types.ts';

/** A finding before the dedupe, with the position of its rule in the run (the tie-break between equal spans). */
export interface RawFinding {
  finding: Finding;
  rule: number;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warn: 2, block: 3 };

/**
 * One finding per category and span: overlapping reports keep the most severe, longest one.
 * Equal spans are ordered by rule, so the answer does not depend on the order the post was
 * checked in (whole, or region by region). Findings are never changed: a kept one whose
 * severity rises is copied, the others are handed out as they are (a composer's session keeps
 * its findings from check to check and replaces, never moves, one it has handed out).
 */
export function dedupe(raw: RawFinding[]): Finding[] {
  return dedupeSorted(raw.sort(byPlace));
}

/** The order dedupe reads findings in: by start, longest first, most severe first, then by rule. */
export const byPlace = (a: RawFinding, b: RawFinding): number =>
  a.finding.start - b.finding.start ||
  b.finding.end - a.finding.end ||
  SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
  a.rule - b.rule;

/** dedupe for findings already in byPlace order (a composer's session keeps them so). */
export function dedupeSorted(raw: readonly RawFinding[]): Finding[] {
  const out: Finding[] = [];
  // Sorted by start: a finding can only overlap the kept one of its category that reaches furthest (its index in out).
  const reach = new Map<string, number>();
  for (const { finding: f } of raw) {
    const k = reach.get(f.category);
    const o = k === undefined ? undefined : out[k]!;
    if (o && f.start !== f.end && f.start < o.end) {
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[o.severity]) out[k!] = { ...o, severity: f.severity };
      continue;
    }
    out.push(f);
    if (f.start !== f.end && (!o || f.end > o.end)) reach.set(f.category, out.length - 1);
  }
  return out;
}
