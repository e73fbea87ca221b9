// The composer's request/answer cycle as tables (see session-tester.ts): what is sent when,
// which answers are shown, retries, the port closing, and a submit waiting for its answer.
import { describe, expect, it, vi } from 'vitest';
import { INPUT_CREDIT_MS, LintHub, RETRY_MS } from '../../src/ui/lint-session.ts';
import { takeOver } from '../../src/ui/takeover.ts';
import { SUBMIT_WAIT_MS, sessionTable } from './session-tester.ts';

/** Requests 1..n all carrying `text`. */
const sameText = (n: number, text: string): [number, string][] => Array.from({ length: n }, (_, i) => [i + 1, text]);

sessionTable('sending', [
  { name: 'an edit is sent in the next task, one request for edits in the same task', steps: [['type', 'k'], ['type', 'kl'], ['type', 'klant'], ['tick', 0]], sent: [[1, 'klant']] },
  { name: 'the answer is shown with its findings', steps: [['type', 'de klant'], ['tick', 0], ['answer', 1]], sent: [[1, 'de klant']], shown: 'de klant', flagged: ['klant'] },
  { name: 'an edit back to the text already sent sends nothing', steps: [['type', 'klant'], ['tick', 0], ['answer', 1], ['type', 'klant!'], ['type', 'klant'], ['tick', 0]], sent: [[1, 'klant']], shown: 'klant' },
  { name: 'an empty or blank text is answered without asking the linter', steps: [['type', 'klant'], ['tick', 0], ['answer', 1], ['type', '  \n '], ['tick', 0]], sent: [[1, 'klant']], shown: '  \n ', flagged: [] },
  {
    name: 'one request in flight: what is typed meanwhile goes when the answer arrives',
    steps: [['type', 'klant'], ['tick', 0], ['type', 'klant g'], ['tick', 5], ['type', 'klant geheim'], ['tick', 5], ['answer', 1], ['tick', 0]],
    sent: [
      [1, 'klant'],
      [2, 'klant geheim'],
    ],
    shown: 'klant',
  },
  {
    name: 'the resend is answered and shown',
    steps: [['type', 'klant'], ['tick', 0], ['type', 'klant geheim'], ['answer', 1], ['answer', 2]],
    sent: [
      [1, 'klant'],
      [2, 'klant geheim'],
    ],
    shown: 'klant geheim',
    flagged: ['geheim', 'klant'],
  },
  {
    name: 'an edit long after an unanswered request (its retry not run yet) is sent at once, not held for it',
    steps: [['type', 'klant'], ['tick', 0], ['late', RETRY_MS], ['type', 'klant geheim'], ['tick', 0]],
    sent: [
      [1, 'klant'],
      [2, 'klant geheim'],
    ],
  },
]);

sessionTable('stale answers', [
  {
    name: 'a late answer for older text is dropped once newer text was sent',
    steps: [['type', 'klant'], ['tick', 0], ['type', 'geheim'], ['packs'], ['answer', 2], ['answer', 1]],
    sent: [
      [1, 'klant'],
      [2, 'geheim'],
    ],
    shown: 'geheim',
    flagged: ['geheim'],
    dropped: [1],
  },
  {
    name: 'after a pack change, an answer from before it is dropped even for the same text',
    steps: [['type', 'klant'], ['tick', 0], ['packs'], ['answer', 1], ['answer', 2]],
    sent: [
      [1, 'klant'],
      [2, 'klant'],
    ],
    shown: 'klant',
    dropped: [1],
  },
  { name: 'an answer to a request never sent is dropped', steps: [['type', 'klant'], ['tick', 0], ['answer', 2]], sent: [[1, 'klant']], shown: undefined, dropped: [2] },
  {
    name: 'a retry carries the newest text; the answer to the older one is dropped',
    steps: [['type', 'klant'], ['tick', 0], ['type', 'geheim'], ['tick', RETRY_MS], ['answer', 1], ['answer', 2]],
    sent: [
      [1, 'klant'],
      [2, 'geheim'],
    ],
    shown: 'geheim',
    dropped: [1],
  },
]);

