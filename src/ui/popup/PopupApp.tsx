// The toolbar popup: is Think Twice checking this tab (or switched off here),
// what it found, whose rules apply, and any problem with them in plain words.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../rules/index.ts';
import { type SettingsSnapshot, resetUserPack, setSite, watchSettings } from '../../platform/settings.ts';
import { askBackground, askTab, type TabStatus } from '../../platform/tab-status.ts';
import { openOptions } from '../../platform/pages.ts';
import { formatTime, SITE_NAMES, summary, texts, type Texts } from '../../i18n/index.ts';
import { PLATFORMS, type Platform } from '../../rules/types.ts';
import { Problem, problemOf } from '../common/Problem.tsx';

/** `tabId`: report on that tab instead of the active one (popup.html?tab=N, e.g. opened in its own tab). */
export function PopupApp({ lang, tabId }: { lang: Lang; tabId?: number }) {
  const t = useMemo(() => texts(lang), [lang]);
  const [snap, setSnap] = useState<SettingsSnapshot>();
  const [tab, setTab] = useState<TabStatus | null>();
  const [failed, setFailed] = useState<string[]>();
  useEffect(() => watchSettings(setSnap), []);
  useEffect(() => {
    const poll = () => {
      void askTab(tabId).then((s) => setTab(s ?? null));
      void askBackground().then((s) => setFailed(s?.failed));
    };
    poll();
    // Findings change while the user types in the page behind the popup.
    const id = setInterval(poll, 1000);
    return () => clearInterval(id);
  }, [tabId]);
  if (!snap || tab === undefined) return null;
  const platform = tab?.platform;
  const site = platform ? snap.sites[platform] : undefined;
  const off = !!site && !site.enabled;
  const active = !!tab && !off;
  const problem = problemOf(snap);
  // Green only when it checks here and the rules loaded; a problem is never shown as all-clear.
  const state = off ? 'off' : !active ? 'inactive' : problem ? 'problem' : 'on';
  return (
    <main class="popup" data-tt="popup" data-active={String(active)} data-state={state}>
      <h1 class="popup-title">Think Twice</h1>
      <p class={`state ${state}`} data-tt="tab-state">
        {off ? t(site!.locked ? 'popupOffOrg' : 'popupOffUser', { site: SITE_NAMES[platform!] }) : active ? t('popupActive') : t('popupInactive')}
      </p>
      {off && !site!.locked && (
        <p>
          <button type="button" data-action="switch-on" onClick={() => void setSite(platform!, true)}>
            {t('popupSwitchOn')}
          </button>
        </p>
      )}
      {active && (
        <p data-tt="findings-count" data-count={tab!.findings}>
          {t('popupFindings', { summary: summary(t, tab!.findings, 0) })}
        </p>
      )}
      {active && !!tab!.partial && (
        <p class="muted" data-tt="partial" data-count={tab!.partial}>
          {t('partialProtection')}
        </p>
      )}
      <SiteModes snap={snap} tab={tab} t={t} />
      <p>
        {t('popupRules')}:{' '}
        <strong data-tt="pack">
          {snap.company ? `${snap.company.name} · ${snap.company.version}` : snap.userPack ? t('mine') : t('popupBuiltinOnly')}
        </strong>
        {snap.company && <span class="tag">{t('managed')}</span>}
      </p>
      {snap.company && (
        <p class="muted" data-tt="policy-updated">
          {t('popupUpdated')}: {formatTime(snap.policy?.updatedAt, lang)}
        </p>
      )}
      {failed && (
        <div class="problem" role="alert" data-tt="check-failed">
          <p>{t('popupCheckFailed')}</p>
          <details class="details">
            <summary>{t('problemDetails')}</summary>
            <p>
              <code>{failed.join(', ')}</code>
            </p>
          </details>
        </div>
      )}
      {problem && <Problem problem={problem} hasCompany={!!snap.company} t={t} onReset={() => void resetUserPack()} />}
      <button type="button" onClick={() => void openOptions()}>
        {t('popupSettings')}
      </button>
    </main>
  );
}

/**
 * What is active per site: underlines and hold, underlines only (this tab has a composer whose
 * posts cannot be held: no submit control found, or an editor engine we do not know), or off.
 */
function SiteModes({ snap, tab, t }: { snap: SettingsSnapshot; tab: TabStatus | null; t: Texts }) {
  const mode = (p: Platform) => (!snap.sites[p].enabled ? 'off' : tab?.platform === p && tab.partial ? 'partial' : 'full');
  const says = { full: t('siteModeFull'), partial: t('partialProtection'), off: t('off') } as const;
  return (
    <section aria-label={t('sites')}>
      <ul class="site-modes" data-tt="site-modes">
        {PLATFORMS.map((p) => (
          <li key={p} data-site={p} data-mode={mode(p)}>
            {SITE_NAMES[p]}: <span data-tt="site-mode">{says[mode(p)]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
