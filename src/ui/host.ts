// The one <think-twice-ui> element per document. Everything we draw lives in its
// CLOSED shadow root, outside the editor and out of reach of page styles and scripts:
// the page must not read which of its words are underlined or how many findings there are.
import { render, h } from 'preact';
import { App } from './App.tsx';
import { UI_CSS } from './styles.ts';
import type { Label, UiActions, UiState } from './state.ts';

export const HOST_TAG = 'think-twice-ui';

export interface UiHost {
  overlay: HTMLElement;
  /** An invisible place for measurements (textarea mirrors). */
  scratch: HTMLElement;
  render(state: UiState): void;
  /** Puts `text` into the polite live region (inside the closed root: screen readers hear it, the page cannot read it). */
  say(text: string): void;
  /** True when the event happened inside our UI. */
  owns(event: Event): boolean;
  remove(): void;
}

export function createHost(doc: Document, actions: UiActions, label: Label): UiHost {
  // A stale host from a previous load of the extension (update, reload) goes first.
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  let removed = false;
  const overlay = doc.createElement('div');
  overlay.className = 'layer overlay';
  overlay.setAttribute('aria-hidden', 'true');
  const mount = doc.createElement('div');
  const scratch = doc.createElement('div');
  scratch.setAttribute('aria-hidden', 'true');
  const live = doc.createElement('div');
  live.className = 'live';
  live.dataset.tt = 'live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  shadow.append(style, overlay, mount, scratch, live);
  doc.documentElement.appendChild(host);
  return {
    overlay,
    scratch,
    render(state) {
      // Pages that rebuild <html> children (rare SPA shells) may drop us; put it back.
      if (removed) return;
      if (!host.isConnected) doc.documentElement.appendChild(host);
      render(h(App, { state, actions, label }), mount);
    },
    say(text) {
      live.textContent = text;
    },
    owns: (event) => event.composedPath().includes(host),
    remove() {
      removed = true;
      render(null, mount);
      host.remove();
    },
  };
}