sessionTable('lost answers', [
  {
    name: 'asks again after RETRY_MS when the answer does not come',
    steps: [['type', 'geheim'], ['tick', 0], ['tick', RETRY_MS]],
    sent: [
      [1, 'geheim'],
      [2, 'geheim'],
    ],
  },
  {
    name: 'keeps asking until an answer comes, then stops',
    steps: [['type', 'geheim'], ['tick', 0], ['tick', 3 * RETRY_MS], ['answer', 4], ['tick', 5 * RETRY_MS]],
    sent: sameText(4, 'geheim'),
    shown: 'geheim',
  },
  {
    name: 'a late answer to the first request for the same text is still good after a retry',
    steps: [['type', 'geheim'], ['tick', 0], ['tick', RETRY_MS], ['answer', 1], ['tick', 3 * RETRY_MS]],
    sent: [
      [1, 'geheim'],
      [2, 'geheim'],
    ],
    shown: 'geheim',
  },
  { name: 'no retry once answered', steps: [['type', 'geheim'], ['tick', 0], ['answer', 1], ['tick', 5 * RETRY_MS]], sent: [[1, 'geheim']], shown: 'geheim' },
  {
    name: 'the port closing re-sends what was in flight at once, without waiting for the retry',
    steps: [['type', 'geheim'], ['tick', 0], ['tick', 10], ['disconnect'], ['answer', 2]],
    sent: [
      [1, 'geheim'],
      [2, 'geheim'],
    ],
    shown: 'geheim',
  },
  { name: 'the port closing with nothing in flight sends nothing', steps: [['type', 'geheim'], ['tick', 0], ['answer', 1], ['disconnect']], sent: [[1, 'geheim']], shown: 'geheim' },
  {
    name: 'a composer that left the page sends nothing more (no retry, no resend)',
    steps: [['type', 'geheim'], ['tick', 0], ['type', 'geheim klant'], ['stop'], ['tick', 5 * RETRY_MS], ['packs']],
    sent: [[1, 'geheim']],
  },
]);

sessionTable('a submit waits for fresh findings', [
  { name: 'nothing changed since the answer: decides at once', steps: [['type', 'geheim'], ['tick', 0], ['answer', 1], ['submit']], sent: [[1, 'geheim']], submitWaited: null },
  {
    name: 'a request out: waits for its answer',
    steps: [['type', 'geheim'], ['tick', 0], ['submit'], ['tick', 40], ['answer', 1], ['tick', 0]],
    sent: [[1, 'geheim']],
    shown: 'geheim',
    submitWaited: 40,
  },
  {
    name: 'typed and clicked in the same task: sends the text at once and waits for it',
    steps: [['type', 'geheim'], ['submit'], ['tick', 30], ['answer', 1], ['tick', 0]],
    sent: [[1, 'geheim']],
    shown: 'geheim',
    submitWaited: 30,
  },
  {
    name: 'edited while the request was out: the newer text is sent and waited for',
    steps: [['type', 'klant'], ['tick', 0], ['type', 'klant geheim'], ['submit'], ['tick', 10], ['answer', 1], ['answer', 2], ['tick', 0]],
    sent: [
      [1, 'klant'],
      [2, 'klant geheim'],
    ],
    shown: 'klant geheim',
    dropped: [1],
    submitWaited: 10,
  },
  {
    name: 'no answer at all: gives up after the submit timeout',
    steps: [['type', 'geheim'], ['tick', 0], ['submit'], ['tick', SUBMIT_WAIT_MS - 1]],
    // The first request and a retry every RETRY_MS meanwhile.
    sent: sameText(6, 'geheim'),
    submitWaited: undefined,
  },
  {
    name: 'no answer at all: the wait ends at the submit timeout',
    steps: [['type', 'geheim'], ['tick', 0], ['submit'], ['tick', SUBMIT_WAIT_MS]],
    sent: sameText(7, 'geheim'),
    submitWaited: SUBMIT_WAIT_MS,
  },
]);

