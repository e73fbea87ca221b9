// Finds composers as they appear: initial scan, MutationObserver (throttled),
// and focusin (capture) for editors the scan has not reached yet, including
// those inside open shadow roots. The editor DOM is only read, never changed.
import type { SiteAdapter } from './types.ts';
import type { EditorEngine } from './editors/types.ts';
import { engineFor } from './index.ts';

export interface ComposerWatch {
  /** Re-scan now (e.g. after navigation). */
  scan(): void;
  stop(): void;
}

const SCAN_DELAY_MS = 150;
const SWEEP_INTERVAL_MS = 2000;

export function watchComposers(
  adapter: SiteAdapter,
  doc: Document,
  onFound: (root: HTMLElement, engine: EditorEngine) => void,
  /** Composers to watch now; one refused now is looked at again on the next scan. */
  accept: (el: Element) => boolean = () => true,
): ComposerWatch {
  const composerSel = adapter.selectors.composer.join(',');
  const hostSel = adapter.selectors.shadowHosts?.join(',');
  const seen = new WeakSet<Element>();
  const scopes = new Set<Document | ShadowRoot>([doc]);
  const observers: MutationObserver[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSweep = 0;

  const consider = (el: Element) => {
    if (seen.has(el) || !el.isConnected || !accept(el)) return;
    const engine = engineFor(adapter, el);
    if (!engine) return;
    seen.add(el);
    onFound(el as HTMLElement, engine);
  };
  const addScope = (root: ShadowRoot) => {
    if (scopes.has(root)) return;
    scopes.add(root);
    observe(root);
  };
  // Open shadow roots anywhere: a full sweep is costly on big pages, so it runs rarely.
  const sweepShadowRoots = () => {
    const now = Date.now();
    if (now - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = now;
    for (const scope of [...scopes]) {
      const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const sr = (n as Element).shadowRoot;
        if (sr) addScope(sr);
      }
    }
  };
  const scan = () => {
    timer = undefined;
    if (hostSel) for (const host of doc.querySelectorAll(hostSel)) if (host.shadowRoot) addScope(host.shadowRoot);
    sweepShadowRoots();
    for (const scope of scopes) for (const el of scope.querySelectorAll(composerSel)) consider(el);
  };
  const schedule = () => {
    timer ??= setTimeout(scan, SCAN_DELAY_MS);
  };
  function observe(target: Node) {
    const mo = new MutationObserver((records) => {
      for (const r of records) {
        // Typing re-renders the editor's own nodes; those never hold a new composer.
        if (!r.addedNodes.length || (r.target as Element).closest?.(composerSel)) continue;
        return schedule();
      }
    });
    mo.observe(target, { childList: true, subtree: true });
    observers.push(mo);
  }
  // Focus reveals editors in shadow roots the scan did not know about.
  const onFocus = (e: Event) => {
    for (const n of e.composedPath()) {
      if (n instanceof ShadowRoot) addScope(n);
      else if (n instanceof Element && n.matches(composerSel)) consider(n);
    }
  };
  observe(doc);
  doc.addEventListener('focusin', onFocus, true);
  scan();
  return {
    scan,
    stop() {
      for (const mo of observers) mo.disconnect();
      doc.removeEventListener('focusin', onFocus, true);
      if (timer) clearTimeout(timer);
    },
  };
}
