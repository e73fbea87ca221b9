// A scratch box to try a post against the effective rules. Linted in this page;
// the text lives only in component state and is never stored or sent.
import { useMemo, useState } from 'preact/hooks';
import type { Lang, Linter } from '../../rules/index.ts';
import type { Text } from './text.ts';

export function TryPost({ linter, t, lang }: { linter: Linter; t: Text; lang: Lang }) {
  const [text, setText] = useState('');
  const findings = useMemo(() => (text.trim() ? linter.lint(text, { uiLang: lang }) : []), [linter, text, lang]);
  return (
    <section>
      <h2>{t.tryTitle}</h2>
      <p class="muted">{t.tryHint}</p>
      <textarea
        data-tt="try-post"
        rows={5}
        placeholder={t.tryPlaceholder}
        value={text}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {text.trim() &&
        (findings.length === 0 ? (
          <p class="muted" data-tt="try-clean">
            {t.tryClean}
          </p>
        ) : (
          <ul class="findings" data-tt="try-findings">
            {findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}`} class={f.severity} data-rule-id={f.ruleId} data-severity={f.severity}>
                <mark>{f.text}</mark> — {f.message[lang]} <span class="tag">{t[`sev_${f.severity}`]}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
