// The thinktwice command line: dispatch to one command; errors become a plain
// message and exit code 2, never a stack trace.
import { didYouMean } from '../rules/schema/dsl.ts';
import { COMMANDS } from './commands/index.ts';
import { CliError } from './errors.ts';
import type { Io } from './io.ts';

const HELP = `thinktwice — check social-media posts against a company's rule pack

Usage: thinktwice <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Run "thinktwice <command> --help" for a command's options.`;

export function main(argv: string[], io: Io): number {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${HELP}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const hint = didYouMean(name, COMMANDS.map((c) => c.name));
    io.err(`thinktwice: unknown command "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}\n\n${HELP}\n`);
    return 2;
  }
  try {
    return command.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`thinktwice ${command.name}: ${e.message}\n`);
      return e.exitCode;
    }
    // A bug, not bad input: still no stack trace for the admin, but say what broke.
    io.err(`thinktwice ${command.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
}

export function runFromProcess(): void {
  const io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  process.exitCode = main(process.argv.slice(2), io);
}
