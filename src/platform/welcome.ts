// The first-run page, opened once when the extension is installed (not on
// updates or browser restarts).
import { browser } from 'wxt/browser';

export function showWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    // A relative address resolves inside the extension.
    browser.tabs.create({ url: '/welcome.html' }).catch(() => {
      // No tab strip (a kiosk, a test browser without windows): the options page links to it too.
    });
  });
}
