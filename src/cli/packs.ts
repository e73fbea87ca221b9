// Reading pack files for the CLI: every problem with file, line, column and JSON path.
import { readFileSync } from 'node:fs';
import { createLinter, type Linter } from '../rules/lint.ts';
import type { Layer } from '../rules/merge.ts';
import { loadPack, type PackIssue } from '../rules/pack-load.ts';
import { CliError } from './errors.ts';

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`cannot read ${what} "${path}": ${why}`);
  }
}

export const formatIssue = (file: string, i: PackIssue, kind = ''): string =>
  `${file}${i.line ? `:${i.line}:${i.column}` : ''}: ${kind}${i.path}: ${i.message}`;

/** Problems printed per pack; a generated pack with 50,000 mistakes gets the first ones and a count. */
export const MAX_LISTED = 100;

/** One line per issue (at most MAX_LISTED), then how many more there are. */
export function listIssues(file: string, issues: readonly PackIssue[], kind = ''): string[] {
  const lines = issues.slice(0, MAX_LISTED).map((i) => formatIssue(file, i, kind));
  if (issues.length > MAX_LISTED) lines.push(`… and ${issues.length - MAX_LISTED} more ${kind ? 'warnings' : 'problems'} in ${file}`);
  return lines;
}

/** Company layers from `--pack` files, in order; all problems of all files in one error. */
export function loadPackLayers(paths: readonly string[]): Layer[] {
  const layers: Layer[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const result = loadPack(readText(path, 'pack'));
    if (result.ok) layers.push({ source: 'company', pack: result.pack });
    else problems.push(...listIssues(path, result.issues));
  }
  if (problems.length) throw new CliError(`invalid pack:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return layers;
}

/** The linter for `--pack` files; a rule that cannot be compiled is a pack error, not a silently missing check. */
export function linterFor(paths: readonly string[]): Linter {
  const linter = createLinter(loadPackLayers(paths));
  if (linter.broken.length)
    throw new CliError(`invalid pack: ${linter.broken.map((b) => `the rule ${b.ruleId} could not be compiled: ${b.message}`).join('; ')}`);
  return linter;
}
