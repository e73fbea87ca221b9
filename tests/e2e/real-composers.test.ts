// The composers as the live sites render them in 2026 (issue 16), beyond the main post composer
// of acceptance.test.ts: each variant gets the same checks — underlines equal the linter's, the
// editor's own model intact, the submit guard on every way a post leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JANSEN_EXAMPLE } from './corpus.ts';
import { expectedHighlights, highlights, referenceLinter, ui } from './ext.ts';
import { launchWithExamplePack, openReady, type Session } from './harness.ts';
import { PERMALINK_LANGS, permalinkComposer, posts } from './sites/index.ts';

const POLL = { timeout: 5_000, interval: 50 };
/** Longer than any debounce the extension may use: a second post would have arrived by then. */
const SETTLE_MS = 600;

let session: Session;
beforeAll(async () => {
  session = await launchWithExamplePack();
});
afterAll(async () => {
  await session?.close();
});

describe('Facebook comment boxes that send on Enter ("Comment as ‹Name›", "Reply to ‹Name›")', () => {
  const cases = Object.entries(PERMALINK_LANGS).flatMap(([lang, t]) => [
    [lang, t.reply, 0, t.url],
    [lang, t.comment, 1, t.url],
  ] as const);
  it.each(cases)('%s "%s": Enter is held while a block finding stands; "Post anyway" sends exactly once', async (_lang, name, index, url) => {
    const page = await openReady(session, url);
    const c = await permalinkComposer(page, name, index);
    await c.type(JANSEN_EXAMPLE);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await expect.poll(() => highlights(c.frame), POLL).toEqual(expectedHighlights(referenceLinter().lint(JANSEN_EXAMPLE, { platform: 'facebook' })));
    await page.keyboard.press('Enter');
    const u = ui(c.frame);
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    expect(await c.modelText()).toBe(JANSEN_EXAMPLE);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.waitForTimeout(SETTLE_MS);
    expect(await posts(c.frame)).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });
});
