// The whole visible UI of one document: badges, the card and the submit guard.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../rules/index.ts';
import { SITE_NAMES, texts } from '../i18n/index.ts';
import { CoolDownHold } from './CoolDownHold.tsx';
import { FindingItem } from './Finding.tsx';
import { placeBadge, placePanel } from './place.ts';
import type { BadgeView, Box, CardOptions, CardView, GuardView, Label, UiActions, UiState } from './state.ts';

interface Props {
  state: UiState;
  actions: UiActions;
  label: Label;
}

const keepFocus = (e: MouseEvent) => e.preventDefault();
// Glyphs present in common system fonts (no emoji font needed).
const ICON: Record<BadgeView['severity'], string> = {
  block: '\u2716',
  warn: '\u26A0\uFE0E',
  info: '\u2139\uFE0E',
  none: '\u2713',
};

function Badge({
  badge,
  lang,
  actions,
  label,
}: {
  badge: BadgeView;
  lang: UiState['lang'];
  actions: UiActions;
  label: Label;
}) {
  const { box } = badge;
  const ref = useRef<HTMLButtonElement>(null);
  // Until measured, a one-digit badge's size; the layout effect corrects it before paint.
  const [size, setSize] = useState({ w: 44, h: 24 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && (el.offsetWidth !== size.w || el.offsetHeight !== size.h))
      setSize({ w: el.offsetWidth, h: el.offsetHeight });
  });
  const at = placeBadge(box, size, badge.text, badge.free);
  const style = { left: `${at.left}px`, top: `${at.top}px` };
  const t = texts(lang);
  // Switched off here: "Off", never a count or ✓ (an unchecked post must not look clean).
  const full = badge.off ? t('badgeOffLabel') : label('badgeLabel', String(badge.count));
  // No submit control found here: the badge says the post will not be held.
  const name = badge.partial && !badge.off ? `${full} ${t('partialProtection')}` : full;
  return (
    <button
      ref={ref}
      type="button"
      class="badge"
      data-tt="badge"
      data-count={badge.off ? undefined : String(badge.count)}
      data-severity={badge.off || badge.severity === 'none' ? undefined : badge.severity}
      data-off={badge.off}
      data-reminder={badge.reminder ? 'draft' : undefined}
      data-partial={badge.partial && !badge.off ? 'true' : undefined}
      aria-label={badge.reminder ? `${label('coolReminder')} ${name}` : name}
      aria-haspopup="dialog"
      aria-expanded={badge.expanded ? 'true' : 'false'}
      title={badge.reminder ? label('coolReminder') : name}
      style={style}
      onMouseDown={keepFocus}
      // detail === 0: activated from the keyboard, so focus may move into the card.
      onClick={(e) => actions.openCard(badge.composer, (e as MouseEvent).detail === 0)}
    >
      {badge.off ? (
        <span>{t('badgeOff')}</span>
      ) : (
        <>
          <span class="icon" aria-hidden="true">
            {ICON[badge.severity]}
          </span>
          <span>{badge.count > 99 ? '99+' : badge.count}</span>
        </>
      )}
    </button>
  );
}

/** One plain line when the post was not fully checked: a failed check must not look like a clean post. */
const incompleteLine = ({ failed, checkedTo }: NonNullable<CardView['incomplete']>, label: Label): string =>
  [
    failed && label('checkFailed', failed.join(', ')),
    checkedTo !== undefined && label('notFullyChecked', checkedTo.toLocaleString()),
  ]
    .filter(Boolean)
    .join(' ');

/** Positions a panel next to its anchor once its size is known. */
function usePlacement(anchor: Box, deps: unknown[] = [], avoid: readonly Box[] = []) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number; maxHeight: number | null }>({
    left: anchor.left,
    top: anchor.top + anchor.height + 6,
    maxHeight: null,
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measure the natural height (the stylesheet's own cap applies), not the last placement's cap.
    const cap = el.style.maxHeight;
    el.style.maxHeight = '';
    const next = placePanel(anchor, el.offsetWidth, el.offsetHeight, undefined, avoid);
    el.style.maxHeight = cap;
    if (next.left !== pos.left || next.top !== pos.top || next.maxHeight !== pos.maxHeight) setPos(next);
  }, [
    anchor.left,
    anchor.top,
    anchor.width,
    anchor.height,
    ...avoid.flatMap((a) => [a.left, a.top, a.width, a.height]),
    ...deps,
  ]);
  const style: Record<string, string> = { left: `${pos.left}px`, top: `${pos.top}px` };
  if (pos.maxHeight !== null) style.maxHeight = `${pos.maxHeight}px`;
  return { ref, style };
}

/** The findings in the card, in order: the arrow keys move between them. */
const findingsIn = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('[data-tt="finding"]')];
/** A finding's first action, else the finding itself (it is focusable for that). */
const firstStop = (item: HTMLElement) => item.querySelector<HTMLElement>('button, a[href]') ?? item;

