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

/** UI languages of the /permalink.php fixture and the labels its comment boxes carry there. */
export const PERMALINK_LANGS = {
  en: { url: 'https://www.facebook.com/permalink.php?story_fbid=1', comment: 'Comment as Anna de Vries', reply: 'Reply to Jan Jansen' },
  nl: { url: 'https://www.facebook.com/permalink.php?story_fbid=1&locale=nl_NL', comment: 'Reageer als Anna de Vries', reply: 'Beantwoord Jan Jansen' },
} as const;

/**
 * A comment box of the /permalink.php fixture, found by its accessible name as a user sees it:
 * the reply box under Jan Jansen's comment comes first in document order (index 0), the post's
 * own "Comment as" box after it (index 1). Enter sends; Shift+Enter is a new line.
 */
export async function permalinkComposer(page: Page, name: string, index: number): Promise<Composer> {
  const editor = page.getByRole('textbox', { name, exact: true });
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), index, editor, page.locator('#focused-state-composer-submit [role="button"]'), 'Shift+Enter');
}
