// One finding: what, why, which clause, and what the user can do about it.
import { useState } from 'preact/hooks';
import type { Finding, Lang } from '../rules/index.ts';
import { texts } from '../i18n/index.ts';
import { mailtoUrl, reportText } from './report.ts';
import type { CardOptions, Label } from './state.ts';

interface Props {
  finding: Finding;
  lang: Lang;
  label: Label;
  /** In the card (not the hold): where false alarms go, whether exceptions are allowed. */
  options?: CardOptions;
  /** "Finding 2 of 5", for screen readers moving with the arrow keys. */
  position?: string;
  onApply?: () => void;
  /** Only for warnings and notes: a blocking finding is let through at the hold, never dismissed here. */
  onIgnore?: () => void;
  onAllow?: () => void;
  onCopyReport?: () => Promise<boolean>;
}

// Keep focus in the editor: the buttons act on click but never take focus from a mouse press.
const keepFocus = (e: MouseEvent) => e.preventDefault();

export function FindingItem({
  finding,
  lang,
  label,
  options,
  position,
  onApply,
  onIgnore,
  onAllow,
  onCopyReport,
}: Props) {
  const f = finding;
  const t = texts(lang);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const ignore = f.severity !== 'block' ? onIgnore : undefined;
  const allow = options?.canAllow ? onAllow : undefined;
  const report = options && reportLink(options, f, lang);
  const acts = (f.suggestion && onApply) || ignore || allow || options;
  return (
    <div
      class="finding"
      data-tt="finding"
      data-rule-id={f.ruleId}
      data-category={f.category}
      data-severity={f.severity}
      tabIndex={-1}
    >
      <div>
        {position && <span class="sr">{position} </span>}
        <span class={`sev ${f.severity}`}>{label(`severity_${f.severity}`)}</span>
        <span class="quote">“{f.text}”</span>
      </div>
      <p class="msg">{f.message[lang]}</p>
      {f.why && <p class="why">{f.why[lang]}</p>}
      {f.clause && <p class="clause">{label('clause', f.clause)}</p>}
      {acts && (
        <div class="actions">
          {f.suggestion && onApply && (
            <button type="button" class="act primary" data-action="apply" onMouseDown={keepFocus} onClick={onApply}>
              {f.suggestion.label[lang]}
            </button>
          )}
          {ignore && (
            <button type="button" class="act" data-action="ignore" onMouseDown={keepFocus} onClick={ignore}>
              {label('ignoreOnce')}
            </button>
          )}
          {allow && (
            <button
              type="button"
              class="act"
              data-action="allow"
              title={t('allowAlwaysHint', { text: f.text })}
              onMouseDown={keepFocus}
              onClick={allow}
            >
              {t('allowAlways')}
            </button>
          )}
          {report && (
            <a
              class="act"
              data-action="report"
              href={report}
              target="_blank"
              rel="noopener noreferrer"
              title={t('reportExplain')}
              onMouseDown={keepFocus}
            >
              {t('reportFalseAlarm')}
            </a>
          )}
          {options && !report && onCopyReport && (
            <button
              type="button"
              class="act"
              data-action="report"
              title={t('reportNoAddress')}
              onMouseDown={keepFocus}
              onClick={() => void onCopyReport().then(setCopied)}
            >
              {t('reportFalseAlarm')}
            </button>
          )}
        </div>
      )}
      {copied !== undefined && (
        <p class="note" data-tt="report-note" role="status">
          {copied ? t('reportCopied') : t('reportNoAddress')}
        </p>
      )}
    </div>
  );
}

/** The prepared e-mail: the flagged words and the kind of check only, never the post. */
function reportLink(options: CardOptions, f: Finding, lang: Lang): string | undefined {
  if (!options.email) return undefined;
  const { subject, body } = reportText(texts(lang), { finding: f, site: options.site });
  return mailtoUrl(options.email, subject, body);
}