function Card({
  card,
  lang,
  options,
  actions,
  label,
}: {
  card: CardView;
  lang: UiState['lang'];
  options: CardOptions;
  actions: UiActions;
  label: Label;
}) {
  const t = texts(lang);
  const { ref, style } = usePlacement(card.anchor, [card.findings.length, card.off], card.avoid);
  useEffect(() => {
    const el = ref.current;
    if (!card.focus || !el) return;
    const item = findingsIn(el)[card.start ?? 0];
    const target = item ? firstStop(item) : el.querySelector<HTMLElement>('button');
    target?.focus();
    // Inside a card capped in height, the finding comes into view (the page itself does not scroll).
    target?.scrollIntoView({ block: 'nearest' });
  }, [card.focus, card.start]);
  // Capped after it was placed: the focused action stays in view.
  useEffect(() => {
    const el = ref.current;
    const active = el && (el.getRootNode() as ShadowRoot).activeElement;
    if (active && el.contains(active)) active.scrollIntoView({ block: 'nearest' });
  }, [style.maxHeight]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.closeCard(true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const el = ref.current;
    if (!el) return;
    const items = findingsIn(el);
    const active = (el.getRootNode() as ShadowRoot).activeElement;
    const now = items.findIndex((i) => active && i.contains(active));
    const next = items[Math.max(0, Math.min(items.length - 1, now + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    firstStop(next).focus();
    firstStop(next).scrollIntoView({ block: 'nearest' });
  };
  const n = card.findings.length;
  return (
    <div
      ref={ref}
      class="panel card"
      data-tt="card"
      role="dialog"
      aria-label={label('cardTitle')}
      aria-describedby={card.focus && n > 1 ? 'tt-card-keys' : undefined}
      style={style}
      onKeyDown={onKey}
      onMouseEnter={() => actions.hoverCard(true)}
      onMouseLeave={() => actions.hoverCard(false)}
    >
      {/* detail === 0: closed from the keyboard, so the focus goes back to the editor. */}
      <button
        type="button"
        class="close"
        aria-label={label('close')}
        onMouseDown={keepFocus}
        onClick={(e) => actions.closeCard((e as MouseEvent).detail === 0)}
      >
        ×
      </button>
      <h2>{label('cardTitle')}</h2>
      {card.off && (
        <div data-tt="off-here">
          <p>{t(card.off === 'org' ? 'offHereOrg' : 'offHereUser', { site: SITE_NAMES[options.site] })}</p>
          {card.off === 'user' && (
            <div class="actions">
              <button
                type="button"
                class="act primary"
                data-action="open-settings"
                onMouseDown={keepFocus}
                onClick={() => actions.openSettings()}
              >
                {t('openSettings')}
              </button>
            </div>
          )}
        </div>
      )}
      {card.incomplete && (
        <p class="note" data-tt="incomplete">
          {incompleteLine(card.incomplete, label)}
        </p>
      )}
      {n === 0 && !card.incomplete && !card.off && <p>{label('noFindings')}</p>}
      {card.focus && n > 1 && (
        <p class="note" id="tt-card-keys">
          {t('cardKeys')}
        </p>
      )}
      {card.findings.map((f: Finding, i) => (
        <FindingItem
          key={`${f.ruleId}:${f.start}:${f.end}`}
          finding={f}
          lang={lang}
          label={label}
          options={options}
          position={t('findingOf', { n: i + 1, total: n })}
          onApply={() => actions.apply(card.composer, f)}
          onIgnore={() => actions.ignore(card.composer, f)}
          onAllow={() => actions.allow(card.composer, f)}
          onCopyReport={() => actions.copyReport(f)}
        />
      ))}
    </div>
  );
}

function Guard({
  guard,
  lang,
  options,
  actions,
  label,
}: {
  guard: GuardView;
  lang: UiState['lang'];
  options: CardOptions;
  actions: UiActions;
  label: Label;
}) {
  const t = texts(lang);
  const { ref, style } = usePlacement(guard.anchor, [guard.findings.length]);
  const reason = useRef<HTMLTextAreaElement>(null);
  // The user just tried to post (not typing): take focus so the keyboard can answer.
  useEffect(() => ref.current?.querySelector<HTMLElement>('[data-action="edit"]')?.focus(), []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.guardEdit();
    }
  };
  return (
    <div
      ref={ref}
      class="panel guard"
      data-tt="guard"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="tt-guard-title"
      style={style}
      onKeyDown={onKey}
    >
      <h2 id="tt-guard-title">{label('guardTitle')}</h2>
      <p class="why">{label('guardBody')}</p>
      {guard.findings.map((f) => (
        <FindingItem key={`${f.ruleId}:${f.start}`} finding={f} lang={lang} label={label} />
      ))}
      {/* Reason and answers stay in view together, however long the list above them. */}
      <div class="foot">
        {options.askReason && (
          <label class="reason">
            {t('holdReason')}
            <textarea ref={reason} data-tt="reason" maxLength={500} rows={2} aria-describedby="tt-reason-hint" />
            <span class="note" id="tt-reason-hint">
              {t('holdReasonHint')}
            </span>
          </label>
        )}
        <div class="actions">
          <button type="button" class="act primary" data-action="edit" onClick={() => actions.guardEdit()}>
            {label('guardEdit')}
          </button>
          <button
            type="button"
            class="act danger"
            data-action="post-anyway"
            onClick={() => actions.guardPostAnyway(reason.current?.value)}
          >
            {label('guardPostAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function App({ state, actions, label }: Props) {
  return (
    <div class="layer" data-theme={state.theme}>
      {state.badges.map((b) => (
        <Badge key={b.composer} badge={b} lang={state.lang} actions={actions} label={label} />
      ))}
      {state.card && !state.guard && !state.coolDown && (
        <Card card={state.card} lang={state.lang} options={state.options} actions={actions} label={label} />
      )}
      {state.guard && (
        <Guard guard={state.guard} lang={state.lang} options={state.options} actions={actions} label={label} />
      )}
      {state.coolDown && !state.guard && <CoolDownHold view={state.coolDown} actions={actions} label={label} />}
    </div>
  );
}
