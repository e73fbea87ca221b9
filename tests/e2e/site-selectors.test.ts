// Policy `siteSelectors` (issue 16): a submit selector the admin adds makes a composer whose Post
// control the built-ins miss held; a selector that is not CSS is ignored and the built-ins keep working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JANSEN_EXAMPLE } from './corpus.ts';
import { highlights, ui } from './ext.ts';
import { launchWithExamplePack, openReady, type Session } from './harness.ts';
import { policyFile } from './policy-helpers.ts';
import { EXTENSION_ID } from '../../src/extension-id.ts';
import { LINKEDIN_QUILL1, composerIn, posts } from './sites/index.ts';

const POLL = { timeout: 5_000, interval: 50 };
const policy = policyFile();
let session: Session;
beforeAll(async () => {
  policy.write({ siteSelectors: { linkedin: { submit: ['button[[not css', 'button.article-editor-nav__publish'] } } });
  try {
    session = await launchWithExamplePack();
  } catch (e) {
    policy.remove();
    throw e;
  }
});
afterAll(async () => {
  policy.remove();
  await session?.close();
});

describe('policy siteSelectors', () => {
  it('a policy submit selector makes the article editor\'s Publish held; the bad selector is ignored', async () => {
    const page = await openReady(session, 'https://www.linkedin.com/article/new/');
    const editor = page.getByRole('textbox', { name: 'Article text' });
    await editor.waitFor();
    const c = composerIn(page, page.mainFrame(), 0, editor, page.getByRole('button', { name: 'Publish' }));
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    const u = ui(c.frame);
    await expect.poll(() => u.badges.first().getAttribute('data-partial'), POLL).toBeNull();
    await c.postButton.click();
    await u.guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    await u.action('post-anyway', u.guard).click();
    await expect.poll(() => posts(c.frame), POLL).toEqual([JANSEN_EXAMPLE]);
    await page.close();
  });

  it('the built-in selectors keep working beside it (Quill 1 share box held on Post)', async () => {
    const page = await openReady(session, LINKEDIN_QUILL1.url);
    const c = await LINKEDIN_QUILL1.openComposer(page);
    await c.type(JANSEN_EXAMPLE);
    await expect.poll(async () => (await highlights(c.frame)).block.length, POLL).toBeGreaterThan(0);
    await c.postButton.click();
    await ui(c.frame).guard.waitFor({ timeout: 5_000 });
    expect(await posts(c.frame)).toEqual([]);
    await page.close();
  });

  it('the options page shows them, the bad one with its path and why it is ignored', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const bad = page.locator('[data-tt="site-selectors"] [data-path="siteSelectors.linkedin.submit[0]"]');
    await bad.waitFor();
    expect(await bad.getAttribute('data-valid')).toBe('false');
    expect(await bad.textContent()).toContain('not a valid CSS selector');
    expect(await page.locator('[data-path="siteSelectors.linkedin.submit[1]"]').getAttribute('data-valid')).toBe('true');
    await page.close();
  });
});
