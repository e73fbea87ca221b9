// The effective rules grouped by where they come from: company (managed, maybe
// locked), built-in, the user's own. Read-only; the user edits only their lists.
import type { Lang, Linter, Severity, SeveritySetting } from '../../rules/index.ts';
import type { RuleMeta } from '../../rules/rule.ts';
import type { Text } from './text.ts';

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name);

function SeverityTag({ s, t }: { s: SeveritySetting; t: Text }) {
  return <span class={`sev ${s}`}>{s === 'off' ? t.off : t[`sev_${s as Severity}`]}</span>;
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

export function RulesView({ linter, locked, t, lang }: { linter: Linter; locked: boolean; t: Text; lang: Lang }) {
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
    <section>
      <h2>{t.rules}</h2>
      {company && (
        <div class="group" data-tt="rules-company" data-locked={String(locked)}>
          <h3>
            {t.company}: {company.name} {company.version} <span class="tag">{t.managed}</span>
            {locked && <span class="tag lock" title={t.lockedHint}>🔒 {t.locked}</span>}
          </h3>
          {locked && <p class="muted">{t.lockedHint}</p>}
          <NameList title={t.clients} items={co.clients} />
          <NameList title={t.terms} items={co.terms} />
          {co.rules.length > 0 && (
            <details open>
              <summary>
                {t.customRules} ({co.rules.length})
              </summary>
              <ul class="rules">
                {co.rules.map((r) => (
                  <li key={r.id} data-rule-id={r.id}>
                    <code>{r.id}</code> — {r.message[lang]} <SeverityTag s={pack.overrides[r.id] ?? r.severity} t={t} />
                    {r.clause && <span class="muted"> §{r.clause}</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <div class="group" data-tt="rules-builtin">
        <h3>{t.builtin}</h3>
        <ul class="rules">
          {builtins.map((m) => (
            <li key={m.id} data-rule-id={m.id}>
              <code>{m.id}</code> — {m.description[lang]} <SeverityTag s={setting(m)} t={t} />
            </li>
          ))}
        </ul>
      </div>
      {(mine.clients.length > 0 || mine.terms.length > 0 || mine.rules.length > 0) && (
        <div class="group" data-tt="rules-user">
          <h3>{t.yours}</h3>
          <NameList title={t.clients} items={mine.clients} />
          <NameList title={t.terms} items={mine.terms} />
        </div>
      )}
    </section>
  );
}
