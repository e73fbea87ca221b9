// The protocol document from the answers: readable on screen, printable, and as Markdown.
// Each clause carries the anchor a finding's protocol link points at.
import { useState } from 'preact/hooks';
import type { Pack } from '../../rules/schema/pack.ts';
import { LANGS, type Lang } from '../../rules/types.ts';
import { protocolDocument, protocolMarkdown } from '../protocol.ts';
import { download } from './download.ts';
import type { Ctx } from './fields.tsx';

export function ProtocolView({ pack, ctx }: { pack: Pack; ctx: Ctx }) {
  const { t } = ctx;
  const [lang, setLang] = useState<Lang>(ctx.lang);
  const doc = protocolDocument(pack, lang);
  return (
    <>
      <div class="toolbar no-print">
        <p class="help">{t('protocolHelp')}</p>
        <fieldset class="inline">
          <legend>{t('docLanguage')}</legend>
          {LANGS.map((l) => (
            <label key={l} class="check">
              <input type="radio" name="doc-lang" checked={lang === l} onChange={() => setLang(l)} /> {t(`lang_${l}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>{' '}
        <button type="button" data-action="download-protocol" onClick={() => download(`${pack.id}-protocol.${lang}.md`, protocolMarkdown(doc), 'text/markdown')}>
          {t('downloadMd')}
        </button>
      </div>
      <article class="protocol" lang={lang} data-tt="protocol">
        <h2>{doc.title}</h2>
        <p class="muted">
          {doc.labels.version} {doc.version}
        </p>
        <p>{doc.intro}</p>
        {doc.sections.map((s) => (
          <section key={s.number} aria-labelledby={`sec-${s.number}`}>
            <h3 id={`sec-${s.number}`}>
              {s.number}. {s.title}
            </h3>
            {s.clauses.map((c) => (
              <div key={c.number} class="clause" id={c.anchor} data-clause={c.number}>
                <h4>
                  {c.number} {c.title}
                </h4>
                <p>{c.body}</p>
                <p class="muted">
                  {c.does} {doc.labels.checkedBy}:{' '}
                  {c.rules.map((r, i) => (
                    <span key={r}>
                      {i > 0 && ', '}
                      <code data-rule={r}>{r}</code>
                    </span>
                  ))}
                  .
                </p>
              </div>
            ))}
          </section>
        ))}
        <p>{doc.closing}</p>
      </article>
    </>
  );
}
