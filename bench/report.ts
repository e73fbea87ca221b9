// One plain-text table for the whole run (sections one under the other, one column grid),
// and the list of budget verdicts.
import type { Verdict } from './budget.ts';
import { OPS, type Op } from './linter.ts';
import { isSkipped, type BenchResults } from './results.ts';

const int = (n: number) => n.toLocaleString('en-US');
export const fmtMs = (x: number) => (x < 0.1 ? x.toFixed(4) : x < 10 ? x.toFixed(3) : x < 1000 ? x.toFixed(1) : x.toFixed(0));
const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const MB = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const ratio = (a: number, b: number) => {
  const r = a / b;
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `1/${(1 / r).toFixed(0)}`;
};

type Row = string[];

/** Left-aligns the first two columns, right-aligns the rest; a row of one cell is a section title. */
export function formatTable(header: Row, rows: Row[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => r.length > 1).map((r) => (r[i] ?? '').length)));
  const line = (r: Row) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = '─'.repeat(widths.reduce((s, w) => s + w + 2, -2));
  const out = [line(header), rule];
  for (const r of rows) out.push(r.length === 1 ? `${rule.slice(0, 2)} ${r[0]}` : line(r));
  return out.join('\n');
}

const OP_LABEL: Record<Op, string> = { full: 'full', edit: '1-char edit', undo: 'typo undone', paste: 'paste ¶', cold: 'cold start' };

export function renderResults(r: BenchResults): string {
  const header = ['', 'case', 'median', 'p95', 'cpu med', 'cpu p95', 'n', '÷ obscenity', '÷ obs. cpu', '÷ alex', 'findings'];
  const blank = (n: number) => Array.from({ length: n }, () => '');
  const rows: Row[] = [];
  rows.push(['Linter: time per call (ms), all built-ins on; edits through a composer session (obscenity re-checks the whole post)']);
  const sizes = [...new Set(r.lint.map((c) => c.chars))].sort((a, b) => a - b);
  for (const chars of sizes) {
    let first = true;
    for (const op of OPS) {
      const cells = r.lint.filter((c) => c.chars === chars && c.op === op);
      const obs = cells.find((c) => c.engine === 'obscenity');
      const alex = cells.find((c) => c.engine === 'alex');
      for (const c of cells) {
        const name =
          c.engine === 'thinktwice' ? `Think Twice, ${int(c.names ?? 0)} names` : c.engine === 'obscenity' ? 'obscenity (EN profanity)' : `alex (EN, markdown)${c.time.n < 10 ? ` [${c.time.n} runs]` : ''}`;
        const tt = c.engine === 'thinktwice';
        rows.push([
          first ? `${int(chars)} chars` : '',
          `${OP_LABEL[op]}: ${name}`,
          fmtMs(c.time.median),
          fmtMs(c.time.p95),
          fmtMs(c.cpu.median),
          fmtMs(c.cpu.p95),
          int(c.time.n),
          tt && obs ? ratio(c.time.median, obs.time.median) : '',
          tt && obs ? ratio(c.cpu.median, obs.cpu.median) : '',
          tt && alex ? ratio(c.time.median, alex.time.median) : '',
          String(c.findings),
        ]);
        first = false;
      }
    }
  }
  rows.push(['Pack compilation: createLinter (ms) and heap kept']);
  for (const c of r.compile) {
    const heap = c.heapBytes === null ? 'n/a (no --expose-gc)' : MB(c.heapBytes);
    rows.push([`${int(c.names)} names`, `first ${fmtMs(c.firstMs)} (cpu ${fmtMs(c.firstCpuMs)}), heap ${heap}`, fmtMs(c.time.median), fmtMs(c.time.p95), fmtMs(c.cpu.median), fmtMs(c.cpu.p95), int(c.time.n), ...blank(4)]);
  }
  rows.push(['Extension in Chromium (ms)']);
  if (isSkipped(r.extension)) rows.push(['', `skipped: ${r.extension.skipped}`, ...blank(9)]);
  else {
    for (const e of r.extension) {
      const row = (label: string, d: { median: number; p95: number; samples: number }, cpu?: { median: number; p95: number }) =>
        rows.push(['', label, fmtMs(d.median), fmtMs(d.p95), cpu ? fmtMs(cpu.median) : '', cpu ? fmtMs(cpu.p95) : '', int(d.samples), ...blank(4)]);
      rows.push([`${e.site}, ${int(e.chars)} chars`, `pack of ${int(e.packNames)} names`, ...blank(9)]);
      row('keystroke → highlights updated', e.latency);
      row('keystroke → next frame painted', e.latencyPainted);
      row('extension main-thread time / keystroke', e.mainThread, e.mainThreadCpu);
      const lt = e.longTasks;
      rows.push(['', `long tasks > 50 ms while typing: ${lt.count === 0 ? 'none' : `${lt.count} (longest ${fmtMs(lt.maxMs)} ms)`}`, ...blank(9)]);
    }
  }
  rows.push(['Bundle (Chrome build, gzip)']);
  if (isSkipped(r.bundle)) rows.push(['', `skipped: ${r.bundle.skipped}`, ...blank(9)]);
  else {
    for (const cs of r.bundle.contentScripts) {
      rows.push(['content script', `${cs.files.map((f) => f.file).join(' + ')}: ${kB(cs.gzip)} (${kB(cs.bytes)} raw)`, ...blank(9)]);
    }
    for (const f of r.bundle.files.slice(0, 4)) rows.push(['  largest files', `${f.file}: ${kB(f.gzip)} (${kB(f.bytes)} raw)`, ...blank(9)]);
    rows.push(['whole extension', `${int(r.bundle.files.length)} files: ${kB(r.bundle.total.gzip)} (${kB(r.bundle.total.bytes)} raw)`, ...blank(9)]);
  }
  // Section titles already fill column 1; drop the repeated "largest files" label after the first.
  let seen = false;
  for (const row of rows) {
    if (row[0] === '  largest files') {
      if (seen) row[0] = '';
      seen = true;
    }
  }
  return formatTable(header, rows);
}

export function renderVerdicts(verdicts: readonly Verdict[]): string {
  const failed = verdicts.filter((v) => !v.ok);
  const lines = verdicts.map((v) => `${v.ok ? '  ok  ' : '  FAIL'}  ${v.target} — ${v.actual}`);
  lines.push(failed.length === 0 ? 'Budget met.' : `Budget violated (${failed.length}):\n${failed.map((v) => `  - [${v.id}] ${v.target}: ${v.actual}`).join('\n')}`);
  return lines.join('\n');
}
