// Findings as a compiler prints diagnostics: file:line:col, severity, rule, message,
// then the line with the span underlined.
import type { Finding, Lang } from '../rules/types.ts';

const cpLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export function formatFinding(file: string, text: string, f: Finding, lang: Lang): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', f.start);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  const line = (text.slice(0, lineStart).match(/\n/g)?.length ?? 0) + 1;
  const column = cpLength(text.slice(lineStart, f.start)) + 1;
  const source = text.slice(lineStart, lineEnd).replace(/\r$/, '').replace(/\t/g, ' ');
  const pad = ' '.repeat(column - 1);
  const width = Math.max(1, cpLength(text.slice(f.start, Math.min(f.end, lineEnd))));
  const out = [`${file}:${line}:${column}: ${f.severity} ${f.ruleId} (${f.category}): ${f.message[lang]}`];
  out.push(`  ${source}`, `  ${pad}${'^'.repeat(width)}`);
  if (f.suggestion) {
    const r = f.suggestion.replacement.trim();
    out.push(`  suggestion: ${f.suggestion.label[lang]}${f.suggestion.start === f.suggestion.end ? `: ${JSON.stringify(r)}` : ''}`);
  }
  if (f.clause) out.push(`  clause: ${f.clause}`);
  return out.join('\n');
}

export function summaryLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  const by = (s: string) => findings.filter((f) => f.severity === s).length;
  const parts = (['block', 'warn', 'info'] as const).filter((s) => by(s)).map((s) => `${by(s)} ${s}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}
