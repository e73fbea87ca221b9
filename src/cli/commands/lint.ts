// `thinktwice lint [FILE|-] --pack P [--platform] [--format text|json]`
import { createLinter } from '../../rules/lint.ts';
import { PLATFORMS, type Platform, type Lang } from '../../rules/types.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import { formatFinding, summaryLine } from '../format.ts';
import type { Command } from '../io.ts';
import { loadPackLayers, readText } from '../packs.ts';

const USAGE = `Usage: thinktwice lint [FILE|-] [--pack PACK]... [--platform ${PLATFORMS.join('|')}] [--format text|json] [--lang en|nl]

Checks one post (a file, or standard input for "-" or no FILE) against the packs.
  --pack PACK    a rule pack (JSON); repeat to layer several; none: built-in rules only
  --platform P   the site the post is for
  --format F     text (default, like a compiler) or json ({"findings": [...]})
  --lang L       language of the messages (default en)
Exit status: 0 nothing blocking, 1 a finding with severity "block", 2 usage or pack error.`;

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
    const linter = createLinter(loadPackLayers(args.options.pack ?? []));
    const text = readText(file, 'post').replace(/^\uFEFF/, '');
    const platform = args.options.platform?.[0] as Platform | undefined;
    const findings = linter.lint(text, platform ? { platform } : {});
    if (args.options.format?.[0] === 'json') io.out(`${JSON.stringify({ findings }, null, 2)}\n`);
    else {
      const lang = (args.options.lang?.[0] ?? 'en') as Lang;
      const name = file === '-' ? '<stdin>' : file;
      for (const f of findings) io.out(`${formatFinding(name, text, f, lang)}\n\n`);
      io.out(`${summaryLine(findings)}\n`);
    }
    return findings.some((f) => f.severity === 'block') ? 1 : 0;
  },
};
