// Facebook: the Lexical composer in the "Create post" dialog, which comes after the feed (and its
// comment box, index 0) in document order. Found the way a user finds them (role and accessible
// name), never by the adapter's selectors.
import type { Page } from 'playwright-core';
import { composerIn, type Composer, type Site } from './site.ts';

export const FACEBOOK: Site = {
  id: 'facebook',
  platform: 'facebook',
  url: 'https://www.facebook.com/',
  fixtureFrame: async (page) => page.mainFrame(),
  async openComposer(page: Page): Promise<Composer> {
    await page.getByRole('button', { name: "What's on your mind, Anna?" }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    const editor = dialog.getByRole('textbox', { name: "What's on your mind, Anna?" });
    await editor.waitFor();
    return composerIn(page, page.mainFrame(), 1, editor, dialog.getByRole('button', { name: 'Post', exact: true }));
  },
};

/** The comment box under the feed item ("Comment as ‹Name›"); Enter sends, Shift+Enter is a new line. */
export async function commentComposer(page: Page): Promise<Composer> {
  const editor = page.getByRole('article').getByRole('textbox', { name: 'Comment as Anna de Vries' });
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), 0, editor, editor, 'Shift+Enter');
}

/** UI languages of the /permalink.php fixture and the labels its comment boxes carry there. */
export const PERMALINK_LANGS = {
  en: { url: 'https://www.facebook.com/permalink.php?story_fbid=1', comment: 'Comment as Anna de Vries', reply: 'Reply to Jan Jansen', send: 'Comment', sendReply: 'Reply' },
  nl: { url: 'https://www.facebook.com/permalink.php?story_fbid=1&locale=nl_NL', comment: 'Reageer als Anna de Vries', reply: 'Beantwoord Jan Jansen', send: 'Reageren', sendReply: 'Beantwoorden' },
} as const;

/**
 * A comment box of the /permalink.php fixture, found by its accessible name as a user sees it:
 * the reply box under Jan Jansen's comment comes first in document order (index 0), the post's
 * own "Comment as" box after it (index 1). Enter sends; Shift+Enter is a new line. The send
 * button (named `send`) appears while the box has the focus.
 */
export async function permalinkComposer(page: Page, name: string, index: number, send = 'Comment'): Promise<Composer> {
  const editor = page.getByRole('textbox', { name, exact: true });
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), index, editor, page.getByRole('button', { name: send, exact: true }), 'Shift+Enter');
}
