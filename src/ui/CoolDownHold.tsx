// "Think twice?": the gentle hold before a post that reads as written in anger. Two
// answers: keep the text as a draft (and be reminded on the badge later), or post now.
// Under the "wait" setting "Post now" is offered only once the wait is over.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placePanel } from './place.ts';
import type { CoolDownView, Label, UiActions } from './state.ts';

const clock = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function CoolDownHold({ view, actions, label }: { view: CoolDownView; actions: UiActions; label: Label }) {
  const ref = useRef<HTMLDivElement>(null);
  const { anchor } = view;
  const [pos, setPos] = useState({ left: anchor.left, top: anchor.top + anchor.height + 6 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const next = placePanel(anchor, el.offsetWidth, el.offsetHeight);
    if (next.left !== pos.left || next.top !== pos.top) setPos({ left: next.left, top: next.top });
  }, [anchor.left, anchor.top, anchor.width, anchor.height]);
  // The author just tried to post: the safe answer gets the focus, so Enter keeps the draft.
  useEffect(() => ref.current?.querySelector<HTMLElement>('[data-action="keep-draft"]')?.focus(), []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.coolKeep();
    }
  };
  return (
    <div
      ref={ref}
      class="panel guard cool"
      data-tt="cool-down"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="tt-cool-title"
      aria-describedby="tt-cool-body"
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      onKeyDown={onKey}
    >
      <h2 id="tt-cool-title">{label('coolTitle')}</h2>
      <p class="why" id="tt-cool-body">
        {label('coolBody', String(view.minutes))}
      </p>
      {view.postableAt !== undefined && (
        <p class="note" data-tt="cool-wait">
          {label('coolWait', clock(view.postableAt))}
        </p>
      )}
      <div class="actions">
        <button type="button" class="act primary" data-action="keep-draft" onClick={() => actions.coolKeep()}>
          {label('coolKeep')}
        </button>
        {view.postableAt === undefined && (
          <button type="button" class="act" data-action="post-now" onClick={() => actions.coolPostNow()}>
            {label('coolPostNow')}
          </button>
        )}
      </div>
    </div>
  );
}
