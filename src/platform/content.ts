// Content-script side of the platform layer: the lint port and the UI language.
import { browser } from 'wxt/browser';
import type { Lang } from '../rules/index.ts';
import { LINT_PORT, type LintAnswer, type LintRequest } from './protocol.ts';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';

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
      if (port !== p) return;
      port = undefined;
      onAnswer({ type: 'disconnected' });
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
let cachedLang: Lang | undefined;

type Bundle = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const BUNDLES: Record<Lang, Bundle> = { en: en as Bundle, nl: nl as Bundle };

/**
 * A UI label from public/_locales, in the same language as the findings
 * (getUILanguage). browser.i18n.getMessage would follow the browser's own
 * locale instead, which can differ (a browser without the Dutch UI pack
 * reports "nl" but serves English labels), so the bundles are read here.
 */
export function label(key: string, ...subs: string[]): string {
  const entry = BUNDLES[(cachedLang ??= uiLanguage())][key] ?? BUNDLES.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}
