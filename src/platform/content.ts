// Content-script side of the platform layer: the lint port and the UI language.
import { browser } from 'wxt/browser';
import type { Lang } from '../rules/index.ts';
import { LINT_PORT, type LintAnswer, type LintRequest } from './protocol.ts';

export interface LintClient {
  send(request: Omit<LintRequest, 'type'>): void;
}

/**
 * Connects to the background's linter. Reconnects when the port drops (the
 * service worker was stopped); a reconnect counts as "packs changed" so the
 * caller re-sends its drafts.
 */
export function connectLinter(onAnswer: (answer: LintAnswer) => void): LintClient {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const open = () => {
    const p = browser.runtime.connect({ name: LINT_PORT });
    p.onMessage.addListener((msg: unknown) => onAnswer(msg as LintAnswer));
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
    });
    return p;
  };
  return {
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

/** The browser's UI language, reduced to the languages the messages exist in. */
export function uiLanguage(): Lang {
  const tag = (browser.i18n.getUILanguage?.() ?? navigator.language ?? 'en').toLowerCase();
  return tag.startsWith('nl') ? 'nl' : 'en';
}

/** A UI label from _locales (falls back to the key so a missing label is visible, not blank). */
export function label(key: string, ...subs: string[]): string {
  // WXT types getMessage per project after `wxt prepare`; the keys live in public/_locales.
  const i18n = browser.i18n as unknown as { getMessage(name: string, subs?: string[]): string };
  return i18n.getMessage(key, subs) || key;
}
