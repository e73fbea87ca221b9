// The toolbar popup: is Think Twice active in this tab, which pack, how many
// findings, when the company rules were last updated.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../rules/index.ts';
import { type SettingsSnapshot, watchSettings } from '../../platform/settings.ts';
import { askBackground, askTab, openOptionsPage, type TabStatus } from '../../platform/tab-status.ts';
import { SITE_NAMES, TEXT, formatTime } from '../options/text.ts';

/** `tabId`: report on that tab instead of the active one (popup.html?tab=N, e.g. opened in its own tab). */
export function PopupApp({ lang, tabId }: { lang: Lang; tabId?: number }) {
  const t = TEXT[lang];
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
  const site = tab?.platform ? snap.sites[tab.platform] : undefined;
  const active = !!tab && (!site || site.enabled);
  const pack = snap.company ?? snap.userPack;
  const error = snap.policy?.error;
  return (
    <main class="popup" data-tt="popup" data-active={String(active)}>
      <p class={`state ${active ? 'on' : 'off'}`} data-tt="tab-state">
        {tab && site && !site.enabled ? `${t.popupOff} (${SITE_NAMES[tab.platform!]})` : active ? t.popupActive : t.popupInactive}
      </p>
      {active && (
        <p>
          {t.popupFindings}: <strong data-tt="findings-count">{tab!.findings}</strong>
        </p>
      )}
      <p>
        {t.popupPack}:{' '}
        <strong data-tt="pack">{pack ? `${pack.name} · ${pack.version}` : t.popupNoPack}</strong>
        {snap.company && <span class="tag">{t.managed}</span>}
      </p>
      {snap.company && (
        <p class="muted" data-tt="policy-updated">
          {t.popupPolicyUpdate}: {formatTime(snap.policy?.updatedAt, lang)}
        </p>
      )}
      {failed && (
        <p role="alert" class="error" data-tt="check-failed">
          {t.popupCheckFailed} <code>{failed.join(', ')}</code>
        </p>
      )}
      {error && (
        <p role="alert" class="error" data-tt="policy-error">
          {t.policyError} <code>{error.path}</code>: {error.message}
        </p>
      )}
      <button type="button" onClick={openOptionsPage}>
        {t.popupOptions}
      </button>
    </main>
  );
}
