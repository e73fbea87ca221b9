// The live region's announcements under fake timers: debounced while typing,
// once per changed summary, at once when asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_AFTER_MS, createAnnouncer } from '../../src/ui/a11y/announcer.ts';

let said: string[];
beforeEach(() => {
  vi.useFakeTimers();
  said = [];
});
afterEach(() => vi.useRealTimers());

describe('announcer', () => {
  it('says the summary once it has held still, not per keystroke', () => {
    const a = createAnnouncer((t) => said.push(t));
    for (const s of ['1 finding.', '2 findings.', '1 finding.', '2 findings.']) {
      a.update(s);
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS / 3);
    }
    expect(said).toEqual([]);
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS);
    expect(said).toEqual(['2 findings.']);
  });

  it('says nothing when the summary is what it said last', () => {
    const a = createAnnouncer((t) => said.push(t));
    a.update('1 finding.');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS);
    a.update('2 findings.');
    a.update('1 finding.');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS);
    expect(said).toEqual(['1 finding.']);
  });

  it('speaks at once when asked, and that counts as said', () => {
    const a = createAnnouncer((t) => said.push(t));
    a.update('3 findings.');
    a.now('3 findings. Press Alt+Shift+K to read them.');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS * 2);
    expect(said).toEqual(['3 findings. Press Alt+Shift+K to read them.']);
  });

  it('stops', () => {
    const a = createAnnouncer((t) => said.push(t));
    a.update('1 finding.');
    a.stop();
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS * 2);
    expect(said).toEqual([]);
  });
});
