// The language the extension speaks to this user: the browser's UI language,
// reduced to the languages the texts exist in (the findings use the same).
import { browser } from 'wxt/browser';
import type { Lang } from '../rules/index.ts';

export function uiLanguage(): Lang {
  const tag = (browser.i18n.getUILanguage?.() ?? navigator.language ?? 'en').toLowerCase();
  return tag.startsWith('nl') ? 'nl' : 'en';
}
