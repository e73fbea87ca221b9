// The background's per-tab budget of new texts (tab-budget.ts) through the lint service over
// fake ports, under fake timers: typing speed passes untouched, a flood of new texts from
// one tab is held to the budget, repeats are free, frames of a tab share it, and the newest
// text always gets its answer.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Pack } from '../../src/rules/index.ts';
import type { PortLike } from '../../src/platform/protocol.ts';
import { NEW_TEXTS_BURST, NEW_TEXTS_PER_SECOND } from '../../src/platform/tab-budget.ts';
import { EXAMPLE_PACK_PATH } from '../corpus/paths.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { createLintService } = await import('../../src/platform/lint-service.ts');

const PACK = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;

function tabPort(tab: number) {
  const answers: { composer: number; seq: number; at: number }[] = [];
  let onMessage: (m: unknown) => void = () => {};
  let onDisconnect: () => void = () => {};
  const port: PortLike = {
    name: 'thinktwice-lint',
    sender: { tab: { id: tab } },
    postMessage: (m: any) => m.type === 'findings' && answers.push({ composer: m.composer, seq: m.seq, at: Date.now() }),
    onMessage: { addListener: (cb) => (onMessage = cb) },
    onDisconnect: { addListener: (cb) => (onDisconnect = cb) },
  };
  let seq = 0;
  return {
    port,
    answers,
    send: (text: string, composer = 1) => onMessage({ type: 'lint', composer, seq: ++seq, text, platform: 'linkedin', uiLang: 'nl' }),
    disconnect: () => onDisconnect(),
  };
}

let svc: ReturnType<typeof createLintService>;
beforeEach(() => {
  vi.useFakeTimers();
  svc = createLintService();
  svc.update({ layers: [{ source: 'user', pack: PACK }] });
});
afterEach(() => {
  vi.useRealTimers();
});

const candidates = (n: number) => Array.from({ length: n }, (_, i) => `Vandaag bij kandidaat ${i} geweest.`);

describe('per-tab budget of new texts', () => {
  it('typing (10 keys a second for a minute, each a new text) is never held', async () => {
    const t = tabPort(1);
    svc.serve(t.port);
    let text = '';
    for (let i = 0; i < 600; i++) {
      text += 'abcdefghij'[i % 10];
      const sentAt = Date.now();
      t.send(text);
      expect(t.answers.at(-1)).toEqual({ composer: 1, seq: i + 1, at: sentAt });
      await vi.advanceTimersByTimeAsync(100);
    }
  });

  it('a flood of new texts from one tab is answered no faster than the budget', async () => {
    const t = tabPort(1);
    svc.serve(t.port);
    // A script that had one composer answer 300 candidates as fast as it can, one in flight at a time.
    const texts = candidates(300);
    const start = Date.now();
    for (const text of texts) {
      const before = t.answers.length;
      t.send(text);
      while (t.answers.length === before) await vi.advanceTimersByTimeAsync(1);
    }
    const seconds = (Date.now() - start) / 1000;
    expect(t.answers).toHaveLength(300);
    // The burst, then NEW_TEXTS_PER_SECOND.
    expect(seconds).toBeGreaterThanOrEqual((300 - NEW_TEXTS_BURST) / NEW_TEXTS_PER_SECOND - 0.1);
  });

  it('past the budget only the newest text per composer waits, and it is answered', async () => {
    const t = tabPort(1);
    svc.serve(t.port);
    for (const text of candidates(NEW_TEXTS_BURST)) t.send(text);
    expect(t.answers).toHaveLength(NEW_TEXTS_BURST);
    t.send('eerste wachtende');
    t.send('tweede wachtende');
    t.send('derde wachtende');
    expect(t.answers).toHaveLength(NEW_TEXTS_BURST);
    await vi.advanceTimersByTimeAsync(1000 / NEW_TEXTS_PER_SECOND);
    expect(t.answers.slice(NEW_TEXTS_BURST).map((a) => a.seq)).toEqual([NEW_TEXTS_BURST + 3]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.answers).toHaveLength(NEW_TEXTS_BURST + 1);
  });

  it('a repeat of the text last linted (a retry, a pack change) is answered at once, even past the budget', () => {
    const t = tabPort(1);
    svc.serve(t.port);
    const texts = candidates(NEW_TEXTS_BURST);
    for (const text of texts) t.send(text);
    t.send(texts.at(-1)!);
    expect(t.answers).toHaveLength(NEW_TEXTS_BURST + 1);
  });

  it('frames of one tab share its budget; another tab has its own', () => {
    const top = tabPort(1);
    const frame = tabPort(1);
    const other = tabPort(2);
    for (const p of [top, frame, other]) svc.serve(p.port);
    const texts = candidates(NEW_TEXTS_BURST + 10);
    texts.slice(0, NEW_TEXTS_BURST / 2).forEach((text) => top.send(text));
    texts.slice(NEW_TEXTS_BURST / 2, NEW_TEXTS_BURST).forEach((text) => frame.send(text));
    frame.send(texts[NEW_TEXTS_BURST]!);
    other.send(texts[NEW_TEXTS_BURST + 1]!);
    expect([top.answers.length, frame.answers.length, other.answers.length]).toEqual([NEW_TEXTS_BURST / 2, NEW_TEXTS_BURST / 2, 1]);
  });

  it('a tab that closed leaves nothing waiting behind', async () => {
    const t = tabPort(1);
    svc.serve(t.port);
    for (const text of candidates(NEW_TEXTS_BURST + 1)) t.send(text);
    t.disconnect();
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.answers).toHaveLength(NEW_TEXTS_BURST);
  });
});
