// Reading pack files for the CLI: every problem with file, line, column and JSON path.
import { readFileSync } from 'node:fs';
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

export const formatIssue = (file: string, i: PackIssue): string =>
  `${file}${i.line ? `:${i.line}:${i.column}` : ''}: ${i.path}: ${i.message}`;

/** Company layers from `--pack` files, in order; all problems of all files in one error. */
export function loadPackLayers(paths: readonly string[]): Layer[] {
  const layers: Layer[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const result = loadPack(readText(path, 'pack'));
    if (result.ok) layers.push({ source: 'company', pack: result.pack });
    else problems.push(...result.issues.map((i) => formatIssue(path, i)));
  }
  if (problems.length) throw new CliError(`invalid pack:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return layers;
}
