// X (x.com and twitter.com): the Draft.js composer always visible on /home. Composers and buttons
// are found the way a user finds them (role and accessible name), never by the adapter's selectors.
import type { Page } from 'playwright-core';
import { composerIn, type Composer, type Site } from './site.ts';

const POST_TEXT = 'Post text';

function xSite(id: 'x' | 'twitter', host: string): Site {
  return {
    id,
    platform: 'x',
    url: `https://${host}/home`,
    fixtureFrame: async (page) => page.mainFrame(),
    async openComposer(page: Page): Promise<Composer> {
      const main = page.getByRole('main');
      const editor = main.getByRole('textbox', { name: POST_TEXT }).first();
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, main.getByRole('button', { name: 'Post', exact: true }).first());
    },
  };
}

export const X = xSite('x', 'x.com');
export const TWITTER = xSite('twitter', 'twitter.com');

/** "Add another post": the thread's second composer (index 1). */
export async function openThreadComposer(page: Page): Promise<Composer> {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add post' }).first().click();
  const editor = main.getByRole('textbox', { name: POST_TEXT }).nth(1);
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), 1, editor, main.getByRole('button', { name: 'Post', exact: true }).first());
}

/** The reply dialog under the feed tweet (after the home composer in document order). */
export async function openReplyComposer(page: Page): Promise<Composer> {
  await page.getByRole('article').getByRole('button', { name: 'Reply' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reply' });
  const editor = dialog.getByRole('textbox', { name: POST_TEXT });
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), 1, editor, dialog.getByRole('button', { name: 'Reply', exact: true }));
}
