// The fixture composers themselves, in real Chromium WITHOUT the extension: typing with real key
// events reaches each editor's own model, both submit paths post exactly once, and the dynamic
// composers (thread, reply, comment, SPA navigation, shadow root, iframe) mount. Also proves the
// catch-all server sees requests to any host, which the no-network assertions rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness.ts';
import { ALL_SITES, FACEBOOK, LINKEDIN, X, commentComposer, openReplyComposer, openThreadComposer, posts, type Site } from './sites/index.ts';

const TEXT = 'Hallo Jansen Transport 🚛 café\nTweede regel — met ümlaut & "quotes"';

let session: Session;
beforeAll(async () => {
  session = await launch({ extensionDir: null });
});
afterAll(async () => {
  await session?.close();
});

async function openPage(site: Site): Promise<Page> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

describe.each(ALL_SITES.map((s) => [s.id, s] as const))('fixture %s', (_id, site) => {
  it('keeps typed text in the editor model, newline and emoji included', async () => {
    const page = await openPage(site);
    const c = await site.openComposer(page);
    await c.type(TEXT);
    expect(await c.modelText()).toBe(TEXT);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('posts once on the Post button and clears the editor', async () => {
    const page = await openPage(site);
    const c = await site.openComposer(page);
    await c.type('Eerste post');
    await c.postButton.click();
    expect(await posts(c.frame)).toEqual(['Eerste post']);
    await page.close();
  });

  it('posts once on Ctrl+Enter', async () => {
    const page = await openPage(site);
    const c = await site.openComposer(page);
    await c.type('Sneltoets');
    await page.keyboard.press('Control+Enter');
    expect(await posts(c.frame)).toEqual(['Sneltoets']);
    await page.close();
  });

  it('undoes typing through the editor (Ctrl+Z)', async () => {
    const page = await openPage(site);
    const c = await site.openComposer(page);
    await c.type('abc');
    await page.waitForTimeout(1100); // longer than Quill's (1 s) and Lexical's (300 ms) undo grouping
    await page.keyboard.type(' def');
    expect(await c.modelText()).toBe('abc def');
    await page.keyboard.press('Control+z');
    // Quill and Lexical start a new undo step after a pause; Draft.js merges all typing.
    expect(await c.modelText()).toBe({ x: '', linkedin: 'abc', facebook: 'abc' }[site.platform]);
    await page.close();
  });
});

describe('dynamic composers', () => {
  it('X: thread and reply composers are separate Draft.js editors', async () => {
    const page = await openPage(X);
    const first = await X.openComposer(page);
    await first.type('Deel 1');
    const second = await openThreadComposer(page);
    await second.type('Deel 2');
    expect(await page.evaluate(() => [window.__fixture.modelText(0), window.__fixture.modelText(1)])).toEqual(['Deel 1', 'Deel 2']);
    await first.postButton.click();
    expect(await posts(page.mainFrame())).toEqual(['Deel 1', 'Deel 2']);
    const reply = await openReplyComposer(page);
    await reply.type('Gefeliciteerd!');
    await reply.postButton.click();
    expect(await posts(page.mainFrame())).toEqual(['Deel 1', 'Deel 2', 'Gefeliciteerd!']);
    await page.close();
  });

  it('LinkedIn: the composer lives in the open shadow root of #interop-outlet', async () => {
    const page = await openPage(LINKEDIN);
    await LINKEDIN.openComposer(page);
    const where = await page.evaluate(() => {
      const root = document.getElementById('interop-outlet')?.shadowRoot;
      return { inShadow: Boolean(root?.querySelector('.ql-editor')), inDocument: Boolean(document.querySelector('.ql-editor')) };
    });
    expect(where).toEqual({ inShadow: true, inDocument: false });
    await page.close();
  });

  it('Facebook: Enter sends a comment, Shift+Enter is a new line', async () => {
    const page = await openPage(FACEBOOK);
    const c = await commentComposer(page);
    await c.type('Mooi!\nTweede regel');
    expect(await c.modelText()).toBe('Mooi!\nTweede regel');
    await page.keyboard.press('Enter');
    expect(await posts(page.mainFrame())).toEqual(['Mooi!\nTweede regel']);
    await page.close();
  });

  it.each(ALL_SITES.map((s) => [s.id, s] as const))(
    '%s: SPA navigation mounts a new composer a moment later',
    async (_id, site) => {
      const page = await openPage(site);
      const before = page.url();
      await page.locator('a[data-fixture="spa-link"]').click();
      await page.waitForURL((u) => u.toString() !== before);
      // The post composer, by its accessible name (Facebook's comment box comes before its dialog).
      const editor = page.getByRole('textbox', { name: /^(Post text|Text editor for creating content|What's on your mind, Anna\?)$/ });
      await editor.first().waitFor();
      await editor.first().click();
      await page.keyboard.type('Na navigatie');
      const index = site.id === 'facebook' ? 1 : 0;
      expect(await page.evaluate((i) => window.__fixture.modelText(i), index)).toBe('Na navigatie');
      await page.close();
    },
  );
});

describe('harness', () => {
  it('the catch-all server sees a request to any host, with its body', async () => {
    const page = await openPage(X);
    const since = Date.now();
    await page.evaluate(() => fetch('https://telemetry.example.net/collect', { method: 'POST', body: 'probe-body', mode: 'no-cors' }).catch(() => {}));
    await expect.poll(() => session.requestsSince(since).network.some((r) => r.host === 'telemetry.example.net' && r.body === 'probe-body')).toBe(true);
    expect(session.requestsSince(since).browser.some((r) => r.url === 'https://telemetry.example.net/collect')).toBe(true);
    await page.close();
  });
});
