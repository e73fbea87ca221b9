// The words the user allowed with "Always allow", per check, with a way to undo.
// Each check is named by what it looks for, never by its rule id.
import type { Linter } from '../../rules/index.ts';
import { removeAllowed } from '../../platform/allow-list.ts';
import type { SettingsSnapshot } from '../../platform/settings.ts';
import type { Texts } from '../../i18n/index.ts';
import { checkName } from './check-name.ts';

export function AllowList({ snap, linter, t }: { snap: SettingsSnapshot; linter: Linter; t: Texts }) {
  if (!snap.allowed.length) return null;
  return (
    <section aria-labelledby="tt-allowed" data-tt="allow-list">
      <h2 id="tt-allowed">{t('allowTitle')}</h2>
      <p class="muted">{t('allowHint')}</p>
      {linter.pack.locked && <p class="muted">{t('allowLocked')}</p>}
      <ul class="chips">
        {snap.allowed.map((e) => (
          <li key={`${e.ruleId}:${e.text}`} data-allowed={e.text}>
            <span>
              “{e.text}” <span class="muted">— {checkName(linter, e.ruleId, t)}</span>
            </span>
            <button type="button" class="x" aria-label={t('remove', { name: e.text })} onClick={() => void removeAllowed(e)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
