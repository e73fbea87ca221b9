// Underlines without touching the editor: one CSS.highlights entry per
// severity (document-wide registry), or, where the Highlight API is missing,
// positioned boxes from Range.getClientRects() in our own overlay layer.
import type { Severity } from '../rules/index.ts';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from './styles.ts';

export interface Mark {
  /** A live range in the editor, painted with CSS.highlights… */
  range?: Range;
  /** …or, where there is none (textarea), boxes measured on demand for the overlay. */
  rects?: () => DOMRect[];
  severity: Severity;
}

export const markRects = (m: Mark): DOMRect[] => (m.range ? [...m.range.getClientRects()] : (m.rects?.() ?? []));

export interface Painter {
  /** Replace the marks of one composer. */
  set(composer: number, marks: readonly Mark[]): void;
  /** Make sure the ::highlight rules reach the tree `node` lives in (document or shadow root). */
  styleFor(node: Node): void;
  /** Overlay mode: recompute box positions (after scroll/resize). */
  reposition(): void;
  readonly native: boolean;
}

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];

function injectStyle(scope: Document | ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  } catch {
    // Constructable sheets unavailable (or wrapped) in this world: a <style>
    // next to the page's own styles, never inside the editor.
    const style = doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    (scope instanceof ShadowRoot ? scope : doc.head ?? doc.documentElement).appendChild(style);
  }
}

export function createPainter(doc: Document, overlay: HTMLElement): Painter {
  const byComposer = new Map<number, readonly Mark[]>();
  const styled = new WeakSet<Document | ShadowRoot>();
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
  const HighlightCtor = (doc.defaultView as unknown as { Highlight?: typeof Highlight })?.Highlight;
  const native = !!registry && !!HighlightCtor;
  const highlights = new Map<Severity, Highlight>();
  if (native) {
    for (const sev of SEVERITIES) {
      const h = new HighlightCtor!();
      highlights.set(sev, h);
      registry!.set(HIGHLIGHT_NAMES[sev], h);
    }
  }

  // Overlay boxes: every mark without the Highlight API, rect-only marks always.
  const drawOverlay = () => {
    const boxes: HTMLElement[] = [];
    for (const marks of byComposer.values()) {
      for (const mark of marks) {
        if (native && mark.range) continue;
        for (const r of markRects(mark)) {
          if (r.width < 1) continue;
          const box = doc.createElement('div');
          box.className = `mark ${mark.severity}`;
          box.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`;
          boxes.push(box);
        }
      }
    }
    overlay.replaceChildren(...boxes);
  };

  let overlayInUse = false;
  const refresh = () => {
    if (native) {
      for (const h of highlights.values()) h.clear();
      for (const marks of byComposer.values()) for (const m of marks) if (m.range) highlights.get(m.severity)!.add(m.range);
    }
    const needsOverlay = !native || [...byComposer.values()].some((ms) => ms.some((m) => !m.range));
    if (needsOverlay || overlayInUse) drawOverlay();
    overlayInUse = needsOverlay;
  };

  return {
    native,
    set(composer, marks) {
      if (marks.length) byComposer.set(composer, marks);
      else if (!byComposer.delete(composer)) return;
      refresh();
    },
    styleFor(node) {
      const scope = node.getRootNode() as Document | ShadowRoot;
      if (styled.has(scope) || !native) return;
      styled.add(scope);
      injectStyle(scope, doc);
      // The document sheet is needed too when the editor sits in a shadow root.
      if (scope !== doc && !styled.has(doc)) {
        styled.add(doc);
        injectStyle(doc, doc);
      }
    },
    reposition() {
      if (overlayInUse) drawOverlay();
    },
  };
}
