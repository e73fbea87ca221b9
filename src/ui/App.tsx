// The whole visible UI of one document: badges, the card and the submit guard.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../rules/index.ts';
import { CoolDownHold } from './CoolDownHold.tsx';
import { FindingItem } from './Finding.tsx';
import { placeBadge, placePanel } from './place.ts';
import type { BadgeView, Box, CardView, GuardView, Label, UiActions, UiState } from './state.ts';

interface Props {
  state: UiState;
  actions: UiActions;
  label: Label;
}

const keepFocus = (e: MouseEvent) => e.preventDefault();
// Glyphs present in common system fonts (no emoji font needed).
const ICON: Record<BadgeView['severity'], string> = { block: '\u2716', warn: '\u26A0\uFE0E', info: '\u2139\uFE0E', none: '\u2713' };

function Badge({ badge, actions, label }: { badge: BadgeView; actions: UiActions; label: Label }) {
  const { box } = badge;
  const ref = useRef<HTMLButtonElement>(null);
  // Until measured, a one-digit badge's size; the layout effect corrects it before paint.
  const [size, setSize] = useState({ w: 44, h: 24 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && (el.offsetWidth !== size.w || el.offsetHeight !== size.h)) setSize({ w: el.offsetWidth, h: el.offsetHeight });
  });
  const at = placeBadge(box, size, badge.text, badge.free);
  const style = { left: `${at.left}px`, top: `${at.top}px` };
  return (
    <button
      ref={ref}
      type="button"
      class="badge"
      data-tt="badge"
      data-count={String(badge.count)}
      data-severity={badge.severity === 'none' ? undefined : badge.severity}
      data-reminder={badge.reminder ? 'draft' : undefined}
      aria-label={badge.reminder ? `${label('coolReminder')} ${label('badgeLabel', String(badge.count))}` : label('badgeLabel', String(badge.count))}
      title={badge.reminder ? label('coolReminder') : label('badgeLabel', String(badge.count))}
      style={style}
      onMouseDown={keepFocus}
      // detail === 0: activated from the keyboard, so focus may move into the card.
      onClick={(e) => actions.openCard(badge.composer, (e as MouseEvent).detail === 0)}
    >
      <span class="icon" aria-hidden="true">{ICON[badge.severity]}</span>
      <span>{badge.count > 99 ? '99+' : badge.count}</span>
    </button>
  );
}

/** One plain line when the post was not fully checked: a failed check must not look like a clean post. */
const incompleteLine = ({ failed, checkedTo }: NonNullable<CardView['incomplete']>, label: Label): string =>
  [failed && label('checkFailed', failed.join(', ')), checkedTo !== undefined && label('notFullyChecked', checkedTo.toLocaleString())].filter(Boolean).join(' ');

/** Positions a panel next to its anchor once its size is known. */
function usePlacement(anchor: Box, deps: unknown[] = []) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number; maxHeight: number | null }>({ left: anchor.left, top: anchor.top + anchor.height + 6, maxHeight: null });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measure the natural height (the stylesheet's own cap applies), not the last placement's cap.
    const cap = el.style.maxHeight;
    el.style.maxHeight = '';
    const next = placePanel(anchor, el.offsetWidth, el.offsetHeight);
    el.style.maxHeight = cap;
    if (next.left !== pos.left || next.top !== pos.top || next.maxHeight !== pos.maxHeight) setPos(next);
  }, [anchor.left, anchor.top, anchor.width, anchor.height, ...deps]);
  const style: Record<string, string> = { left: `${pos.left}px`, top: `${pos.top}px` };
  if (pos.maxHeight !== null) style.maxHeight = `${pos.maxHeight}px`;
  return { ref, style };
}

function Card({ card, lang, actions, label }: { card: CardView; lang: UiState['lang']; actions: UiActions; label: Label }) {
  const { ref, style } = usePlacement(card.anchor, [card.findings.length]);
  useEffect(() => {
    if (card.focus) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [card.focus]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.closeCard(true);
    }
  };
  return (
    <div
      ref={ref}
      class="panel card"
      data-tt="card"
      role="dialog"
      aria-label={label('cardTitle')}
      style={style}
      onKeyDown={onKey}
      onMouseEnter={() => actions.hoverCard(true)}
      onMouseLeave={() => actions.hoverCard(false)}
    >
      <button type="button" class="close" aria-label={label('close')} onMouseDown={keepFocus} onClick={() => actions.closeCard(false)}>
        ×
      </button>
      <h2>{label('cardTitle')}</h2>
      {card.incomplete && <p class="note" data-tt="incomplete">{incompleteLine(card.incomplete, label)}</p>}
      {card.findings.length === 0 && !card.incomplete && <p>{label('noFindings')}</p>}
      {card.findings.map((f: Finding) => (
        <FindingItem
          key={`${f.ruleId}:${f.start}:${f.end}`}
          finding={f}
          lang={lang}
          label={label}
          onApply={() => actions.apply(card.composer, f)}
          onIgnore={() => actions.ignore(card.composer, f)}
        />
      ))}
    </div>
  );
}

function Guard({ guard, lang, actions, label }: { guard: GuardView; lang: UiState['lang']; actions: UiActions; label: Label }) {
  const { ref, style } = usePlacement(guard.anchor, [guard.findings.length]);
  // The user just tried to post (not typing): take focus so the keyboard can answer.
  useEffect(() => ref.current?.querySelector<HTMLElement>('[data-action="edit"]')?.focus(), []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.guardEdit();
    }
  };
  return (
    <div ref={ref} class="panel guard" data-tt="guard" role="alertdialog" aria-modal="false" aria-labelledby="tt-guard-title" style={style} onKeyDown={onKey}>
      <h2 id="tt-guard-title">{label('guardTitle')}</h2>
      <p class="why">{label('guardBody')}</p>
      {guard.findings.map((f) => (
        <FindingItem key={`${f.ruleId}:${f.start}`} finding={f} lang={lang} label={label} />
      ))}
      <div class="actions">
        <button type="button" class="act primary" data-action="edit" onClick={() => actions.guardEdit()}>
          {label('guardEdit')}
        </button>
        <button type="button" class="act danger" data-action="post-anyway" onClick={() => actions.guardPostAnyway()}>
          {label('guardPostAnyway')}
        </button>
      </div>
    </div>
  );
}

export function App({ state, actions, label }: Props) {
  return (
    <div class="layer">
      {state.badges.map((b) => (
        <Badge key={b.composer} badge={b} actions={actions} label={label} />
      ))}
      {state.card && !state.guard && !state.coolDown && <Card card={state.card} lang={state.lang} actions={actions} label={label} />}
      {state.guard && <Guard guard={state.guard} lang={state.lang} actions={actions} label={label} />}
      {state.coolDown && !state.guard && <CoolDownHold view={state.coolDown} actions={actions} label={label} />}
    </div>
  );
}
