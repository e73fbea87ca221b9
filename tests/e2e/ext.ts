// What the extension puts in a fixture page (CONTRACT.md), read from a test: highlights, badge,
// card, guard, and the linter's own answer for the same text.
import type { Frame, Locator, Page } from 'playwright-core';
import { createLinter, type Finding, type Linter, type Severity } from '../../src/rules/index.ts';
import { policyLayers } from '../../src/rules/policy/layers.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { readExamplePack } from './harness.ts';
import type { Composer } from './sites/index.ts';

export const SEVERITIES = ['block', 'warn', 'info'] as const satisfies readonly Severity[];
export type Highlights = Record<Severity, string[]>;

let linter: Linter | undefined;

/** The linter the extension should be running: no built-in packs yet, the example pack as the user layer. */
export function referenceLinter(pack?: Pack): Linter {
  if (pack) return createLinter(policyLayers({ builtins: [], user: pack, settings: { lockUserRules: false } }));
  linter ??= createLinter(policyLayers({ builtins: [], user: readExamplePack() as Pack, settings: { lockUserRules: false } }));
  return linter;
}

/** Text of each `thinktwice-<severity>` highlight range in the frame's document, sorted. */
export function highlights(frame: Frame): Promise<Highlights> {
  return frame.evaluate((names) => {
    const out: Record<string, string[]> = {};
    for (const n of names) {
      const h = CSS.highlights.get(`thinktwice-${n}`);
      out[n] = h ? [...(h as unknown as Set<AbstractRange>)].map((r) => (r instanceof Range ? r.toString() : '')).sort() : [];
    }
    return out as Highlights;
  }, [...SEVERITIES]);
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
  const host = frame.locator('think-twice-ui');
  return {
    host,
    badges: host.locator('[data-tt="badge"]'),
    card: host.locator('[data-tt="card"]'),
    findings: host.locator('[data-tt="card"] [data-tt="finding"]'),
    guard: host.locator('[data-tt="guard"]'),
    action: (name: string, within?: Locator) => (within ?? host).locator(`button[data-action="${name}"]`),
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

/** Clicks the middle of the first range of a highlight (page coordinates, iframes included). */
export async function clickUnderline(page: Page, c: Composer, severity: Severity, text?: string): Promise<void> {
  const box = await c.frame.evaluate(
    ([name, want]) => {
      const h = CSS.highlights.get(name);
      const ranges = h ? ([...(h as unknown as Set<AbstractRange>)].filter((r) => r instanceof Range) as Range[]) : [];
      const r = ranges.find((x) => want === null || x.toString() === want);
      const rect = r?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [`thinktwice-${severity}`, text ?? null] as const,
  );
  if (!box) throw new Error(`no ${severity} underline${text ? ` on "${text}"` : ''} to click`);
  let dx = 0;
  let dy = 0;
  const frameEl = await c.frame.frameElement().catch(() => null);
  if (frameEl) {
    const fb = await frameEl.boundingBox();
    dx = fb?.x ?? 0;
    dy = fb?.y ?? 0;
  }
  await page.mouse.click(box.x + dx, box.y + dy);
}