// The page can write anything into a composer; only what the user's own input produced is
// checked, and each trusted input event lets at most one new text through.
sessionTable("only the user's input is checked", [
  { name: 'text the page writes into a composer nobody typed in is not sent', steps: [['page', 'Jansen Transport'], ['tick', 0], ['tick', 5 * RETRY_MS]], sent: [] },
  {
    name: 'text the page writes after the user typed is not sent; the typed text stays the one checked',
    steps: [['type', 'hallo'], ['tick', 0], ['answer', 1], ['page', 'Jansen Transport'], ['tick', 0], ['page', 'Kroeze Bouw'], ['tick', 0]],
    sent: [[1, 'hallo']],
    shown: 'hallo',
  },
  {
    name: 'one key that changes nothing lets one page write through, not two',
    steps: [['key'], ['page', 'Jansen Transport'], ['tick', 0], ['answer', 1], ['page', 'Kroeze Bouw'], ['tick', 0]],
    sent: [[1, 'Jansen Transport']],
  },
  {
    name: 'many page writes after one key: only the text at send time goes, once',
    steps: [['key'], ['page', 'a'], ['page', 'b'], ['page', 'c'], ['tick', 0], ['page', 'd'], ['answer', 1], ['page', 'e'], ['tick', RETRY_MS]],
    sent: [[1, 'c']],
  },
  { name: 'the licence of a key expires', steps: [['key'], ['tick', INPUT_CREDIT_MS + 1], ['page', 'Jansen Transport'], ['tick', 0]], sent: [] },
  {
    name: 'a page write while a request is out queues no resend',
    steps: [['type', 'hallo'], ['tick', 0], ['page', 'Jansen Transport'], ['answer', 1], ['tick', 0]],
    sent: [[1, 'hallo']],
    shown: 'hallo',
  },
  {
    name: 'a retry repeats the typed text, not what the page wrote since',
    steps: [['type', 'geheim'], ['tick', 0], ['page', 'Jansen Transport'], ['tick', RETRY_MS]],
    sent: sameText(2, 'geheim'),
  },
  {
    name: 'a pack change re-checks the typed text, not what the page wrote since',
    steps: [['type', 'klant'], ['tick', 0], ['answer', 1], ['page', 'Jansen Transport'], ['packs']],
    sent: sameText(2, 'klant'),
  },
  {
    name: 'the port closing re-sends the typed text, not what the page wrote since',
    steps: [['type', 'klant'], ['tick', 0], ['page', 'Jansen Transport'], ['disconnect']],
    sent: sameText(2, 'klant'),
  },
  {
    name: 'the page emptying the composer is taken without asking the linter',
    steps: [['type', 'geheim'], ['tick', 0], ['answer', 1], ['page', ''], ['tick', 0], ['submit']],
    sent: [[1, 'geheim']],
    shown: '',
    submitWaited: null,
  },
  {
    name: "the user's Post click vouches for a text they did not type (a draft the site restored)",
    steps: [['page', 'geheim'], ['submit'], ['tick', 20], ['answer', 1], ['tick', 0]],
    sent: [[1, 'geheim']],
    shown: 'geheim',
    submitWaited: 20,
  },
  { name: 'a Post click by the page vouches for nothing and waits for nothing', steps: [['page', 'geheim'], ['page-submit'], ['tick', 0]], sent: [], submitWaited: null },
  {
    name: "a Post click by the page waits for an answer the user's typing is owed",
    steps: [['type', 'geheim'], ['page-submit'], ['tick', 15], ['answer', 1], ['tick', 0]],
    sent: [[1, 'geheim']],
    submitWaited: 15,
  },
]);

describe('several composers on one channel', () => {
  it('routes each answer to its composer, and a pack change re-sends every composer', () => {
    vi.useFakeTimers();
    try {
      const sent: [number, number, string][] = [];
      const hub = new LintHub((composer, seq, text) => sent.push([composer, seq, text]));
      const texts = ['geheim', 'klant'];
      const a = hub.open(1, () => texts[0]!, () => {});
      const b = hub.open(2, () => texts[1]!, () => {});
      for (const s of [a, b]) {
        s.input();
        s.edited();
        s.lint();
      }
      hub.receive({ type: 'findings', composer: 2, seq: 1, findings: [] });
      expect([a.base, b.base?.text]).toEqual([undefined, 'klant']);
      hub.receive({ type: 'packs-changed' });
      expect(sent).toEqual([
        [1, 1, 'geheim'],
        [2, 1, 'klant'],
        [1, 2, 'geheim'],
        [2, 2, 'klant'],
      ]);
      hub.close(2);
      hub.receive({ type: 'findings', composer: 2, seq: 2, findings: [] });
      hub.receive({ type: 'packs-changed' });
      expect(sent.slice(4)).toEqual([[1, 3, 'geheim']]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('takeover (a newer copy of the content script)', () => {
  it('stops the copy before it, once; the newest keeps running', () => {
    const doc = new EventTarget();
    const stopped: string[] = [];
    takeOver(doc, () => stopped.push('first'));
    expect(stopped).toEqual([]);
    takeOver(doc, () => stopped.push('second'));
    expect(stopped).toEqual(['first']);
    takeOver(doc, () => stopped.push('third'));
    expect(stopped).toEqual(['first', 'second']);
  });

  it('a copy that stopped by itself no longer answers', () => {
    const doc = new EventTarget();
    const stopped: string[] = [];
    const release = takeOver(doc, () => stopped.push('first'));
    release();
    takeOver(doc, () => stopped.push('second'));
    expect(stopped).toEqual([]);
  });
});

describe('flush: the composer\'s frame sends what the next task would', () => {
  const open = () => {
    const sent: [number, string][] = [];
    let text = '';
    const hub = new LintHub((_, seq, t) => sent.push([seq, t]));
    const s = hub.open(1, () => text, () => {});
    return { sent, s, set: (t: string) => (text = t) };
  };
  it.each([
    { name: 'typed: sent at the flush, once', trusted: true, sent: [[1, 'klant']] },
    { name: 'written by the page: nothing to flush', trusted: false, sent: [] },
  ])('$name', ({ trusted, sent: expected }) => {
    vi.useFakeTimers();
    try {
      const { sent, s, set } = open();
      if (trusted) s.input();
      set('klant');
      s.edited();
      s.flush();
      expect(sent).toEqual(expected);
      vi.advanceTimersByTime(0);
      expect(sent).toEqual(expected);
    } finally {
      vi.useRealTimers();
    }
  });
});
