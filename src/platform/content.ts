// Content-script side of the platform layer: the lint port and the UI language.
import { browser } from 'wxt/browser';
import { LINT_PORT, type LintAnswer, type LintRequest, type PageSettings, type PortMessage } from './protocol.ts';
import { summary, type TextKey, type Texts, texts } from '../i18n/index.ts';
import { uiLanguage } from './lang.ts';

export { uiLanguage };

export interface LintClient {
  send(request: Omit<LintRequest, 'type'>): void;
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

// The card still asks for its labels by their earlier names and positional values.
const CARD_KEYS: Record<string, { key: TextKey; vars?: string[] }> = {
  cardTitle: { key: 'cardTitle' },
  checkFailed: { key: 'checkFailed' },
  notFullyChecked: { key: 'notFullyChecked', vars: ['count'] },
  noFindings: { key: 'nothingFound' },
  close: { key: 'close' },
  ignoreOnce: { key: 'ignoreOnce' },
  clause: { key: 'clause', vars: ['clause'] },
  severity_block: { key: 'sev_block' },
  severity_warn: { key: 'sev_warn' },
  severity_info: { key: 'sev_info' },
  guardTitle: { key: 'holdTitle' },
  guardBody: { key: 'holdBody' },
  guardEdit: { key: 'holdEdit' },
  guardPostAnyway: { key: 'holdPostAnyway' },
  coolTitle: { key: 'coolTitle' },
  coolKeep: { key: 'coolKeep' },
  coolPostNow: { key: 'coolPostNow' },
  coolWait: { key: 'coolWait', vars: ['time'] },
  coolReminder: { key: 'coolReminder' },
};

/** "in an hour", "in 30 minutes": when the author would look at a kept draft again. */
export const coolLater = (t: Texts, minutes: number): string => (minutes === 60 ? t('coolLaterHour') : t.plural('coolLaterMinutes', minutes));

/** A label of the page UI by its key, with its values in order. */
export function label(key: string, ...subs: string[]): string {
  const t = pageTexts();
  if (key === 'badgeLabel') return `Think Twice: ${summary(t, Number(subs[0]), 0)} ${t('badgeOpens')}`;
  if (key === 'coolBody') return t('coolBody', { later: coolLater(t, Number(subs[0])) });
  const entry = CARD_KEYS[key];
  if (!entry) return key;
  return t(entry.key, Object.fromEntries((entry.vars ?? []).map((name, i) => [name, subs[i] ?? ''])));
}
