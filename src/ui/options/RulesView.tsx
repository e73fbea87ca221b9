// The effective rules grouped by where they come from: the organisation (maybe
// locked), built-in, the user's own. Read-only; the user edits only their lists.
// Checks are named by what they look for; rule ids are for admins (CLI, README).
import type { Linter, Severity, SeveritySetting } from '../../rules/index.ts';
import type { RuleMeta } from '../../rules/rule.ts';
import type { Texts } from '../../i18n/index.ts';

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name);

function SeverityTag({ s, t }: { s: SeveritySetting; t: Texts }) {
  return <span class={`tag sev ${s}`}>{s === 'off' ? t('off') : t(`sev_${s as Severity}`)}</span>;
}

function NameList({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <details>
      <summary>
        {title} ({items.length})
      </summary>
      <p class="names">{items.join(' · ')}</p>
    </details>
  );
}

export function RulesView({ linter, locked, t }: { linter: Linter; locked: boolean; t: Texts }) {
  const pack = linter.pack;
  const company = pack.packs.find((p) => p.source === 'company');
  const customIds = new Set(pack.rules.map((r) => r.id));
  const setting = (m: RuleMeta): SeveritySetting => pack.overrides[m.id] ?? pack.severity[m.category] ?? m.severity;
  const builtins = linter.rules.filter((m) => !customIds.has(m.id));
  const bySource = (src: string) => ({
    clients: names(pack.clients.filter((c) => c.source === src)),
    terms: names(pack.confidential.filter((c) => c.source === src)),
    rules: pack.rules.filter((r) => r.source === src),
  });
  const co = bySource('company');
  const mine = bySource('user');
  return (
    <section aria-labelledby="tt-rules">
      <h2 id="tt-rules">{t('rules')}</h2>
      {company && (
        <div class="group" data-tt="rules-company" data-locked={String(locked)}>
          <h3>
            {t('company')}: {company.name} {company.version} <span class="tag">{t('managed')}</span>
            {locked && <span class="tag lock">🔒 {t('locked')}</span>}
          </h3>
          {locked && <p class="muted">{t('lockedHint')}</p>}
          <NameList title={t('clients')} items={co.clients} />
          <NameList title={t('terms')} items={co.terms} />
          {co.rules.length > 0 && (
            <details open>
              <summary>
                {t('customRules')} ({co.rules.length})
              </summary>
              <ul class="rules">
                {co.rules.map((r) => (
                  <li key={r.id} data-rule-id={r.id}>
                    {r.message[t.lang]} <SeverityTag s={pack.overrides[r.id] ?? r.severity} t={t} />
                    {r.clause && <span class="muted"> · {t('clauseRef', { clause: r.clause })}</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <div class="group" data-tt="rules-builtin">
        <h3>{t('builtin')}</h3>
        <ul class="rules">
          {builtins.map((m) => (
            <li key={m.id} data-rule-id={m.id}>
              {m.description[t.lang]} <SeverityTag s={setting(m)} t={t} />
            </li>
          ))}
        </ul>
        <p class="muted" data-tt="cool-down-setting" data-mode={pack.coolDown.mode}>
          {pack.coolDown.mode === 'off' ? t('coolDownOff') : t(pack.coolDown.mode === 'wait' ? 'coolDownWait' : 'coolDownAsk', { minutes: pack.coolDown.minutes })}
        </p>
        {pack.spokesperson.allowed && (
          <p class="muted" data-tt="spokesperson-allowed">
            {t('spokespersonAllowed')}
          </p>
        )}
      </div>
      {(mine.clients.length > 0 || mine.terms.length > 0 || mine.rules.length > 0) && (
        <div class="group" data-tt="rules-user">
          <h3>{t('yours')}</h3>
          <NameList title={t('clients')} items={mine.clients} />
          <NameList title={t('terms')} items={mine.terms} />
        </div>
      )}
    </section>
  );
}
