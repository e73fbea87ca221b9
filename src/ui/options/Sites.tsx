// Per-site switches; a site the organisation set is shown but cannot be changed.
import { PLATFORMS } from '../../rules/index.ts';
import { setPrivateChats, setSite, type SettingsSnapshot } from '../../platform/settings.ts';
import { SITE_NAMES, type Texts } from '../../i18n/index.ts';

export function Sites({ snap, t }: { snap: SettingsSnapshot; t: Texts }) {
  return (
    <section aria-labelledby="tt-sites">
      <h2 id="tt-sites">{t('sites')}</h2>
      <p class="muted">{t('sitesHint')}</p>
      <ul class="plain">
        {PLATFORMS.map((p) => {
          const s = snap.sites[p];
          return (
            <li key={p}>
              <label>
                <input
                  type="checkbox"
                  data-tt="site"
                  data-site={p}
                  checked={s.enabled}
                  disabled={s.locked}
                  onChange={(e) => void setSite(p, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {SITE_NAMES[p]}
                {s.locked && <span class="tag">🔒 {t('siteLocked')}</span>}
              </label>
            </li>
          );
        })}
        <li>
          <label>
            <input
              type="checkbox"
              data-tt="private-chats"
              checked={snap.privateChats.enabled}
              disabled={snap.privateChats.locked}
              onChange={(e) => void setPrivateChats((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t('privateChats')}
            {snap.privateChats.locked && <span class="tag">🔒 {t('siteLocked')}</span>}
          </label>
        </li>
      </ul>
    </section>
  );
}
