// The admin's example posts with the expected outcome, run like `thinktwice eval`.
import { useState } from 'preact/hooks';
import { CATEGORY_TEXT } from '../../i18n/categories.ts';
import type { Linter } from '../../rules/lint.ts';
import { CATEGORIES, type Category } from '../../rules/types.ts';
import { type Example, type ExampleResult, runExamples } from '../examples.ts';
import type { Ctx } from './fields.tsx';

export function Examples({ examples, setExamples, linter, ctx }: { examples: Example[]; setExamples: (x: Example[]) => void; linter: Linter | null; ctx: Ctx }) {
  const { t, lang } = ctx;
  const [results, setResults] = useState<ExampleResult[] | null>(null);
  const edit = (i: number, patch: Partial<Example>) => {
    setResults(null);
    setExamples(examples.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  };
  const passed = results?.filter((r) => r.pass).length ?? 0;
  return (
    <>
      <p class="help">{t('examplesHelp')}</p>
      <table class="examples">
        <thead>
          <tr>
            <th scope="col">{t('exText')}</th>
            <th scope="col">{t('exExpect')}</th>
            <th scope="col">{t('exWords')}</th>
            <th scope="col">{t('exResult')}</th>
            <th scope="col">
              <span class="sr-only">{t('remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {examples.map((ex, i) => {
            const r = results?.find((x) => x.id === ex.id);
            return (
              <tr key={ex.id} data-example={i}>
                <td>
                  <textarea rows={2} aria-label={`${t('exText')} ${i + 1}`} value={ex.text} onInput={(e) => edit(i, { text: (e.currentTarget as HTMLTextAreaElement).value })} />
                </td>
                <td>
                  <select aria-label={`${t('exExpect')} ${i + 1}`} value={ex.expect} onChange={(e) => edit(i, { expect: (e.currentTarget as HTMLSelectElement).value as Category | 'clean' })}>
                    <option value="clean">{t('exClean')}</option>
                    {CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {CATEGORY_TEXT[c][lang]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`${t('exWords')} ${i + 1}`} value={ex.words} onInput={(e) => edit(i, { words: (e.currentTarget as HTMLInputElement).value })} />
                </td>
                <td data-result={r ? (r.pass ? 'pass' : 'fail') : undefined}>
                  {r && (
                    <>
                      <strong class={r.pass ? 'pass' : 'fail'}>{t(r.pass ? 'exPass' : 'exFail')}</strong>
                      {r.errors.map((line) => (
                        <div key={line} class="muted">
                          <code>{line}</code>
                        </div>
                      ))}
                    </>
                  )}
                </td>
                <td>
                  <button type="button" onClick={() => (setResults(null), setExamples(examples.filter((_, j) => j !== i)))}>
                    {t('remove')} <span class="sr-only">{i + 1}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          data-action="add-example"
          onClick={() => setExamples([...examples, { id: `ex${Date.now().toString(36)}${examples.length}`, text: '', expect: 'clean', words: '' }])}
        >
          {t('exAdd')}
        </button>{' '}
        <button type="button" data-action="run-examples" disabled={!linter || examples.length === 0} onClick={() => linter && setResults(runExamples(linter, examples))}>
          {t('exRun')}
        </button>
      </p>
      {results && (
        <p role="status" data-tt="examples-summary">
          {t('exSummary', { pass: passed, total: results.length })}
        </p>
      )}
    </>
  );
}
