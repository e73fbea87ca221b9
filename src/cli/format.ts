// Findings as a compiler prints diagnostics: file:line:col, severity, rule, message,
// then the line with the span underlined. Posts can be one 63,000-character line with
// hundreds of findings, or hostile: the echoed line is clipped to a window around the
// span (it was printed whole for every finding: 210 MB for one post) and control
// characters never reach the terminal.
import type { Finding, Lang } from '../rules/types.ts';

/** Columns of the post shown before and after a span, and of the span itself. */
const BEFORE = 40;
const AFTER = 30;
const SPAN = 60;

// C0/C1 controls (escape sequences, carriage returns) and bidirectional overrides, which can
// make a terminal show something else than the text. Each becomes one visible character.
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const printable = (s: string): string => s.replace(/\t/g, ' ').replace(UNSAFE, '\ufffd');

/** Line and column (in code points) of offsets asked in increasing order; linear over the whole post. */
export function locator(text: string): (offset: number) => { line: number; column: number; lineStart: number; lineEnd: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  let line = 0;
  let at = 0;
  let column = 0;
  return (offset) => {
    if (offset < at) (line = 0), (at = 0), (column = 0);
    while (line + 1 < starts.length && starts[line + 1]! <= offset) (line++, (at = starts[line]!), (column = 0));
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      // The low half of a surrogate pair is not a column of its own.
      if (!(c >= 0xdc00 && c <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff)) column++;
    }
    const next = starts[line + 1];
    return { line: line + 1, column: column + 1, lineStart: starts[line]!, lineEnd: next === undefined ? text.length : next - 1 };
  };
}

const codePoints = (s: string): string[] => Array.from(s);

/** `findings` must be sorted by start (as the linter returns them) for the locator to stay linear. */
export function formatFindings(file: string, text: string, findings: readonly Finding[], lang: Lang): string[] {
  const at = locator(text);
  return findings.map((f) => {
    const { line, column, lineStart, lineEnd } = at(f.start);
    const spanEnd = Math.min(f.end, lineEnd);
    // Only the window around the span is ever sliced: never the whole line.
    const before = codePoints(text.slice(Math.max(lineStart, f.start - 2 * BEFORE), f.start)).slice(-BEFORE);
    const span = codePoints(text.slice(f.start, Math.min(spanEnd, f.start + 4 * SPAN)));
    const after = codePoints(text.slice(spanEnd, Math.min(lineEnd, spanEnd + 2 * AFTER))).slice(0, AFTER);
    const cutSpan = span.length > SPAN || spanEnd - f.start > 4 * SPAN;
    const shownSpan = cutSpan ? [...span.slice(0, SPAN - 1), '…'] : span;
    const head = f.start - lineStart > before.join('').length ? '…' : '';
    const tail = spanEnd + after.join('').length < lineEnd ? '…' : '';
    const source = printable(`${head}${before.join('')}${shownSpan.join('')}${after.join('')}${tail}`.replace(/\r$/, ''));
    const pad = ' '.repeat(head.length + before.length);
    const out = [`${printable(file)}:${line}:${column}: ${f.severity} ${f.ruleId} (${f.category}): ${printable(f.message[lang])}`];
    out.push(`  ${source}`, `  ${pad}${'^'.repeat(Math.max(1, shownSpan.length))}`);
    if (f.suggestion) {
      const r = f.suggestion.replacement.trim();
      out.push(`  suggestion: ${printable(f.suggestion.label[lang])}${f.suggestion.start === f.suggestion.end ? `: ${printable(JSON.stringify(r))}` : ''}`);
    }
    if (f.clause) out.push(`  clause: ${printable(f.clause)}`);
    return out.join('\n');
  });
}

export function summaryLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  const by = (s: string) => findings.filter((f) => f.severity === s).length;
  const parts = (['block', 'warn', 'info'] as const).filter((s) => by(s)).map((s) => `${by(s)} ${s}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}
