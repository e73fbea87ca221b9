// A textarea has no text nodes to put a Range on, so its underlines are
// measured on a mirror: an invisible element with the same box and font,
// laid over the textarea, holding the same text.
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'direction', 'textAlign',
] as const;

/** Client rects of value[start, end) as the textarea shows it now. */
export function textareaRects(area: HTMLTextAreaElement, start: number, end: number, scratch: HTMLElement): DOMRect[] {
  const doc = area.ownerDocument;
  const style = doc.defaultView!.getComputedStyle(area);
  const box = area.getBoundingClientRect();
  const mirror = doc.createElement('div');
  const m = mirror.style;
  for (const k of COPIED) m[k] = style[k];
  m.position = 'fixed';
  m.left = `${box.left}px`;
  m.top = `${box.top}px`;
  m.visibility = 'hidden';
  m.whiteSpace = 'pre-wrap';
  m.overflowWrap = 'break-word';
  m.overflow = 'hidden';
  m.borderColor = 'transparent';
  const text = doc.createTextNode(area.value);
  mirror.append(text);
  scratch.append(mirror);
  mirror.scrollTop = area.scrollTop;
  mirror.scrollLeft = area.scrollLeft;
  const range = doc.createRange();
  range.setStart(text, Math.min(start, area.value.length));
  range.setEnd(text, Math.min(end, area.value.length));
  // Only what is visible inside the textarea's padding box.
  const inside = (r: DOMRect) => r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right;
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && inside(r));
  mirror.remove();
  return rects;
}
