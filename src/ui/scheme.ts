// The composer's colour scheme, from what the page paints behind it: the first
// opaque background from the composer up (through shadow roots and into the
// frame's <html>). Dark composer → dark card and badge; nothing opaque found →
// undefined, and the system's scheme decides (prefers-color-scheme in theme.ts).
import { isDark, parseColor } from './a11y/contrast.ts';
import type { Scheme } from './theme.ts';

export function schemeOf(root: Element): Scheme | undefined {
  const win = root.ownerDocument.defaultView;
  if (!win) return undefined;
  for (let n: Node | null = root; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (!(n instanceof Element)) continue;
    const bg = parseColor(win.getComputedStyle(n).backgroundColor);
    // Mostly opaque: a faint tint over the page does not decide the scheme.
    if (bg && bg[3] >= 0.5) return isDark(bg) ? 'dark' : 'light';
  }
  return undefined;
}
