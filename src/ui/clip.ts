// Geometry for the overlay underlines: the part of the screen where a composer's text can
// show (so a box never sits over page content the editor has scrolled away), and the
// order of composers in the page.
import type { Box } from './state.ts';

/** Slack around the composer: an underline sits a little below its line's box. */
const SLACK = 2;

/** The viewport ∩ the composer's box ∩ every clipping ancestor's box. */
export function clipBox(root: Element, clippers: readonly Element[]): Box {
  const view = root.ownerDocument.defaultView!;
  const r = root.getBoundingClientRect();
  let left = Math.max(0, r.left - SLACK);
  let top = Math.max(0, r.top - SLACK);
  let right = Math.min(view.innerWidth, r.right + SLACK);
  let bottom = Math.min(view.innerHeight, r.bottom + SLACK);
  for (const c of clippers) {
    const b = c.getBoundingClientRect();
    left = Math.max(left, b.left);
    top = Math.max(top, b.top);
    right = Math.min(right, b.right);
    bottom = Math.min(bottom, b.bottom);
  }
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** `node`, then the host of each shadow root it sits in, outermost last. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/** Document order across shadow roots (a shadow root counts at its host), for sort(). */
export function composedOrder(a: Node, b: Node): number {
  const ca = hostChain(a).reverse();
  const cb = hostChain(b).reverse();
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    if (ca[i] === cb[i]) continue;
    return ca[i]!.compareDocumentPosition(cb[i]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return ca.length - cb.length;
}
