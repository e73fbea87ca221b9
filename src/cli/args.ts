// Command-line flags: a tiny parser with "did you mean" for mistyped options.
import { didYouMean } from '../rules/schema/dsl.ts';
import { CliError } from './errors.ts';

export interface OptionSpec {
  /** Takes a value (`--pack P`); repeatable ones collect every value. */
  value?: boolean;
  repeat?: boolean;
  choices?: readonly string[];
}

export interface Parsed {
  positional: string[];
  options: Record<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>, usage: string): Parsed {
  const out: Parsed = { positional: [], options: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      out.positional.push(arg);
      continue;
    }
    if (arg === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const s = spec[name];
    if (!s) {
      const hint = didYouMean(name, Object.keys(spec));
      throw new CliError(`unknown option "${arg}"${hint ? ` (did you mean "--${hint}"?)` : ''}\n${usage}`);
    }
    if (!s.value) {
      out.flags.add(name);
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new CliError(`option "--${name}" needs a value\n${usage}`);
    if (s.choices && !s.choices.includes(v)) {
      const hint = didYouMean(v, s.choices);
      throw new CliError(`option "--${name}" must be one of ${s.choices.join(', ')}, not "${v}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
    if (out.options[name] && !s.repeat) throw new CliError(`option "--${name}" may be given only once`);
    (out.options[name] ??= []).push(v);
  }
  return out;
}
