// Runs DOM code in real Chromium (no extension): the editors' reading and
// range mapping depend on real Range/TreeWalker behaviour, not a DOM imitation.
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Bundles `entry` (exporting functions) into a script that sets `window.tt`. */
async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [path.resolve(here, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'tt',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

export interface DomPage {
  /** The current page (a new one after each reset). */
  readonly page: Page;
  /** Fresh document with `body` and the bundle loaded again. */
  reset(body: string): Promise<void>;
  close(): Promise<void>;
}

export async function openDomPage(entry: string): Promise<DomPage> {
  if (process.env.THINKTWICE_TEST_PROJECT === 'unit') {
    throw new Error('This test starts Chromium, and `npm run test:unit` runs without a browser: name the file *.dom.test.ts (vitest project "dom").');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const script = await bundle(entry);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  let page = await browser.newPage();
  const load = async (body: string) => {
    await page.setContent(`<!doctype html><html><body>${body}</body></html>`);
    await page.addScriptTag({ content: script });
  };
  await load('<div id="host"></div>');
  return {
    get page() {
      return page;
    },
    async reset(body) {
      await page.close();
      page = await browser.newPage();
      await load(body);
    },
    close: () => browser.close(),
  };
}
