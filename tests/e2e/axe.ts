// axe-core in a page, frame or isolated world: the violations of the WCAG 2.x A/AA
// rules (and best practices) as short lines a failing test can print.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on `selector` (default: the whole document) and returns one line per
 * violating node. Evaluated through the DevTools protocol, so the extension
 * pages' content security policy does not stop it.
 */
export async function axeViolations(target: Page | Frame, selector?: string): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    async ([sel, tags]) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
      const context = sel ? { include: [sel] } : document;
      const res = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return res.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`));
    },
    [selector ?? null, AXE_TAGS] as const,
  );
}
