// The first-run page: what Think Twice checks, that nothing leaves the device,
// who set the rules (and their protocol), and how to use it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORIES, createLinter, type Lang } from '../../rules/index.ts';
import { type SettingsSnapshot, watchSettings } from '../../platform/settings.ts';
import { currentShortcut } from '../../platform/commands.ts';
import { closeThisTab } from '../../platform/pages.ts';
import { CATEGORY_TEXT } from '../../i18n/categories.ts';
import { texts } from '../../i18n/index.ts';

export function WelcomeApp({ lang }: { lang: Lang }) {
  const t = useMemo(() => texts(lang), [lang]);
  const [snap, setSnap] = useState<SettingsSnapshot>();
  const [shortcut, setShortcut] = useState('');
  useEffect(() => watchSettings(setSnap), []);
  useEffect(() => void currentShortcut().then(setShortcut), []);
  const pack = useMemo(() => (snap ? createLinter(snap.layers).pack : undefined), [snap?.layers]);
  if (!snap || !pack) return null;
  const company = snap.company;
  return (
    <main class="welcome" data-tt="welcome">
      <h1>
        <img src="/icons/light-128.png" alt="" />
        {t('welcomeTitle')}
      </h1>
      <p>{t('welcomeIntro')}</p>
      <h2>{t('welcomeChecks')}</h2>
      <ul>
        {CATEGORIES.map((c) => (
          <li key={c}>{CATEGORY_TEXT[c][lang]}</li>
        ))}
      </ul>
      <h2>{t('welcomePrivacyTitle')}</h2>
      <p>{t('welcomePrivacy')}</p>
      <h2>{t('welcomeRulesTitle')}</h2>
      <p data-tt="welcome-rules">{company ? t('welcomeRulesOrg', { name: company.name, version: company.version }) : t('welcomeRulesNone')}</p>
      {pack.protocolUrl && (
        <p>
          <a href={pack.protocolUrl} target="_blank" rel="noopener noreferrer" data-tt="protocol-link">
            {t('protocolLink')}
          </a>
        </p>
      )}
      <h2>{t('welcomeHowTitle')}</h2>
      <ul>
        <li>{t('welcomeHowUnderline')}</li>
        <li>{t('welcomeHowBadge')}</li>
        <li>{t('welcomeHowHold')}</li>
        {shortcut && <li>{t('welcomeHowKeys', { shortcut })}</li>}
      </ul>
      <p>
        <button type="button" data-action="done" onClick={() => void closeThisTab()}>
          {t('welcomeDone')}
        </button>
      </p>
    </main>
  );
}
