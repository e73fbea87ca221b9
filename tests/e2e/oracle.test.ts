// The oracle attack from the page: a script of the site writes candidate names into composers
// (its own hidden, off-screen, transparent and visible ones, and the site's real composer) in
// every way a script can, and reads everything a script can read. It must recover no client
// name, and after one real keystroke it must not be able to push hundreds of candidates through.
// What the extension really underlined is read through the DevTools protocol (which sees the
// closed UI root), so the tests also prove the extension runs and would have flagged them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { marks } from './ext.ts';
import { launchWithExamplePack, openReady, readExamplePack, type Session } from './harness.ts';
import { atkObserve, atkText, atkWrite, candidatePost, decoys, installAttack, type AttackComposer, type WriteHow } from './oracle.ts';
import { LINKEDIN } from './sites/index.ts';
import { uiRootMode } from './ui-root.ts';

const CLIENTS = (readExamplePack() as { clients: string[] }).clients;
/** Longer than a lint round trip on this machine (~10 ms), so an answer would have arrived. */
const ANSWER_MS = 80;
const POLL = { timeout: 5_000, interval: 50 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await launchWithExamplePack();
  page = await openReady(session, LINKEDIN.url);
  // The site's own composer, opened by the site's own script (no user gesture).
  await page.evaluate(() => window.__fixture.open());
  await installAttack(page);
  // The scanner has found the attacker's composers (the extension watches them like any other).
  await sleep(500);
});
afterAll(async () => {
  await session?.close();
});

/** Client names the attacker can tell from decoys: an observation no decoy produced. */
function recovered(observed: Map<string, string>, clients: readonly string[], decoyNames: readonly string[]): string[] {
  const seenForDecoys = new Set(decoyNames.map((d) => observed.get(d)));
  return clients.filter((c) => !seenForDecoys.has(observed.get(c)));
}

describe('the page as attacker', () => {
  it('learns no client name from composers it fills itself, however it fills them', async () => {
    expect(await uiRootMode(page.mainFrame())).toBe('closed');
    const decoyNames = decoys(CLIENTS, 30);
    const names = [...decoyNames.slice(0, 15), ...CLIENTS, ...decoyNames.slice(15)];
    const targets: [AttackComposer | 'site', WriteHow][] = [
      ['hidden', 'dom'],
      ['offscreen', 'exec'],
      ['transparent', 'events'],
      ['visible', 'events'],
      ['visible', 'exec'],
      ['site', 'exec'],
    ];
    const observed = new Map<string, string>();
    const underlinedAtAll: string[] = [];
    const started = Date.now();
    for (const name of names) {
      for (const [target, how] of targets) await atkWrite(page, target, candidatePost(name), how);
      await sleep(ANSWER_MS);
      observed.set(name, await atkObserve(page));
      if ((await marks(page.mainFrame())).length) underlinedAtAll.push(name);
    }
    const seconds = (Date.now() - started) / 1000;
    const found = recovered(observed, CLIENTS, decoyNames);
    console.info(
      `[oracle] ${names.length} candidates × ${targets.length} ways in ${seconds.toFixed(1)} s: ${new Set(observed.values()).size} distinct observation(s), ${found.length} of ${CLIENTS.length} clients recovered`,
    );
    expect(found).toEqual([]);
    // Nothing was linted at all: no underline appeared anywhere, for clients or decoys.
    expect(underlinedAtAll).toEqual([]);
  });

  it('the same attack on text the user typed: the extension underlines, the page still cannot tell', async () => {
    const client = CLIENTS[0]!;
    const decoy = decoys(CLIENTS, 1)[0]!;
    const typeAs = async (name: string) => {
      await page.locator('#atk-typed').click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(candidatePost(name));
    };
    await typeAs(client);
    // The extension checks what the user typed (seen through the DevTools protocol)…
    await expect.poll(async () => (await marks(page.mainFrame())).length, POLL).toBeGreaterThan(0);
    const flagged = await atkText(page, 'typed');
    const m = (await marks(page.mainFrame())).map((x) => flagged.slice(x.start, x.end));
    expect(m).toContain(client);
    await sleep(ANSWER_MS);
    const seenClient = await atkObserve(page);
    await typeAs(decoy);
    await expect.poll(async () => (await marks(page.mainFrame())).length, POLL).toBe(0);
    await sleep(ANSWER_MS);
    const seenDecoy = await atkObserve(page);
    // …and the page sees the same either way.
    expect(seenClient).toBe(seenDecoy);
  });

  it('after one real keystroke, a script cannot push hundreds of candidates through', async () => {
    await page.locator('#atk-typed').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('a');
    await sleep(ANSWER_MS);
    const names = [...decoys(CLIENTS, 190), ...CLIENTS].sort(() => Math.random() - 0.5);
    const linted: string[] = [];
    const started = Date.now();
    for (const [i, name] of names.entries()) {
      const text = candidatePost(name);
      await atkWrite(page, 'typed', text, i % 2 ? 'dom' : 'exec');
      await sleep(40);
      // A privileged observer: which candidate texts did the extension check at all?
      const got = await marks(page.mainFrame());
      if (got.some((x) => text.slice(x.start, x.end) === name)) linted.push(name);
    }
    const seconds = (Date.now() - started) / 1000;
    console.info(`[oracle] one keystroke, then ${names.length} candidates in ${seconds.toFixed(1)} s: ${linted.length} client name(s) checked (${linted.join(', ')})`);
    // One keystroke lets at most one text through (and the keystroke itself used it); the pack has 10 clients among the 188.
    expect(linted.length).toBeLessThanOrEqual(1);
  });
});
