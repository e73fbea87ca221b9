// All site adapters; the content script picks one by host name.
import type { SiteAdapter } from './types.ts';
import type { EditorEngine } from './editors/types.ts';
import { unknownEngine } from './editors/unknown.ts';
import x from './x.ts';
import linkedin from './linkedin.ts';
import facebook from './facebook.ts';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [x, linkedin, facebook];

export function adapterFor(hostname: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.matches.includes(hostname));
}

/**
 * The engine that owns this editable root, by its engine marker; an editable root no engine of
 * the site claims gets the unknown engine (underlines only, posts not held).
 */
export function engineFor(adapter: SiteAdapter, el: Element): EditorEngine | undefined {
  return adapter.editor.find((e) => el.matches(e.selector)) ?? (el.matches(unknownEngine.selector) ? unknownEngine : undefined);
}

export { defineSiteAdapter, type SiteAdapter } from './types.ts';
