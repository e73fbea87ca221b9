// X (x.com and twitter.com): Draft.js composer always visible on /home.
import type { Page } from 'playwright-core';
import { composerIn, type Composer, type Site } from './site.ts';

function xSite(id: 'x' | 'twitter', host: string): Site {
  return {
    id,
    platform: 'x',
    url: `https://${host}/home`,
    fixtureFrame: async (page) => page.mainFrame(),
    async openComposer(page: Page): Promise<Composer> {
      const editor = page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').first();
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, page.locator('[data-testid="tweetButtonInline"]'));
    },
  };
}

export const X = xSite('x', 'x.com');
export const TWITTER = xSite('twitter', 'twitter.com');

/** "Add another post": the thread's second composer (index 1). */
export async function openThreadComposer(page: Page): Promise<Composer> {
  await page.locator('[data-testid="addButton"]').first().click();
  const editor = page.locator('[data-testid="tweetTextarea_1"] .public-DraftEditor-content');
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), 1, editor, page.locator('[data-testid="tweetButtonInline"]'));
}

/** The reply dialog under the feed tweet (after the home composer in document order). */
export async function openReplyComposer(page: Page): Promise<Composer> {
  await page.locator('[data-testid="reply"]').click();
  const dialog = page.locator('[role="dialog"]');
  const editor = dialog.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content');
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), 1, editor, dialog.locator('[data-testid="tweetButton"]'));
}
