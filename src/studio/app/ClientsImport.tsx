// Importing clients from a CRM or accounting export: pick the file, the column with the
// names, and see what the extension will recognise before adding them.
import { useMemo, useState } from 'preact/hooks';
import { entryWarnings } from '../../rules/pack-entries.ts';
import type { Lang } from '../../rules/types.ts';
import { previewForms } from '../forms.ts';
import { columnValues, guessColumn, parseCsv, parseXlsx, type Table } from '../table.ts';
import { type Ctx, FilePicker } from './fields.tsx';

const SHOWN = 12;

export function ClientsImport({ ctx, languages, onImport }: { ctx: Ctx; languages: Lang[]; onImport: (names: string[], replace: boolean) => void }) {
  const { t } = ctx;
  const [file, setFile] = useState<{ name: string; rows: Table } | null>(null);
  const [error, setError] = useState('');
  const [header, setHeader] = useState(true);
  const [column, setColumn] = useState(0);

  const read = async (f: File) => {
    setError('');
    try {
      const rows = /\.xlsx$/i.test(f.name) ? await parseXlsx(new Uint8Array(await f.arrayBuffer())) : parseCsv(await f.text());
      setFile({ name: f.name, rows });
      setHeader(true);
      setColumn(guessColumn(rows[0] ?? [], rows.slice(1)));
    } catch (e) {
      setFile(null);
      setError(t('importFailed', { file: f.name, reason: (e as Error).message }));
    }
  };

  const head = file ? (header ? (file.rows[0] ?? []) : (file.rows[0] ?? []).map((_, i) => `${i + 1}`)) : [];
  const names = useMemo(() => (file ? columnValues(header ? file.rows.slice(1) : file.rows, column) : []), [file, header, column]);
  const warnings = useMemo(() => {
    const byIndex = new Map<number, string>();
    for (const w of entryWarnings({ languages, clients: names.slice(0, SHOWN) })) byIndex.set(Number(/\[(\d+)\]/.exec(w.path)?.[1]), w.message);
    return byIndex;
  }, [names, languages]);

  return (
    <section class="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('importTitle')}</h3>
      <FilePicker id="import-file" label={t('importFile')} help={t('importHelp')} accept=".csv,.tsv,.txt,.xlsx,text/csv" onFile={(f) => void read(f)} />
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      {file && (
        <div data-tt="import-preview">
          <p>
            <label for="import-column">{t('importColumn')}</label>{' '}
            <select id="import-column" value={column} onChange={(e) => setColumn(Number((e.currentTarget as HTMLSelectElement).value))}>
              {head.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position; headers may repeat or be empty
                <option key={`${i}:${h}`} value={i}>
                  {h || `${i + 1}`}
                </option>
              ))}
            </select>{' '}
            <label class="check">
              <input type="checkbox" checked={header} onChange={(e) => setHeader((e.currentTarget as HTMLInputElement).checked)} /> {t('importHeader')}
            </label>
          </p>
          <table class="preview">
            <caption>{t('importPreview', { count: names.length, shown: Math.min(SHOWN, names.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importName')}</th>
                <th scope="col">{t('importForms')}</th>
                <th scope="col">{t('importMode')}</th>
              </tr>
            </thead>
            <tbody>
              {names.slice(0, SHOWN).map((n, i) => {
                const p = previewForms(n);
                return (
                  <tr key={n}>
                    <td>{n}</td>
                    <td>
                      {p.forms.join(' · ')}
                      {warnings.has(i) && <div class="warning">{warnings.get(i)}</div>}
                    </td>
                    <td>{t(p.mode === 'any' ? 'mode_any' : p.mode === 'acronym' ? 'mode_acronym' : 'mode_name')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p>
            <button type="button" data-action="import-add" onClick={() => onImport(names, false)}>
              {t('importAdd', { count: names.length })}
            </button>{' '}
            <button type="button" data-action="import-replace" onClick={() => onImport(names, true)}>
              {t('importReplace', { count: names.length })}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
