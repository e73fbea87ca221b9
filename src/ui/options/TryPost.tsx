// A scratch box to try a post against the effective rules (with the user's
// exceptions, as in the composers). Linted in this page; the text lives only in
// component state and is never stored or sent.
import { useMemo, useState } from 'preact/hooks';
import { type AllowEntry, applyAllowList, type Linter } from '../../rules/index.ts';
import type { Texts } from '../../i18n/index.ts';

export function TryPost({ linter, allowed, t }: { linter: Linter; allowed: readonly AllowEntry[]; t: Texts }) {
  const [text, setText] = useState('');
  const findings = useMemo(
    () => (text.trim() ? applyAllowList(linter.lint(text, { uiLang: t.lang }), linter.pack.locked ? [] : allowed) : []),
    [linter, allowed, text, t.lang],
  );
  return (
    <section aria-labelledby="tt-try">
      <h2 id="tt-try">{t('tryTitle')}</h2>
      <p class="muted" id="tt-try-hint">
        {t('tryHint')}
      </p>
      <textarea
        data-tt="try-post"
        rows={5}
        aria-labelledby="tt-try"
        aria-describedby="tt-try-hint"
        placeholder={t('tryPlaceholder')}
        value={text}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div aria-live="polite">
        {text.trim() &&
          (findings.length === 0 ? (
            <p class="muted" data-tt="try-clean">
              {t('nothingFound')}
            </p>
          ) : (
            <ul class="findings" data-tt="try-findings">
              {findings.map((f) => (
                <li key={`${f.ruleId}:${f.start}`} class={f.severity} data-rule-id={f.ruleId} data-severity={f.severity}>
                  <mark>{f.text}</mark> — {f.message[t.lang]} <span class={`tag sev ${f.severity}`}>{t(`sev_${f.severity}`)}</span>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
