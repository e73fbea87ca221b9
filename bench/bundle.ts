// Bundle size of the built Chrome extension: each content script (what every composer page
// downloads and parses) and the whole extension, gzip-compressed as the store's zip would be.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleResult {
  /** One entry per content_scripts[] block of the manifest: its files summed. */
  contentScripts: { matches: string[]; files: FileSize[]; bytes: number; gzip: number }[];
  /** Every file of the build, largest first. */
  files: FileSize[];
  total: { bytes: number; gzip: number };
}

const SOURCES = ['src', 'entrypoints', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, e)));
  return m;
}

/** True when the build is missing or older than any source it is built from. */
export function buildIsStale(root: string, buildDir: string): boolean {
  const manifest = path.join(buildDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

export function build(root: string): void {
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = (e as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-15).join('\n');
    throw new Error(`\`npm run build\` failed:\n${err ?? (e as Error).message}`);
  }
}

function sizeOf(dir: string, file: string): FileSize {
  const data = readFileSync(path.join(dir, file));
  return { file, bytes: data.length, gzip: gzipSync(data).length };
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

export function measureBundle(buildDir: string): BundleResult {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  };
  const files = walk(buildDir).map((f) => sizeOf(buildDir, f)).sort((a, b) => b.gzip - a.gzip);
  const byName = new Map(files.map((f) => [f.file, f]));
  const contentScripts = (manifest.content_scripts ?? []).map((cs) => {
    const own = [...(cs.js ?? []), ...(cs.css ?? [])].map((f) => byName.get(f) ?? sizeOf(buildDir, f));
    return {
      matches: cs.matches ?? [],
      files: own,
      bytes: own.reduce((s, f) => s + f.bytes, 0),
      gzip: own.reduce((s, f) => s + f.gzip, 0),
    };
  });
  const total = files.reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  return { contentScripts, files, total };
}
