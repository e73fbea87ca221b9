// The cool-down hold's state (src/ui/cool-down.ts) under fake timers: who is asked,
// how often, when "Post now" is offered under "wait", and the kept draft's reminder.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/rules/index.ts';
import { createCoolDown } from '../../src/ui/cool-down.ts';

const finding = (category: Finding['category'], severity: Finding['severity'] = 'info'): Finding => ({
  ruleId: category === 'heated' ? 'heated-post' : 'x',
  category,
  severity,
  start: 0,
  end: 1,
  text: 'x',
  message: { nl: 'x', en: 'x' },
});
const HEATED = [finding('heated')];
const MIN = 60_000;

describe('cool-down', () => {
  let changed = 0;
  const make = () =>
    createCoolDown({
      now: () => Date.now(),
      later: (fn, ms) => {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      },
      changed: () => changed++,
    });
  beforeEach(() => {
    vi.useFakeTimers();
    changed = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('asks about a heated post once per draft ("ask", the default), never about a calm or only enthusiastic one', () => {
    const cool = make();
    expect(cool.setting).toEqual({ mode: 'ask', minutes: 60 });
    expect(cool.holds(1, [])).toBe(false);
    expect(cool.holds(1, [finding('insult', 'warn')])).toBe(false);
    expect(cool.holds(1, HEATED)).toBe(true);
    cool.held(1);
    expect(cool.holds(1, HEATED)).toBe(false);
    // Another composer is asked on its own.
    expect(cool.holds(2, HEATED)).toBe(true);
    expect(cool.postableAt(1)).toBeUndefined();
  });

  it('"Post now" lets the post go and asks again about the next draft in the same composer', () => {
    const cool = make();
    cool.held(1);
    cool.posted(1);
    expect(cool.holds(1, HEATED)).toBe(true);
  });

  it('"off" never asks', () => {
    const cool = make();
    cool.configure({ mode: 'off', minutes: 60 });
    expect(cool.holds(1, HEATED)).toBe(false);
  });

  it('"wait" holds until the minutes since the first hold have passed, and says from when', () => {
    const cool = make();
    cool.configure({ mode: 'wait', minutes: 30 });
    const t0 = Date.now();
    expect(cool.holds(1, HEATED)).toBe(true);
    cool.held(1);
    expect(cool.postableAt(1)).toBe(t0 + 30 * MIN);
    vi.advanceTimersByTime(29 * MIN);
    expect(cool.holds(1, HEATED)).toBe(true);
    cool.held(1); // a second hold does not restart the wait
    vi.advanceTimersByTime(MIN);
    expect(cool.holds(1, HEATED)).toBe(false);
    expect(cool.postableAt(1)).toBeUndefined();
  });

  it('"Keep as draft" brings the reminder after the chosen minutes; opening the card clears it', () => {
    const cool = make();
    cool.configure({ mode: 'ask', minutes: 45 });
    cool.held(1);
    cool.keep(1);
    vi.advanceTimersByTime(45 * MIN - 1);
    expect(cool.reminderDue(1)).toBe(false);
    expect(changed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(cool.reminderDue(1)).toBe(true);
    expect(changed).toBe(1);
    cool.seen(1);
    expect(cool.reminderDue(1)).toBe(false);
    expect(changed).toBe(2);
  });

  it('a composer that is gone or posted takes its pending reminder with it', () => {
    const cool = make();
    cool.keep(1);
    cool.keep(2);
    cool.forget(1);
    cool.posted(2);
    vi.advanceTimersByTime(61 * MIN);
    expect(cool.reminderDue(1)).toBe(false);
    expect(cool.reminderDue(2)).toBe(false);
    expect(changed).toBe(0);
  });
});
