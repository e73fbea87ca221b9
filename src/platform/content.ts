// Content-script side of the platform layer: the lint port and the UI language.
import { browser } from 'wxt/browser';
import { LINT_PORT, type LintAnswer, type LintRequest, type PageSettings, type PortMessage } from './protocol.ts';
import { cardLabel, coolLater } from '../i18n/card.ts';
import { type Texts, texts } from '../i18n/index.ts';
import { uiLanguage } from './lang.ts';

export { uiLanguage };

export interface LintClient {
  send(request: Omit<LintRequest, 'type'>): void;
  /** Connects now (no text sent), so the page settings arrive before any draft is checked. */
  open(): void;
}

/**
 * Connects to the background's linter. Reconnects when the port drops (the
 * service worker was stopped); a reconnect counts as "packs changed" so the
 * caller re-sends its drafts.
 */
export function connectLinter(onAnswer: (answer: LintAnswer) => void, onSettings: (settings: PageSettings) => void = () => {}): LintClient {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const open = () => {
    const p = browser.runtime.connect({ name: LINT_PORT });
    p.onMessage.addListener((msg: unknown) => {
      const m = msg as PortMessage;
      if (m.type === 'settings') onSettings(m.settings);
      else onAnswer(m);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = undefined;
      onAnswer({ type: 'disconnected' });
    });
    return p;
  };
  return {
    open() {
      port ??= open();
    },
    send(request) {
      const message: LintRequest = { type: 'lint', ...request };
      try {
        (port ??= open()).postMessage(message);
      } catch {
        // The worker restarted under us: open a fresh port once and retry.
        port = open();
        port.postMessage(message);
      }
    },
  };
}

let cachedTexts: Texts | undefined;

/**
 * The UI texts in the same language as the findings (getUILanguage).
 * browser.i18n.getMessage would follow the browser's own locale instead, which
 * can differ (a browser without the Dutch UI pack reports "nl" but serves
 * English labels), so the glossary is read here.
 */
export const pageTexts = (): Texts => (cachedTexts ??= texts(uiLanguage()));

export { coolLater };

/** A label of the page UI by its key, with its values in order. */
export function label(key: string, ...subs: string[]): string {
  return cardLabel(pageTexts(), key, ...subs);
}
