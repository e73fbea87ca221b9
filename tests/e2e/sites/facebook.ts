// Facebook: Lexical composer in the "Create post" dialog, which comes after the feed (and its
// comment box, index 0) in document order.
import type { Page } from 'playwright-core';
import { composerIn, type Composer, type Site } from './site.ts';

export const FACEBOOK: Site = {
  id: 'facebook',
  platform: 'facebook',
  url: 'https://www.facebook.com/',
  fixtureFrame: async (page) => page.mainFrame(),
  async openComposer(page: Page): Promise<Composer> {
    await page.getByRole('button', { name: "What's on your mind, Anna?" }).click();
    const dialog = page.locator('[role="dialog"][aria-label="Create post"]');
    const editor = dialog.locator('[data-lexical-editor="true"][role="textbox"][contenteditable]');
    await editor.waitFor();
    return composerIn(page, page.mainFrame(), 1, editor, dialog.locator('[aria-label="Post"][role="button"]'));
  },
};

/** The comment box under the feed item; Enter sends, Shift+Enter is a new line. */
export async function commentComposer(page: Page): Promise<Composer> {
  const editor = page.locator('[role="article"] [data-lexical-editor="true"][role="textbox"]');
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), 0, editor, editor, 'Shift+Enter');
}
