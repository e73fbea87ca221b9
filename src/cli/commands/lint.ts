// `thinktwice lint [FILE|-] --pack P [--platform] [--format text|json]`
import { MAX_CHARS } from '../../rules/lint.ts';
import { PLATFORMS, type Platform, type Lang } from '../../rules/types.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import { formatFindings, locator, printable, summaryLine } from '../format.ts';
import type { Command } from '../io.ts';
import { linterFor, readText } from '../packs.ts';

const USAGE = `Usage: thinktwice lint [FILE|-] [--pack PACK]... [--platform ${PLATFORMS.join('|')}] [--format text|json] [--lang en|nl]

Checks one post (a file, or standard input for "-" or no FILE) against the packs.
  --pack PACK    a rule pack (JSON); repeat to layer several; none: built-in rules only
  --platform P   the site the post is for
  --format F     text (default, like a compiler) or json ({"findings": [...]})
  --lang L       language of the messages (default en)
Posts are checked whole up to ${MAX_CHARS.toLocaleString('en')} characters; past that, and when a check fails, a line
on standard error says what was not checked.
Exit status: 0 nothing blocking, 1 a finding with severity "block", 2 usage or pack error,
3 nothing blocking found but the post was not fully checked (a check failed, or the post is too long).`;

export const lint: Command = {
  name: 'lint',
  summary: 'check a post against the packs',
  usage: USAGE,
  run(argv, io) {
    const args = parseArgs(
      argv,
      { pack: { value: true, repeat: true }, platform: { value: true, choices: PLATFORMS }, format: { value: true, choices: ['text', 'json'] }, lang: { value: true, choices: ['en', 'nl'] }, help: {} },
      USAGE,
    );
    if (args.flags.has('help')) return io.out(`${USAGE}\n`), 0;
    if (args.positional.length > 1) throw new CliError(`expected at most one FILE, got ${args.positional.length}\n${USAGE}`);
    const file = args.positional[0] ?? '-';
    // Without a FILE and at a terminal, reading stdin would just wait: say what to do instead.
    if (args.positional.length === 0 && process.stdin.isTTY) throw new CliError(`give a FILE, or "-" to read the post from standard input\n${USAGE}`);
    const linter = linterFor(args.options.pack ?? []);
    const text = readText(file, 'post').replace(/^\uFEFF/, '');
    const platform = args.options.platform?.[0] as Platform | undefined;
    const { findings, failed, checked } = linter.check(text, platform ? { platform } : {});
    const name = file === '-' ? '<stdin>' : file;
    if (args.options.format?.[0] === 'json') io.out(`${JSON.stringify({ findings, failed, checked, length: text.length }, null, 2)}\n`);
    else {
      const lang = (args.options.lang?.[0] ?? 'en') as Lang;
      for (const f of formatFindings(name, text, findings, lang)) io.out(`${f}\n\n`);
      io.out(`${summaryLine(findings)}\n`);
    }
    // What was not checked goes to standard error in every format: a missing check must not look like a clean post.
    for (const id of failed) io.err(`${printable(name)}: the check ${id} failed on this post; its findings are missing (report it to IT)\n`);
    if (checked < text.length) {
      const { line, column } = locator(text)(checked);
      io.err(`${printable(name)}: only the first ${checked.toLocaleString('en')} of ${text.length.toLocaleString('en')} characters were checked; the rest, from ${line}:${column}, was not\n`);
    }
    if (findings.some((f) => f.severity === 'block')) return 1;
    return failed.length || checked < text.length ? 3 : 0;
  },
};
