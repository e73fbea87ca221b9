// Page objects: one per fixture site, one shape, so the acceptance suite runs unchanged per site.
import type { Frame, Locator, Page } from 'playwright-core';

export type SiteId = 'x' | 'twitter' | 'linkedin' | 'linkedin-quill1' | 'linkedin-quill1-nested' | 'facebook';

export interface Composer {
  /** The frame whose `window.__fixture` and Think Twice UI (its underlines, badge and card) belong to this composer. */
  frame: Frame;
  /** Index for `__fixture.modelText(index)`. */
  index: number;
  editor: Locator;
  /** The site's Post button for this composer. */
  postButton: Locator;
  /** Types like a user (real key events); newlines as the site's new-line key. */
  type(text: string): Promise<void>;
  modelText(): Promise<string>;
}

export interface Site {
  id: SiteId;
  /** The platform name the linter knows ('x' for both X hosts). */
  platform: 'x' | 'linkedin' | 'facebook';
  url: string;
  /** Opens (if needed) and focuses the main post composer. */
  openComposer(page: Page): Promise<Composer>;
  /** The frame holding `__fixture`. */
  fixtureFrame(page: Page): Promise<Frame>;
}

export async function posts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...window.__fixture.posts]);
}

/** Types `text`; '\n' becomes `newline` (Enter, or Shift+Enter where Enter sends). */
export async function typeInto(page: Page, editor: Locator, text: string, newline = 'Enter', delay = 0): Promise<void> {
  await editor.click();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press(newline);
    if (lines[i]) await page.keyboard.type(lines[i]!, { delay });
  }
}

export function composerIn(page: Page, frame: Frame, index: number, editor: Locator, postButton: Locator, newline = 'Enter'): Composer {
  return {
    frame,
    index,
    editor,
    postButton,
    type: (text) => typeInto(page, editor, text, newline),
    modelText: () => frame.evaluate((i) => window.__fixture.modelText(i), index),
  };
}
