// LinkedIn: the share box (Quill 1) in a dialog inside #interop-outlet's open shadow root: on
// /feed/ behind "Start a post", on /preload/sharebox/ open by itself (with `nested`, one shadow root
// deeper). Found the way a user finds it (role and accessible name; Playwright pierces open shadow
// roots), never by the adapter's selectors.
import type { Page } from 'playwright-core';
import { composerIn, type Composer, type Site } from './site.ts';

const EDITOR_NAME = 'Text editor for creating content';

async function shareBox(page: Page): Promise<Composer> {
  const editor = page.getByRole('textbox', { name: EDITOR_NAME });
  await editor.waitFor();
  return composerIn(page, page.mainFrame(), 0, editor, page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }));
}

export const LINKEDIN: Site = {
  id: 'linkedin',
  platform: 'linkedin',
  url: 'https://www.linkedin.com/feed/',
  fixtureFrame: async (page) => page.mainFrame(),
  async openComposer(page: Page): Promise<Composer> {
    await page.getByRole('button', { name: 'Start a post' }).click();
    return shareBox(page);
  },
};

function sharebox(id: 'linkedin-quill1' | 'linkedin-quill1-nested', query: string): Site {
  return {
    id,
    platform: 'linkedin',
    url: `https://www.linkedin.com/preload/sharebox/${query}`,
    fixtureFrame: async (page) => page.mainFrame(),
    async openComposer(page: Page): Promise<Composer> {
      // Opens by itself; after a post, the fixture's `open()` stands in for the page's own trigger.
      if (!(await page.getByRole('textbox', { name: EDITOR_NAME }).count())) await page.evaluate(() => window.__fixture.open());
      return shareBox(page);
    },
  };
}

export const LINKEDIN_QUILL1 = sharebox('linkedin-quill1', '');
export const LINKEDIN_QUILL1_NESTED = sharebox('linkedin-quill1-nested', '?nested=1');
