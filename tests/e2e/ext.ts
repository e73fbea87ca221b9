// What the extension puts in a fixture page (CONTRACT.md), read from a test: underlines, badge,
// card, guard, and the linter's own answer for the same text. The extension's UI is in a
// closed shadow root; ui-root.ts reaches it through the DevTools protocol.
import type { Frame, Page } from 'playwright-core';
import { createLinter, type Finding, type Linter, type Severity } from '../../src/rules/index.ts';
import { policyLayers } from '../../src/rules/policy/layers.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { readExamplePack } from './harness.ts';
import type { Composer } from './sites/index.ts';
import { UiPart, uiRoot } from './ui-root.ts';

export const SEVERITIES = ['block', 'warn', 'info'] as const satisfies readonly Severity[];
export type Highlights = Record<Severity, string[]>;

let linter: Linter | undefined;

/** The linter the extension should be running: no built-in packs yet, the example pack as the user layer. */
export function referenceLinter(pack?: Pack): Linter {
  if (pack) return createLinter(policyLayers({ builtins: [], user: pack, settings: { lockUserRules: false } }));
  linter ??= createLinter(policyLayers({ builtins: [], user: readExamplePack() as Pack, settings: { lockUserRules: false } }));
  return linter;
}

/** One underlined range as the extension draws it: `data-severity`, `data-start`/`data-end` in the text of composer `composer`. */
export interface DrawnMark {
  composer: number;
  severity: Severity;
  start: number;
  end: number;
}

/** Every underline in the frame's document (CONTRACT.md: `[data-tt="mark"]` in the UI's shadow root). */
export async function marks(frame: Frame): Promise<DrawnMark[]> {
  const root = await uiRoot(frame);
  if (!root) return [];
  // Query and read in one evaluation: `$$eval` finds the elements in one call and reads them in a
  // second, and a re-render in between leaves a detached mark without a parent (a flaky CI run).
  return root.evaluate((r) =>
    [...r.querySelectorAll<HTMLElement>('[data-tt="marks"] [data-tt="mark"]')].map((e) => ({
      composer: Number(e.parentElement!.dataset.composer),
      severity: e.dataset.severity as Severity,
      start: Number(e.dataset.start),
      end: Number(e.dataset.end),
    })),
  );
}

/** The underlined texts per severity in the frame (each mark's offsets applied to its composer's text), sorted. */
export async function highlights(frame: Frame): Promise<Highlights> {
  const out: Highlights = { block: [], warn: [], info: [] };
  const texts = new Map<number, string>();
  for (const m of await marks(frame)) {
    if (!texts.has(m.composer)) texts.set(m.composer, await frame.evaluate((i) => window.__fixture.modelText(i), m.composer));
    out[m.severity].push(texts.get(m.composer)!.slice(m.start, m.end));
  }
  for (const s of SEVERITIES) out[s].sort();
  return out;
}

/** What the highlights must be for these findings. */
export function expectedHighlights(findings: readonly Finding[]): Highlights {
  const out: Highlights = { block: [], warn: [], info: [] };
  for (const f of findings) if (f.end > f.start) out[f.severity].push(f.text);
  for (const s of SEVERITIES) out[s].sort();
  return out;
}

export const NO_HIGHLIGHTS: Highlights = { block: [], warn: [], info: [] };

export function ui(frame: Frame) {
  const part = (sel: string) => new UiPart(frame, [{ sel }]);
  return {
    badges: part('[data-tt="badge"]'),
    card: part('[data-tt="card"]'),
    findings: part('[data-tt="card"] [data-tt="finding"]'),
    guard: part('[data-tt="guard"]'),
    /** The cool-down hold ("Think twice?") before a post that reads as written in anger. */
    coolDown: part('[data-tt="cool-down"]'),
    action: (name: string, within?: UiPart) => (within ? within.locator(`button[data-action="${name}"]`) : part(`button[data-action="${name}"]`)),
  };
}

/** Empties the composer through the editor (select all, delete) and checks its model agrees. */
export async function clearComposer(page: Page, c: Composer): Promise<void> {
  await c.editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if ((await c.modelText()) !== '') throw new Error(`could not clear composer: ${JSON.stringify(await c.modelText())}`);
}

/** True when keyboard focus (through shadow roots) is inside this composer's editor. */
export function focusInEditor(c: Composer): Promise<boolean> {
  return c.editor.evaluate((editor) => {
    let a: Element | null = editor.ownerDocument.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a !== null && (a === editor || editor.contains(a));
  });
}

/** Clicks the middle of the first box of an underline of composer `c` (with this text, if given). */
export async function clickUnderline(page: Page, c: Composer, severity: Severity, text?: string): Promise<void> {
  const root = await uiRoot(c.frame);
  const all = await marks(c.frame);
  const own = all.filter((m) => m.composer === c.index && m.severity === severity);
  const model = await c.modelText();
  const i = own.findIndex((m) => text === undefined || model.slice(m.start, m.end) === text);
  const m = own[i];
  const box =
    m && root
      ? await (await root.$(`[data-tt="marks"][data-composer="${m.composer}"] [data-tt="mark"][data-severity="${severity}"][data-start="${m.start}"][data-end="${m.end}"] .box`))?.boundingBox()
      : null;
  if (!box) throw new Error(`no ${severity} underline${text ? ` on "${text}"` : ''} to click`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
