// The toolbar icon follows the system's colour scheme. Firefox does that from
// the manifest (`theme_icons`); Chrome cannot, and its service worker has no
// matchMedia, so the extension's pages and content scripts report the scheme
// and the background switches the icon.
import { browser } from 'wxt/browser';
import { iconSet } from '../icons.ts';

const MESSAGE = 'thinktwice:color-scheme';
const TOOLBAR_SIZES = [16, 32];

/** The manifest already gives per-theme icons (the Firefox build): nothing to switch. */
const themedByBrowser = () => !!(browser.runtime.getManifest().action as { theme_icons?: unknown } | undefined)?.theme_icons;

/** Pages and content scripts: report the scheme now and whenever it changes. */
export function reportColorScheme(win: Window = window): void {
  if (themedByBrowser()) return;
  const query = win.matchMedia?.('(prefers-color-scheme: dark)');
  if (!query) return;
  const send = () => void browser.runtime.sendMessage({ type: MESSAGE, dark: query.matches }).catch(() => {});
  send();
  query.addEventListener('change', send);
}

/** Background: switch the toolbar icon to the reported scheme. */
export function followColorScheme(): void {
  if (themedByBrowser()) return;
  let current: boolean | undefined;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; dark?: unknown } | null;
    if (m?.type !== MESSAGE || typeof m.dark !== 'boolean' || m.dark === current) return undefined;
    current = m.dark;
    void browser.action.setIcon({ path: iconSet(m.dark ? 'dark' : 'light', TOOLBAR_SIZES) }).catch(() => {});
    return undefined;
  });
}
