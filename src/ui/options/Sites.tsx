// Per-site switches; a site the admin set is shown but cannot be changed.
import { PLATFORMS } from '../../rules/index.ts';
import { setSite, type SettingsSnapshot } from '../../platform/settings.ts';
import { SITE_NAMES, type Text } from './text.ts';

export function Sites({ snap, t }: { snap: SettingsSnapshot; t: Text }) {
  return (
    <section>
      <h2>{t.sites}</h2>
      <p class="muted">{t.sitesHint}</p>
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
                {s.locked && <span class="tag">🔒 {t.siteLocked}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
