// The questionnaire's building blocks: a question with its explanation, default and the
// problems the pack has at its JSON path; list fields edited one entry per line.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Issue } from '../../rules/schema/dsl.ts';
import type { Lang } from '../../rules/types.ts';
import type { StudioTexts } from '../../i18n/studio.ts';

export interface ProblemView extends Issue {
  /** From the pack file the admin opened (not from the answers as they are now). */
  opened?: boolean;
  warning?: boolean;
}

export interface Ctx {
  t: StudioTexts;
  lang: Lang;
  problems(field: string): ProblemView[];
}

export function Problems({ field, ctx }: { field: string; ctx: Ctx }) {
  const list = ctx.problems(field);
  if (!list.length) return null;
  return (
    <ul class="problems" data-field={field} aria-label={ctx.t('problemsHere')}>
      {list.map((p) => (
        <li key={`${p.opened}:${p.path}:${p.message}`} class={p.warning ? 'warning' : 'error'} data-path={p.path}>
          <code>{p.path}</code> {p.message}
          {p.warning && <span class="tag">{ctx.t('warning')}</span>}
          {p.opened && <span class="tag">{ctx.t('fromOpened')}</span>}
        </li>
      ))}
    </ul>
  );
}

interface QuestionProps {
  id: string;
  /** The JSON path whose problems are shown here. */
  field: string;
  label: string;
  help: string;
  def?: string;
  ctx: Ctx;
  children: ComponentChildren;
  /** A group of inputs (radios, checkboxes): a fieldset with a legend instead of a label. */
  group?: boolean;
}

export function Question({ id, field, label, help, def, ctx, children, group }: QuestionProps) {
  const described = `${id}-help`;
  const body = (
    <>
      <p class="help" id={described}>
        {help} {def && <span class="default">{def}</span>}
      </p>
      {children}
      <Problems field={field} ctx={ctx} />
    </>
  );
  return group ? (
    <fieldset class="q" data-field={field} aria-describedby={described}>
      <legend>{label}</legend>
      {body}
    </fieldset>
  ) : (
    <div class="q" data-field={field}>
      <label for={id}>{label}</label>
      {body}
    </div>
  );
}

/** A textarea with one entry per line; the typed text is kept as typed (blank lines, a line being written). */
export function Lines({ id, value, onChange, rows = 5 }: { id: string; value: readonly string[]; onChange: (v: string[]) => void; rows?: number }) {
  const [raw, setRaw] = useState(value.join('\n'));
  const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
  // Changed from elsewhere (an import, an opened pack): show the new value, in the same render.
  const shown = lines(raw).join('\n') === value.join('\n') ? raw : value.join('\n');
  return (
    <textarea
      id={id}
      rows={rows}
      aria-describedby={`${id}-help`}
      value={shown}
      spellcheck={false}
      onInput={(e) => {
        const v = (e.currentTarget as HTMLTextAreaElement).value;
        setRaw(v);
        onChange(lines(v));
      }}
    />
  );
}

export function Text({ id, value, onChange, type = 'text' }: { id: string; value: string; onChange: (v: string) => void; type?: 'text' | 'url' | 'email' }) {
  const props = { id, 'aria-describedby': `${id}-help`, value, onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement).value) };
  return type === 'url' ? <input type="url" {...props} /> : type === 'email' ? <input type="email" {...props} /> : <input type="text" {...props} />;
}

/** A file chooser with its label and explanation; `onFile` gets the chosen file. */
export function FilePicker({ id, label, help, accept, onFile }: { id: string; label: string; help: string; accept: string; onFile: (f: File) => void }) {
  return (
    <>
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      <label for={id}>{label}</label>{' '}
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const f = (e.currentTarget as HTMLInputElement).files?.[0];
          if (f) onFile(f);
        }}
      />
    </>
  );
}
