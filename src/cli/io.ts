// What a CLI command is: a name, a usage text and run(argv, io) → exit code.
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code; throws CliError for usage and input errors. */
  run(argv: string[], io: Io): number;
}
