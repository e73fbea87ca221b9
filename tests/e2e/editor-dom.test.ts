// The extension never touches the editor's DOM (CONTRACT.md): after typing the same post, each
// composer's markup is identical with and without the extension — no wrappers, spans or attributes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JANSEN_EXAMPLE } from './corpus.ts';
import { highlights } from './ext.ts';
import { launch, launchWithExamplePack, openReady, type Session } from './harness.ts';
import { ALL_SITES, type Composer, type Site } from './sites/index.ts';

let withExtension: Session;
let without: Session;
beforeAll(async () => {
  withExtension = await launchWithExamplePack();
  without = await launch({ extensionDir: null });
});
afterAll(async () => {
  await withExtension?.close();
  await without?.close();
});

/** Editor markup with the editors' own random keys (Draft.js block and editor keys) blanked. */
async function markup(c: Composer): Promise<string> {
  const html = await c.editor.evaluate((e) => e.outerHTML);
  return html.replace(/data-offset-key="[^"]*"/g, 'data-offset-key=""').replace(/data-editor="[^"]*"/g, 'data-editor=""');
}

async function typed(page: Page, site: Site): Promise<Composer> {
  const c = await site.openComposer(page);
  await c.type(JANSEN_EXAMPLE);
  return c;
}

describe.each(ALL_SITES.map((s) => [s.id, s] as const))('%s', (_id, site) => {
  it('editor markup is the same with the extension underlining as without it', async () => {
    const plainPage = await without.context.newPage();
    await plainPage.goto(site.url);
    const plain = await markup(await typed(plainPage, site));

    const page = await openReady(withExtension, site.url);
    const c = await typed(page, site);
    await expect.poll(async () => (await highlights(c.frame)).block.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await markup(c)).toBe(plain);
    expect(plain).toContain('militaire goederen');
    await page.close();
    await plainPage.close();
  });
});
