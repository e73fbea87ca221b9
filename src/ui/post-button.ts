// The site's Post button of a composer: the first submit button (the adapter's
// selectors) in the composer's nearest container that has one. The card keeps
// clear of it, so the user can always see and reach it.
import type { SiteAdapter } from '../sites/types.ts';

export function postButtonFor(root: Element, adapter: Pick<SiteAdapter, 'selectors'>): Element | null {
  const sel = adapter.selectors.submit.join(',');
  if (!sel) return null;
  for (let n: Node | null = root.parentNode; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (!(n instanceof Element || n instanceof ShadowRoot)) continue;
    const hit = n.querySelector(sel);
    if (hit) return hit;
  }
  return null;
}
