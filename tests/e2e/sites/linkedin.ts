// LinkedIn: Quill composer in a dialog inside #interop-outlet's open shadow root (/feed/), or in
// a same-origin iframe (/preload/).
import type { Frame, Page } from 'playwright-core';
import { composerIn, type Composer, type Site } from './site.ts';

const EDITOR = '.ql-editor[role="textbox"][aria-label="Text editor for creating content"]';

export const LINKEDIN: Site = {
  id: 'linkedin',
  platform: 'linkedin',
  url: 'https://www.linkedin.com/feed/',
  fixtureFrame: async (page) => page.mainFrame(),
  async openComposer(page: Page): Promise<Composer> {
    await page.getByRole('button', { name: 'Start a post' }).click();
    // Playwright's CSS engine pierces open shadow roots.
    const editor = page.locator(`#interop-outlet ${EDITOR}`);
    await editor.waitFor();
    return composerIn(page, page.mainFrame(), 0, editor, page.locator('#interop-outlet [role="dialog"] button', { hasText: /^Post$/ }));
  },
};

async function preloadFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[src="/preload/frame"]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('LinkedIn /preload/: the composer iframe is missing');
  await frame.waitForFunction(() => Boolean(window.__fixture));
  return frame;
}

export const LINKEDIN_IFRAME: Site = {
  id: 'linkedin-iframe',
  platform: 'linkedin',
  url: 'https://www.linkedin.com/preload/',
  fixtureFrame: preloadFrame,
  async openComposer(page: Page): Promise<Composer> {
    const frame = await preloadFrame(page);
    await frame.evaluate(() => window.__fixture.open());
    const editor = frame.locator(EDITOR);
    await editor.waitFor();
    return composerIn(page, frame, 0, editor, frame.locator('[role="dialog"] button', { hasText: /^Post$/ }));
  },
};

/**
 * /preload/sharebox/: the 2026 post composer, Quill 1 in the open shadow root of a zero-height
 * #interop-outlet (with `nested`, one shadow root deeper). It opens by itself.
 */
function sharebox(id: 'linkedin-quill1' | 'linkedin-quill1-nested', query: string): Site {
  return {
    id,
    platform: 'linkedin',
    url: `https://www.linkedin.com/preload/sharebox/${query}`,
    fixtureFrame: async (page) => page.mainFrame(),
    async openComposer(page: Page): Promise<Composer> {
      // Found the way a user finds it: the textbox by its accessible name (Playwright pierces open shadow roots).
      const editor = page.getByRole('textbox', { name: 'Text editor for creating content' });
      await editor.waitFor();
      return composerIn(page, page.mainFrame(), 0, editor, page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }));
    },
  };
}

export const LINKEDIN_QUILL1 = sharebox('linkedin-quill1', '');
export const LINKEDIN_QUILL1_NESTED = sharebox('linkedin-quill1-nested', '?nested=1');
