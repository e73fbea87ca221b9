// `thinktwice pack validate PACK...`: every problem with its JSON path, line and column.
import { loadPack } from '../../rules/pack-load.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import type { Command } from '../io.ts';
import { listIssues, readText } from '../packs.ts';

const USAGE = `Usage: thinktwice pack validate PACK...

Checks rule packs: JSON syntax, the pack schema (schema/pack.schema.json), unique rule ids,
the fields each rule kind needs, regular expressions (RE2 syntax) and override rule ids,
names and terms with too few letters to tell apart from ordinary words. Warnings (a client
or term that is an ordinary word or a short abbreviation, and how it will be matched) are
printed but do not make a pack invalid.
Exit status: 0 all valid, 2 a problem was found.`;

export const pack: Command = {
  name: 'pack',
  summary: 'validate rule packs (pack validate PACK...)',
  usage: USAGE,
  run(argv, io) {
    const args = parseArgs(argv, { help: {} }, USAGE);
    if (args.flags.has('help')) return io.out(`${USAGE}\n`), 0;
    const [sub, ...files] = args.positional;
    if (sub !== 'validate') throw new CliError(`${sub ? `unknown pack command "${sub}"` : 'missing pack command'}\n${USAGE}`);
    if (files.length === 0) throw new CliError(`expected at least one PACK file\n${USAGE}`);
    let bad = 0;
    for (const file of files) {
      const result = loadPack(readText(file, 'pack'));
      if (result.ok) {
        const p = result.pack;
        io.out(`${file}: valid — ${p.name} ${p.version}: ${p.clients?.length ?? 0} clients, ${p.confidential?.length ?? 0} confidential terms, ${p.rules?.length ?? 0} custom rules\n`);
      } else {
        bad++;
        io.err(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}\n`);
        for (const line of listIssues(file, result.issues)) io.err(`  ${line}\n`);
      }
      for (const line of listIssues(file, result.warnings, 'warning: ')) io.err(`  ${line}\n`);
    }
    return bad ? 2 : 0;
  },
};
