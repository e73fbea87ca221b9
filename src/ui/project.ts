// The last answer's findings on the current text: moved with the edits made since
// (shift.ts), minus those ignored once, each with a mark to draw over its range.
import type { Finding } from '../rules/index.ts';
import type { Mark } from './highlights.ts';
import { diffEdit, shiftFindings } from './shift.ts';
import { ignoreKey, type Session } from './session.ts';

/** Updates `s.snapshot`, `s.visible` and `s.marks` from the current text; returns the marks. */
export function project(s: Session, scratch: HTMLElement): Mark[] {
  const snap = s.engine.read(s.root);
  if (!/\S/.test(snap.text)) s.ignored.clear();
  const base = s.lint.base;
  const findings = base ? shiftFindings(base.findings, diffEdit(base.text, snap.text)) : [];
  s.visible = findings.filter((f) => !s.ignored.has(ignoreKey(f)));
  s.snapshot = snap;
  s.marks = [];
  const rectsFor = s.engine.rectsFor;
  for (const f of s.visible) {
    if (f.end <= f.start) continue;
    const range = s.engine.rangeFor(s.root, snap, f.start, f.end);
    if (!range && !rectsFor) continue;
    const at = { severity: f.severity, start: f.start, end: f.end };
    const mark: Mark = range ? { range, ...at } : { rects: () => rectsFor!(s.root, f.start, f.end, scratch), ...at };
    s.marks.push({ finding: f, mark });
  }
  return s.marks.map((m) => m.mark);
}

/** The badge's severity: the highest among the findings, 'none' without any. */
export function topSeverity(findings: readonly Finding[]): Finding['severity'] | 'none' {
  for (const sev of ['block', 'warn', 'info'] as const) if (findings.some((f) => f.severity === sev)) return sev;
  return 'none';
}
