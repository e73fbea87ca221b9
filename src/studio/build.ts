// Builds the protocol studio into one self-contained HTML file: the Preact app and the pure
// linter bundled by esbuild (already a dev dependency), styles inlined, and a content security
// policy that allows no network request at all (only the inline script, by its hash). One file
// works from the local server and opened from disk alike.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { UI_CSS } from '../ui/styles.ts';
import { themeCss } from '../ui/theme.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The studio page's HTML. */
export function buildStudioHtml(): string {
  // Loaded when the studio is built, not when the CLI starts: the other commands (and the CLI
  // bundle the tests spawn) must not need esbuild's native binary.
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const out = buildSync({
    entryPoints: [here('./app/main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  // "</script" inside the bundle would end the element early.
  const js = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const css = [readFileSync(here('../ui/common/pages.css'), 'utf8'), readFileSync(here('./app/studio.css'), 'utf8'), UI_CSS, themeCss()].join('\n');
  const hash = createHash('sha256').update(js).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data: blob:; form-action 'none'; base-uri 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Think Twice — protocol studio</title>
<style>${css}</style>
</head>
<body>
<div id="app"></div>
<script>${js}</script>
</body>
</html>
`;
}
