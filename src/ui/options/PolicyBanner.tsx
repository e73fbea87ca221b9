// Where the company rules stand: managed or not, last update, the current problem.
import type { Lang } from '../../rules/index.ts';
import type { SettingsSnapshot } from '../../platform/settings.ts';
import { formatTime, type Text } from './text.ts';

export function PolicyBanner({ snap, t, lang }: { snap: SettingsSnapshot; t: Text; lang: Lang }) {
  const status = snap.policy;
  const error = status?.error ?? snap.userPackError;
  return (
    <section class={`banner ${error ? 'error' : ''}`} data-tt="policy-status" data-managed={String(!!status?.managed)}>
      <p>{snap.company ? t.policyOk : t.policyNone}</p>
      {snap.company && (
        <p class="muted">
          <strong data-tt="company-pack">
            {snap.company.name} · {snap.company.version}
          </strong>{' '}
          — {t.updated}: {formatTime(status?.updatedAt, lang)}
        </p>
      )}
      {(status?.problems ?? [])
        .filter((p) => p.warning)
        .map((p) => (
          <p class="muted" key={p.path} data-tt="policy-warning" data-path={p.path}>
            ⚠ <code>{p.path}</code>: {p.message}
          </p>
        ))}
      {error && (
        <div role="alert" data-tt="policy-error" data-path={error.path}>
          <p>{status?.error ? t.policyError : ''}</p>
          <p>
            {t.policyErrorAt} <code>{error.path}</code>: {error.message}
          </p>
        </div>
      )}
    </section>
  );
}
