// The studio's shell: the steps, the pack built from the answers on every change, its
// validation spread over the fields, and the linter the "Try it" box and examples share.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { studioTexts, type StudioKey } from '../../i18n/studio.ts';
import { createLinter, type Linter } from '../../rules/lint.ts';
import { loadPack } from '../../rules/pack-load.ts';
import { LANGS } from '../../rules/types.ts';
import { type Answers, packFromAnswers } from '../answers.ts';
import { FIELDS, fieldOf, fieldValue, SCREENS } from '../fields.ts';
import { Examples } from './Examples.tsx';
import { Export } from './Export.tsx';
import type { Ctx, ProblemView } from './fields.tsx';
import { OpenPack } from './OpenPack.tsx';
import { ProtocolView } from './ProtocolView.tsx';
import { SCREEN_VIEWS } from './Questions.tsx';
import { freshWork, useWork } from './store.ts';
import { TryIt } from './TryIt.tsx';

const VIEWS = [...SCREENS, 'protocol', 'try', 'examples', 'export', 'open'] as const;
type View = (typeof VIEWS)[number];

export function Studio() {
  const [work, update] = useWork();
  const t = studioTexts(work.lang);
  useEffect(() => {
    document.documentElement.lang = work.lang;
    document.title = t('title');
  }, [work.lang]);
  const pack = useMemo(() => packFromAnswers(work.answers), [work.answers]);
  const loaded = useMemo(() => loadPack(JSON.stringify(pack)), [pack]);
  const linter = useMemo<Linter | null>(() => {
    if (!loaded.ok) return null;
    const l = createLinter([{ source: 'company', pack }]);
    return l.broken.length ? null : l;
  }, [loaded, pack]);

  const byField = useMemo(() => {
    const map = new Map<string, ProblemView[]>();
    const add = (p: ProblemView) => map.set(fieldOf(p.path), [...(map.get(fieldOf(p.path)) ?? []), p]);
    const live = new Set(loaded.issues.map((i) => `${i.path}\n${i.message}`));
    for (const i of loaded.issues) add({ path: i.path, message: i.message });
    for (const w of loaded.warnings) add({ path: w.path, message: w.message, warning: true });
    for (const i of work.opened?.issues ?? [])
      if (!live.has(`${i.path}\n${i.message}`)) add({ path: i.path, message: `${i.line ? `(${i.line}:${i.column}) ` : ''}${i.message}`, opened: true });
    return map;
  }, [loaded, work.opened]);
  const ctx: Ctx = { t, lang: work.lang, problems: (field) => byField.get(field) ?? [] };
  const count = (view: View) =>
    [...byField.entries()].filter(([f]) => (FIELDS[f] ?? 'open') === view).reduce((n, [, ps]) => n + ps.filter((p) => !p.warning).length, 0);

  const view = (VIEWS as readonly string[]).includes(work.view) ? (work.view as View) : 'organisation';
  const moved = useRef(false);
  const go = (v: View) => {
    moved.current = true;
    update((w) => ({ ...w, view: v }));
  };
  // Keyboard and screen-reader users land on the new screen's heading, in the same commit as the
  // screen (a later frame would take focus from a field the user has already moved to).
  useLayoutEffect(() => {
    if (moved.current) document.getElementById('view-title')?.focus();
    moved.current = false;
  }, [work.view]);
  const setAnswers = (change: (a: Answers) => Answers) =>
    update((w) => {
      const answers = change(w.answers);
      if (!w.opened) return { ...w, answers };
      // A problem of the opened file goes once its field is edited: what is there now is checked live.
      const before = packFromAnswers(w.answers);
      const after = packFromAnswers(answers);
      const issues = w.opened.issues.filter((i) => {
        const f = fieldOf(i.path);
        return f === '$' || fieldValue(before, f) === fieldValue(after, f);
      });
      return { ...w, answers, opened: { ...w.opened, issues } };
    });
  const Screen = (SCREENS as readonly string[]).includes(view) ? SCREEN_VIEWS[view as (typeof SCREENS)[number]] : null;
  const next = VIEWS[VIEWS.indexOf(view) + 1];

  return (
    <div class="studio">
      <header>
        <h1>{t('title')}</h1>
        <p class="help">{t('intro')}</p>
        <fieldset class="inline lang">
          <legend>{t('language')}</legend>
          {LANGS.map((l) => (
            <label key={l} class="check">
              <input type="radio" name="studio-lang" checked={work.lang === l} onChange={() => update((w) => ({ ...w, lang: l }))} /> {t(`lang_${l}`)}
            </label>
          ))}
        </fieldset>
      </header>
      <nav aria-label={t('nav')}>
        <ol>
          {VIEWS.map((v) => {
            const n = count(v);
            return (
              <li key={v}>
                <button type="button" data-view={v} aria-current={v === view ? 'step' : undefined} onClick={() => go(v)}>
                  {t(`s_${v}` as StudioKey)}
                  {n > 0 && (
                    <span class="count" data-problems={n}>
                      {' '}
                      ({n} ⚠)
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <main>
        <h2 id="view-title" tabIndex={-1}>
          {t(`s_${view}` as StudioKey)}
        </h2>
        {Screen && <Screen a={work.answers} set={setAnswers} ctx={ctx} />}
        {view === 'protocol' && <ProtocolView pack={pack} ctx={ctx} />}
        {view === 'try' && <TryIt linter={linter} ctx={ctx} />}
        {view === 'examples' && <Examples examples={work.examples} setExamples={(examples) => update((w) => ({ ...w, examples }))} linter={linter} ctx={ctx} />}
        {view === 'export' && <Export pack={pack} problems={loaded.issues.length} ctx={ctx} onStartOver={() => update((w) => freshWork(w.lang))} />}
        {view === 'open' && (
          <OpenPack
            ctx={ctx}
            opened={work.opened}
            onOpen={(file, answers, issues) => update((w) => ({ ...w, answers: answers ?? w.answers, opened: { file, issues } }))}
            onClear={() => update((w) => ({ ...w, opened: undefined }))}
          />
        )}
        {next && Screen && (
          <p>
            <button type="button" class="primary" data-action="next" onClick={() => go(next)}>
              {t('next')}: {t(`s_${next}` as StudioKey)}
            </button>
          </p>
        )}
      </main>
    </div>
  );
}
