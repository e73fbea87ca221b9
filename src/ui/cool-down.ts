// The gentle hold for a post that reads as written in anger (the heated-post note):
// "Think twice?" once before it goes out, with "Keep as draft" and "Post now". The
// pack's `coolDown` says how: "off", "ask" (once per draft; a kept draft is recalled
// on the badge after `minutes`) or "wait" ("Post now" only `minutes` after the first
// hold). DOM-free, with the clock and timers passed in, so it is tested with fake timers.
import type { Finding } from '../rules/index.ts';
import { type CoolDownMode, DEFAULT_COOL_DOWN } from '../rules/schema/pack.ts';

export interface CoolDownSetting {
  mode: CoolDownMode;
  minutes: number;
}

export interface CoolDownDeps {
  now(): number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  later(fn: () => void, ms: number): () => void;
  /** A kept draft's reminder is due (or was cleared): the badge must be drawn again. */
  changed(): void;
}

const MINUTE = 60_000;

/** Only the heated-post note asks for a cool-down; enthusiasm never gets one (the rule stays quiet there). */
export const readsHeated = (findings: readonly Finding[]): boolean => findings.some((f) => f.category === 'heated');

export function createCoolDown(deps: CoolDownDeps) {
  let setting: CoolDownSetting = { ...DEFAULT_COOL_DOWN };
  /** Composer → when its draft was first held. */
  const asked = new Map<number, number>();
  /** Composer → cancels its pending reminder. */
  const pending = new Map<number, () => void>();
  /** Composers whose reminder is due. */
  const due = new Set<number>();
  const span = () => setting.minutes * MINUTE;

  const clearReminder = (id: number) => {
    pending.get(id)?.();
    pending.delete(id);
    if (due.delete(id)) deps.changed();
  };

  return {
    configure(next: CoolDownSetting) {
      setting = { ...next };
    },
    get setting(): CoolDownSetting {
      return setting;
    },
    /** Is a submit of this composer with these findings held for a second look? */
    holds(id: number, findings: readonly Finding[]): boolean {
      if (setting.mode === 'off' || !readsHeated(findings)) return false;
      const first = asked.get(id);
      if (first === undefined) return true;
      // "ask": once per draft. "wait": until the time since the first hold has passed.
      return setting.mode === 'wait' && deps.now() - first < span();
    },
    /** The hold is shown: the draft counts as asked from now on. */
    held(id: number) {
      if (!asked.has(id)) asked.set(id, deps.now());
    },
    /** When "Post now" may be offered (epoch ms), or undefined when it may be now. */
    postableAt(id: number): number | undefined {
      if (setting.mode !== 'wait') return undefined;
      const at = (asked.get(id) ?? deps.now()) + span();
      return at > deps.now() ? at : undefined;
    },
    /** "Keep as draft": the text stays; after `minutes` the badge reminds the author of it. */
    keep(id: number) {
      clearReminder(id);
      pending.set(
        id,
        deps.later(() => {
          pending.delete(id);
          due.add(id);
          deps.changed();
        }, span()),
      );
    },
    /** "Post now": the post goes out; the composer's next draft is asked again. */
    posted(id: number) {
      asked.delete(id);
      clearReminder(id);
    },
    reminderDue: (id: number): boolean => due.has(id),
    /** The author looked at the draft again (opened its card): the reminder is done. */
    seen(id: number) {
      if (due.has(id)) clearReminder(id);
    },
    forget(id: number) {
      asked.delete(id);
      clearReminder(id);
    },
  };
}

export type CoolDown = ReturnType<typeof createCoolDown>;
