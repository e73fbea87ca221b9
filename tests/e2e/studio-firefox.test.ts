// The protocol studio in Firefox ESR (a smoke check over WebDriver BiDi): the page written by
// `thinktwice studio --out` opens from disk, takes answers from real key events, underlines a
// client in "Try it" exactly where the linter finds it, and keeps the answers over a reload.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { launchFirefox, type Firefox } from './firefox.ts';
import { until } from './policy-helpers.ts';

let ff: Firefox;
let dir: string;
let page: string;

const click = (sel: string) => ff.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), sel);
const focus = (sel: string) => ff.evaluate((s) => (document.querySelector(s) as HTMLElement).focus(), sel);
const value = (sel: string) => ff.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, sel);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tt-studio-ff-'));
  const io = { out: () => {}, err: (t: string) => process.stderr.write(t) };
  if (main(['studio', '--out', dir], io) !== 0) throw new Error('thinktwice studio --out failed');
  page = pathToFileURL(path.join(dir, 'index.html')).href;
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('protocol studio in Firefox', () => {
  it('answers, a client underlined in Try it, answers kept over a reload', async () => {
    await ff.navigate(page);
    await until('the studio page', () => ff.evaluate(() => !!document.querySelector('#q-name'), null));
    await focus('#q-name');
    await ff.type('Firma Smoke');
    await until('the name typed', async () => (await value('#q-name')) === 'Firma Smoke' || null);
    await click('nav [data-view="clients"]');
    await until('the clients screen', () => ff.evaluate(() => !!document.querySelector('#q-clients'), null));
    await focus('#q-clients');
    await ff.type('Jansen Transport');
    await until('the client typed', async () => (await value('#q-clients')) === 'Jansen Transport' || null);
    await click('nav [data-view="try"]');
    await until('the Try-it box', () => ff.evaluate(() => !!document.querySelector('#try-post'), null));
    await focus('#try-post');
    const post = 'Vandaag de polis voor Jansen Transport afgesloten.';
    await ff.type(post);
    await until('the post typed', async () => (await value('#try-post')) === post || null).catch(async (e) => {
      throw new Error(`${e.message}; the box holds ${JSON.stringify(await value('#try-post'))}`);
    });
    const { value: marks } = await until('the underline', async () => {
      const got = await ff.evaluate(
        () => [...document.querySelectorAll<HTMLElement>('[data-tt="mark"]')].map((e) => ({ severity: e.dataset.severity, start: e.dataset.start, end: e.dataset.end, boxes: e.children.length })),
        null,
      );
      return got.length ? got : null;
    });
    const start = post.indexOf('Jansen Transport');
    expect(marks).toEqual([{ severity: 'block', start: String(start), end: String(start + 'Jansen Transport'.length), boxes: 1 }]);
    await ff.navigate(page);
    await until('the page again', () => ff.evaluate(() => !!document.querySelector('nav'), null));
    await click('nav [data-view="organisation"]');
    await until('the organisation screen', () => ff.evaluate(() => !!document.querySelector('#q-name'), null));
    expect(await value('#q-name')).toBe('Firma Smoke');
  });
});
