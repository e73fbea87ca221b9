// "Try it": a post box with the extension's own underlines (the painter of src/ui, measuring
// the textarea the way the composer's textarea engine does) and its card (FindingItem), linted
// in this page by the pure linter. The text lives only in component state.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cardLabel } from '../../i18n/card.ts';
import { texts } from '../../i18n/index.ts';
import type { Linter } from '../../rules/lint.ts';
import { textareaRects } from '../../sites/editors/textarea-rects.ts';
import { FindingItem } from '../../ui/Finding.tsx';
import { createPainter, type Painter } from '../../ui/highlights.ts';
import type { Ctx } from './fields.tsx';

export function TryIt({ linter, ctx }: { linter: Linter | null; ctx: Ctx }) {
  const { t, lang } = ctx;
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const painter = useRef<{ painter: Painter; overlay: HTMLElement; scratch: HTMLElement } | null>(null);
  const findings = useMemo(() => (linter && text.trim() ? linter.lint(text, { uiLang: lang }) : []), [linter, text, lang]);
  const label = useMemo(() => {
    const tx = texts(lang);
    return (key: string, ...subs: string[]) => cardLabel(tx, key, ...subs);
  }, [lang]);

  useEffect(() => {
    const overlay = document.createElement('div');
    overlay.className = 'layer overlay';
    overlay.setAttribute('aria-hidden', 'true');
    overlay.dataset.tt = 'overlay';
    const scratch = document.createElement('div');
    scratch.setAttribute('aria-hidden', 'true');
    document.body.append(overlay, scratch);
    painter.current = { painter: createPainter(document, overlay, () => (area.current ? [area.current] : [])), overlay, scratch };
    const again = () => painter.current?.painter.reposition();
    window.addEventListener('scroll', again, true);
    window.addEventListener('resize', again);
    return () => {
      window.removeEventListener('scroll', again, true);
      window.removeEventListener('resize', again);
      overlay.remove();
      scratch.remove();
      painter.current = null;
    };
  }, []);

  useEffect(() => {
    const p = painter.current;
    const el = area.current;
    if (!p || !el) return;
    p.painter.set(
      0,
      el,
      findings.map((f) => ({ severity: f.severity, start: f.start, end: f.end, rects: () => textareaRects(el, f.start, f.end, p.scratch) })),
    );
  }, [findings]);

  return (
    <>
      <p class="help" id="try-help">
        {t('tryHelp')}
      </p>
      <label for="try-post">{t('tryLabel')}</label>
      <textarea
        id="try-post"
        ref={area}
        rows={6}
        aria-describedby="try-help"
        value={text}
        spellcheck={false}
        autocomplete="off"
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="layer studio-card">
        <section class="panel card" data-tt="card" aria-label={label('cardTitle')} aria-live="polite">
          <h3>{label('cardTitle')}</h3>
          {text.trim() && findings.length === 0 && <p>{label('noFindings')}</p>}
          {findings.map((f) => (
            <FindingItem
              key={`${f.ruleId}:${f.start}:${f.end}`}
              finding={f}
              lang={lang}
              label={label}
              onApply={f.suggestion ? () => setText(text.slice(0, f.suggestion!.start) + f.suggestion!.replacement + text.slice(f.suggestion!.end)) : undefined}
            />
          ))}
        </section>
      </div>
    </>
  );
}
