// Between typing and the linter's answer, existing findings move with the
// text: one common-prefix/suffix diff, findings before the edit stay, those
// after it shift, those touching it wait for the next answer.
import type { Finding } from '../rules/index.ts';

export interface Edit {
  /** Start of the changed region (same in old and new text). */
  at: number;
  /** End of the changed region in the old text. */
  oldEnd: number;
  /** Length difference new - old. */
  delta: number;
}

export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  const min = Math.min(before.length, after.length);
  let p = 0;
  while (p < min && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < min - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  return { at: p, oldEnd: before.length - q, delta: after.length - before.length };
}

export function shiftFindings(findings: readonly Finding[], edit: Edit | null): Finding[] {
  if (!edit) return findings.slice();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end <= edit.at && f.start < edit.at) out.push(f);
    else if (f.start >= edit.oldEnd && f.start > edit.at) out.push(move(f, edit.delta));
  }
  return out;
}

function move(f: Finding, d: number): Finding {
  const g: Finding = { ...f, start: f.start + d, end: f.end + d };
  if (f.suggestion) g.suggestion = { ...f.suggestion, start: f.suggestion.start + d, end: f.suggestion.end + d };
  return g;
}
