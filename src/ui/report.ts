// "Report a false alarm": the words that were flagged, what kind of check flagged
// them and, for IT, the rule id, severity and source — the whole post only when
// the user chooses to include it. Made into an e-mail to the organisation's
// support address, or a text to copy.
import type { Finding, Platform } from '../rules/index.ts';
import { CATEGORY_TEXT } from '../i18n/categories.ts';
import { SITE_NAMES, type Texts } from '../i18n/index.ts';

export interface FalseAlarm {
  finding: Finding;
  site: Platform;
  /** The whole post, only when the user ticked "include my whole post". */
  post?: string;
}

export function reportText(t: Texts, { finding: f, site, post }: FalseAlarm): { subject: string; body: string } {
  const lines = [
    t('reportIntro'),
    '',
    t('reportWords', { text: `“${f.text}”` }),
    t('reportCheck', { check: CATEGORY_TEXT[f.category][t.lang] }),
    ...(f.clause ? [t('clause', { clause: f.clause })] : []),
    t('reportForIt', { rule: f.ruleId, severity: f.severity, source: f.source ?? 'builtin' }),
    ...(post !== undefined ? ['', t('reportPost'), post] : []),
  ];
  return { subject: t('reportSubject', { site: SITE_NAMES[site] }), body: lines.join('\n') };
}

/** A mailto: link (RFC 6068: %20 for spaces, CRLF line ends). */
export function mailtoUrl(email: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%0A/g, '%0D%0A');
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(body)}`;
}
