// A problem with the rules, said plainly in the user's language with what to do;
// the technical detail (JSON path and message) folded away in a line for IT.
import type { SettingsSnapshot } from '../../platform/settings.ts';
import type { Texts } from '../../i18n/index.ts';
import type { Issue } from '../../rules/schema/dsl.ts';

export interface ShownProblem extends Issue {
  kind: 'company' | 'user';
}

/** The problem to show first: the organisation's pack, then the user's own additions. */
export function problemOf(snap: SettingsSnapshot): ShownProblem | undefined {
  if (snap.policy?.error) return { kind: 'company', ...snap.policy.error };
  if (snap.userPackError) return { kind: 'user', ...snap.userPackError };
  return undefined;
}

export function Problem({ problem, hasCompany, t, onReset }: { problem: ShownProblem; hasCompany: boolean; t: Texts; onReset?: () => void }) {
  const plain = problem.kind === 'user' ? t('problemUser') : hasCompany ? t('problemCompany') : t('problemCompanyNone');
  return (
    <div class="problem" role="alert" data-tt="policy-error" data-kind={problem.kind} data-path={problem.path}>
      <p>{plain}</p>
      {problem.kind === 'user' && onReset && (
        <p>
          <button type="button" data-action="reset-user" onClick={onReset}>
            {t('problemUserReset')}
          </button>
        </p>
      )}
      <details class="details">
        <summary>{t('problemDetails')}</summary>
        <p>
          <code data-tt="problem-path">{problem.path}</code>: <span lang="en">{problem.message}</span>
        </p>
      </details>
    </div>
  );
}
