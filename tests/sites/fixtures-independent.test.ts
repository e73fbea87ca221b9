// The fixture pages (tests/e2e/fixtures/) are written from the structure the live sites have, not
// from our adapters: if they imported src/ or copied an adapter's selector, a wrong or outdated
// adapter selector would be mirrored into its own test page and never caught (issue 16).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../src/sites/index.ts';
import { draft, lexical, prosemirror, quill, quill1, textarea } from '../../src/sites/editors/index.ts';
import { unknownEngine } from '../../src/sites/editors/unknown.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'tests/e2e/fixtures';

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(`${dir}/${d.name}`) : /\.(ts|tsx|js|html|css)$/.test(d.name) ? [`${dir}/${d.name}`] : [],
  );
}

/**
 * Every selector the extension uses to find composers, buttons and engines, split at commas, that
 * says more than one name: a lone tag, id or class (`textarea`, `#interop-outlet`) is the
 * structure itself, which a fixture must render and may style; a selector with attributes, more
 * than one part or a combinator is the adapter's reading of that structure.
 */
function adapterSelectors(): string[] {
  const out = new Set<string>();
  const add = (sel: string) => {
    for (const part of sel.split(',').map((p) => p.trim())) if (!/^[#.]?[\w-]+$/.test(part)) out.add(part);
  };
  for (const a of SITE_ADAPTERS) for (const list of Object.values(a.selectors)) for (const sel of list ?? []) add(sel);
  for (const e of [draft, lexical, prosemirror, quill, quill1, textarea, unknownEngine]) add(e.selector);
  return [...out];
}

/** The code without its comments (a comment may name what the live site has). */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** Module specifiers a source imports (static, dynamic, re-exports). */
const importsOf = (source: string): string[] =>
  [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);

/** What in `source` copies an adapter's selector (quotes normalised), or leaves the fixture's folder. */
function copiesOf(file: string, source: string, selectors: readonly string[]): string[] {
  const problems: string[] = [];
  for (const spec of importsOf(source)) {
    if (!spec.startsWith('.')) continue; // an npm package (the real editors)
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    if (!target.startsWith(`${FIXTURES}/`)) problems.push(`${file} imports ${spec} (outside ${FIXTURES}/)`);
  }
  const flat = code(source).replace(/'/g, '"');
  for (const sel of selectors) if (flat.includes(sel.replace(/'/g, '"'))) problems.push(`${file} contains the adapter selector ${sel}`);
  return problems;
}

describe('fixture pages are independent of the adapters', () => {
  const selectors = adapterSelectors();
  const files = filesUnder(FIXTURES);

  it('has the adapters\' selectors and the fixture files to compare', () => {
    expect(selectors.length).toBeGreaterThan(25);
    expect(files).toContain(`${FIXTURES}/src/x.ts`);
    expect(files).toContain(`${FIXTURES}/src/facebook.ts`);
    expect(files).toContain(`${FIXTURES}/src/li-sharebox.ts`);
  });

  it('catches a planted copy and an import of src/ (the check can fail)', () => {
    const planted = `import { x } from '../../../../src/sites/x.ts';\nconst s = '${selectors[0]}';`;
    const found = copiesOf(`${FIXTURES}/src/planted.ts`, planted, selectors);
    expect(found).toContain(`${FIXTURES}/src/planted.ts imports ../../../../src/sites/x.ts (outside ${FIXTURES}/)`);
    expect(found).toContain(`${FIXTURES}/src/planted.ts contains the adapter selector ${selectors[0]}`);
    expect(copiesOf(`${FIXTURES}/src/planted.ts`, "import { el } from './runtime.ts'; import Quill from 'quill1';", selectors)).toEqual([]);
  });

  it.each(filesUnder(FIXTURES))('%s neither imports src/ nor copies a selector', (file) => {
    expect(copiesOf(file, readFileSync(path.join(root, file), 'utf8'), selectors)).toEqual([]);
  });
});
