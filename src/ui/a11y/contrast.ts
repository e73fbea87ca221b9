// WCAG 2 contrast: relative luminance of sRGB colours and the ratio between two.
// Used to tell a dark site from a light one, and by the tests that hold every
// text to 4.5:1 and every underline to 3:1.

export type Rgba = [r: number, g: number, b: number, a: number];

/** `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)`/`rgba(…)` (what getComputedStyle returns); null otherwise. */
export function parseColor(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (fn) {
    const a = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
    return [Number(fn[1]), Number(fn[2]), Number(fn[3]), a];
  }
  if (s === 'transparent') return [0, 0, 0, 0];
  return null;
}

/** `fg` with its alpha laid over an opaque `bg`. */
export const over = (fg: Rgba, bg: Rgba): Rgba => [0, 1, 2].map((i) => fg[i]! * fg[3] + bg[i]! * (1 - fg[3])).concat(1) as Rgba;

const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgba): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** The contrast ratio of two colours (1–21); a translucent `a` is laid over `b` first. */
export function contrast(a: string | Rgba, b: string | Rgba): number {
  const pb = typeof b === 'string' ? parseColor(b) : b;
  const pa = typeof a === 'string' ? parseColor(a) : a;
  if (!pa || !pb) throw new Error(`not a colour: ${String(!pa ? a : b)}`);
  const la = luminance(over(pa, pb));
  const lb = luminance(pb);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A background is dark when light text reads better on it than dark text. */
export const isDark = (bg: Rgba): boolean => luminance(bg) < 0.18;
