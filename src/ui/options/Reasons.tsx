// The reasons the user gave at "Post anyway" (only asked when the organisation
// wants it), kept on this computer for the user alone, with a way to delete them.
import { clearReasons } from '../../platform/reasons.ts';
import type { SettingsSnapshot } from '../../platform/settings.ts';
import { CATEGORY_TEXT } from '../../i18n/categories.ts';
import { formatTime, SITE_NAMES, type Texts } from '../../i18n/index.ts';

export function Reasons({ snap, t }: { snap: SettingsSnapshot; t: Texts }) {
  if (!snap.reasons.length) return null;
  return (
    <section aria-labelledby="tt-reasons" data-tt="reasons">
      <h2 id="tt-reasons">{t('reasonsTitle')}</h2>
      <p class="muted">{t('reasonsHint')}</p>
      <ul class="plain reasons">
        {[...snap.reasons].reverse().map((r) => (
          <li key={r.at}>
            <span class="muted">
              {formatTime(r.at, t.lang)} · {SITE_NAMES[r.site]} · {r.categories.map((c) => CATEGORY_TEXT[c][t.lang]).join('; ')}
            </span>
            <br />“{r.reason}”
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void clearReasons()}>
        {t('reasonsClear')}
      </button>
    </section>
  );
}
