// Errors the CLI reports as a plain message (never a stack trace) with an exit code.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
