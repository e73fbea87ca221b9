// Open an existing pack to edit it. A pack that is not valid opens too: what has the right
// shape becomes answers, and every problem is shown next to its field with its JSON path
// (and line and column in the file) until the admin clears them.
import { loadPack, type PackIssue } from '../../rules/pack-load.ts';
import { parseJson } from '../../rules/schema/json.ts';
import type { Answers } from '../answers.ts';
import { answersFromUnknown } from '../fields.ts';
import { type Ctx, FilePicker, Problems } from './fields.tsx';

export function OpenPack({ ctx, opened, onOpen, onClear }: { ctx: Ctx; opened?: { file: string; issues: PackIssue[] }; onOpen: (file: string, answers: Answers | null, issues: PackIssue[]) => void; onClear: () => void }) {
  const { t } = ctx;
  const read = async (f: File) => {
    const text = await f.text();
    const loaded = loadPack(text);
    let answers: Answers | null = null;
    try {
      answers = answersFromUnknown(parseJson(text).value);
    } catch {
      // Not JSON at all: the answers stay as they are; the problem says where the syntax breaks.
    }
    onOpen(f.name, answers, loaded.issues);
  };
  return (
    <>
      <FilePicker id="open-file" label={t('openFile')} help={t('openHelp')} accept=".json,application/json" onFile={(f) => void read(f)} />
      {opened && (
        <div class="q" data-tt="opened">
          <p role="status">{opened.issues.length ? t('opened', { file: opened.file, count: opened.issues.length }) : t('openedValid', { file: opened.file })}</p>
          {ctx.problems('$').length > 0 && <h3>{t('fileProblems')}</h3>}
          <Problems field="$" ctx={ctx} />
          {opened.issues.length > 0 && (
            <button type="button" onClick={onClear}>
              {t('dismissOpened')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
