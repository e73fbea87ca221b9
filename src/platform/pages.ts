// Opening the extension's own pages from the popup and the page UI.
import { browser } from 'wxt/browser';

export const openOptions = (): Promise<void> => browser.runtime.openOptionsPage();

const OPEN_OPTIONS = 'thinktwice:open-options';

/** Content scripts cannot open the settings page themselves: they ask the background. */
export const askOpenOptions = (): Promise<void> => browser.runtime.sendMessage({ type: OPEN_OPTIONS }).then(() => undefined, () => undefined);

/** Background: open the settings page when a content script asks. */
export function answerOpenOptions(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type !== OPEN_OPTIONS) return undefined;
    return openOptions();
  });
}

/** Closes the tab this extension page is shown in (the first-run page's "Got it"). */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}
