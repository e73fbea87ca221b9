// Opening the extension's own pages from the popup and the page UI.
import { browser } from 'wxt/browser';

export const openOptions = (): Promise<void> => browser.runtime.openOptionsPage();

/** Closes the tab this extension page is shown in (the first-run page's "Got it"). */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}
