// Where the company rules stand: set by the organisation or not, last update,
// the protocol, and the current problem in plain words.
import { resetUserPack, type SettingsSnapshot } from '../../platform/settings.ts';
import { formatTime, type Texts } from '../../i18n/index.ts';
import { Problem, problemOf } from '../common/Problem.tsx';

export function PolicyBanner({ snap, protocolUrl, t }: { snap: SettingsSnapshot; protocolUrl?: string; t: Texts }) {
  const status = snap.policy;
  const problem = problemOf(snap);
  const warnings = (status?.problems ?? []).filter((p) => p.warning);
  return (
    <section class={`banner ${problem ? 'error' : ''}`} data-tt="policy-status" data-managed={String(!!status?.managed)}>
      <p>{snap.company ? t('policyManaged') : t('policyNone')}</p>
      {snap.company && (
        <p class="muted">
          <strong data-tt="company-pack">
            {snap.company.name} · {snap.company.version}
          </strong>{' '}
          — {t('updated')}: {formatTime(status?.updatedAt, t.lang)}
        </p>
      )}
      {protocolUrl && (
        <p>
          <a href={protocolUrl} target="_blank" rel="noopener noreferrer" data-tt="protocol-link">
            {t('protocolLink')}
          </a>
        </p>
      )}
      {warnings.length > 0 && (
        <div data-tt="policy-warning">
          <p class="muted">{t('problemWarning')}</p>
          <details class="details">
            <summary>{t('problemDetails')}</summary>
            {warnings.map((p) => (
              <p key={p.path} data-path={p.path}>
                <code>{p.path}</code>: <span lang="en">{p.message}</span>
              </p>
            ))}
          </details>
        </div>
      )}
      {problem && <Problem problem={problem} hasCompany={!!snap.company} t={t} onReset={() => void resetUserPack()} />}
    </section>
  );
}
