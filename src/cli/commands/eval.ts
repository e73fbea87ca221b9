// `thinktwice eval CORPUS.jsonl --pack P [--format text|json]`: lint every labelled
// post and score it like tests/corpus/score.py.
import { CATEGORIES, PLATFORMS, type Finding, type Platform } from '../../rules/types.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import type { Command } from '../io.ts';
import { linterFor, readText } from '../packs.ts';
import { type Case, OFFICIAL_CATEGORIES, score } from '../score.ts';

const USAGE = `Usage: thinktwice eval CORPUS.jsonl [--pack PACK]... [--format text|json]

Lints every post of a labelled corpus (one JSON object per line: id, text, expect, platform)
and reports precision, recall and F1 per category and overall, every miss and false alarm.
"overall" sums the five categories of the official scorer (client, confidential, insult,
personal-data, disclaimer); spokesperson and heated are scored on their own lines below it.
  --format F   text (default) or json ({"summary": {...}, "cases": [{"id", "findings"}]})
Exit status: 0, 2 on bad input, 3 when a check failed on some post (listed on standard error).`;

export const evaluate: Command = {
  name: 'eval',
  summary: 'score the linter on a labelled corpus',
  usage: USAGE,
  run(argv, io) {
    const args = parseArgs(argv, { pack: { value: true, repeat: true }, format: { value: true, choices: ['text', 'json'] }, help: {} }, USAGE);
    if (args.flags.has('help')) return io.out(`${USAGE}\n`), 0;
    if (args.positional.length !== 1) throw new CliError(`expected one CORPUS file\n${USAGE}`);
    const file = args.positional[0]!;
    const cases = parseCorpus(readText(file, 'corpus'), file);
    const linter = linterFor(args.options.pack ?? []);
    const results = new Map<string, Finding[]>();
    const failed = new Map<string, string[]>();
    for (const c of cases) {
      const platform = (PLATFORMS as readonly string[]).includes(c.platform ?? '') ? (c.platform as Platform) : undefined;
      const result = linter.check(c.text, platform ? { platform } : {});
      results.set(c.id, result.findings);
      if (result.failed.length) failed.set(c.id, result.failed);
    }
    // Scores over posts a check failed on would be wrong without saying so.
    for (const [id, rules] of failed) io.err(`${file}: case ${id}: the check${rules.length > 1 ? 's' : ''} ${rules.join(', ')} failed; the scores miss their findings\n`);
    const { summary, errors } = score(cases, results);
    if (args.options.format?.[0] === 'json') {
      io.out(`${JSON.stringify({ summary, cases: cases.map((c) => ({ id: c.id, findings: results.get(c.id) })) })}\n`);
      return failed.size ? 3 : 0;
    }
    for (const e of errors) io.out(`${e}\n`);
    if (errors.length) io.out('\n');
    const row = (name: string, s: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }) =>
      `${name.padEnd(14)}${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}`;
    io.out(`${'category'.padEnd(14)}  tp  fp  fn  prec.  recall  F1\n`);
    for (const cat of OFFICIAL_CATEGORIES) io.out(`${row(cat, summary[cat])}\n`);
    io.out(`${row('overall', summary.micro)}\n`);
    io.out('not in overall:\n');
    for (const cat of CATEGORIES) if (!(OFFICIAL_CATEGORIES as readonly string[]).includes(cat)) io.out(`${row(cat, summary[cat])}\n`);
    io.out(`clean posts with findings: ${summary.clean_flagged}\n`);
    io.out(`clean posts with findings in any category: ${summary.clean_flagged_all}\n`);
    io.out(`${cases.length} posts, ${errors.filter((e) => e.startsWith('MISS')).length} misses, ${errors.filter((e) => e.startsWith('FALSE')).length} false alarms\n`);
    return failed.size ? 3 : 0;
  },
};

/** The cases of a labelled corpus; a broken line is an error naming the file, the line and the problem. */
export function parseCorpus(source: string, file: string): Case[] {
  const cases: Case[] = [];
  const ids = new Set<string>();
  source.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let c: Partial<Case>;
    try {
      c = JSON.parse(line) as Partial<Case>;
    } catch (e) {
      throw new CliError(`${where}: invalid JSON: ${(e as Error).message}`);
    }
    if (!c || typeof c !== 'object' || typeof c.id !== 'string' || typeof c.text !== 'string' || !Array.isArray(c.expect))
      throw new CliError(`${where}: each line needs "id" (string), "text" (string) and "expect" (list)`);
    for (const [k, x] of c.expect.entries()) {
      if (!x || typeof x.category !== 'string' || !/^[a-z][a-z-]*$/.test(x.category))
        throw new CliError(`${where}: expect[${k}].category must be a category name (scored: ${CATEGORIES.join(', ')})`);
      if (x.match !== null && (typeof x.match !== 'string' || !c.text.includes(x.match)))
        throw new CliError(`${where}: expect[${k}].match must be a substring of "text" (or null for a disclaimer)`);
    }
    if (ids.has(c.id)) throw new CliError(`${where}: the id "${c.id}" appears twice`);
    ids.add(c.id);
    cases.push(c as Case);
  });
  return cases;
}
