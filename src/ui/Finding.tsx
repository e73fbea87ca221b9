// One finding: what, why, which clause, and what the user can do about it.
import type { Finding, Lang } from '../rules/index.ts';
import type { Label } from './state.ts';

interface Props {
  finding: Finding;
  lang: Lang;
  label: Label;
  onApply?: () => void;
  onIgnore?: () => void;
}

// Keep focus in the editor: the buttons act on click but never take focus from a mouse press.
const keepFocus = (e: MouseEvent) => e.preventDefault();

export function FindingItem({ finding, lang, label, onApply, onIgnore }: Props) {
  const f = finding;
  return (
    <div class="finding" data-tt="finding" data-rule-id={f.ruleId} data-category={f.category} data-severity={f.severity}>
      <div>
        <span class={`sev ${f.severity}`}>{label(`severity_${f.severity}`)}</span>
        <span class="quote">“{f.text}”</span>
      </div>
      <p class="msg">{f.message[lang]}</p>
      {f.why && <p class="why">{f.why[lang]}</p>}
      {f.clause && <p class="clause">{label('clause', f.clause)}</p>}
      {(onApply || onIgnore) && (
        <div class="actions">
          {f.suggestion && onApply && (
            <button type="button" class="act primary" data-action="apply" onMouseDown={keepFocus} onClick={onApply}>
              {f.suggestion.label[lang]}
            </button>
          )}
          {onIgnore && (
            <button type="button" class="act" data-action="ignore" onMouseDown={keepFocus} onClick={onIgnore}>
              {label('ignoreOnce')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
