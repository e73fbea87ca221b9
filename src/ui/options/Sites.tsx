// Per-site switches; a site the organisation set is shown but cannot be changed.
import { PLATFORMS } from '../../rules/index.ts';
import { setPrivateChats, setSite, type SettingsSnapshot } from '../../platform/settings.ts';
import { SITE_NAMES, type Texts } from '../../i18n/index.ts';
import { SITE_ADAPTERS } from '../../sites/index.ts';
import { cssValidator, patchAdapter } from '../../sites/patch.ts';

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
      <AdminSelectors snap={snap} t={t} />
    </section>
  );
}

/** The selectors the organisation added per site (policy siteSelectors); a bad one is named with its path and ignored. */
function AdminSelectors({ snap, t }: { snap: SettingsSnapshot; t: Texts }) {
  const patch = snap.settings.siteSelectors;
  if (!patch) return null;
  const valid = cssValidator(document);
  const rows = SITE_ADAPTERS.flatMap((a) => {
    const extra = patch[a.id];
    if (!extra) return [];
    const bad = new Map(patchAdapter(a, patch, valid).problems.map((p) => [p.path, p.message]));
    return (['composer', 'submit', 'enterSubmits'] as const).flatMap((kind) =>
      (extra[kind] ?? []).map((sel, i) => {
        const path = `siteSelectors.${a.id}.${kind}[${i}]`;
        return { path, sel, problem: bad.get(path) };
      }),
    );
  });
  return (
    <div data-tt="site-selectors">
      <h3>{t('siteSelectors')}</h3>
      <ul class="plain">
        {rows.map((r) => (
          <li key={r.path} data-path={r.path} data-valid={String(!r.problem)}>
            <code>{r.path}</code>: <code>{r.sel}</code>
            {r.problem && <span class="tag">⚠ {r.problem}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
