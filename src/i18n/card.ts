// The card's labels (badge, card, hold) for one language: the composer's content script and
// the protocol studio's "Try it" box show the same card with the same words.
import { summary, type TextKey, type Texts } from './index.ts';

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

/** A label of the card by its key, with its values in order. */
export function cardLabel(t: Texts, key: string, ...subs: string[]): string {
  if (key === 'badgeLabel') return `Think Twice: ${summary(t, Number(subs[0]), 0)} ${t('badgeOpens')}`;
  if (key === 'coolBody') return t('coolBody', { later: coolLater(t, Number(subs[0])) });
  const entry = CARD_KEYS[key];
  if (!entry) return key;
  return t(entry.key, Object.fromEntries((entry.vars ?? []).map((name, i) => [name, subs[i] ?? ''])));
}
