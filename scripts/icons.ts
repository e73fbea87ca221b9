// Renders the toolbar and store icons from assets/icon.svg with Debian's Chromium:
// light (for light toolbars) and dark (for dark toolbars), 16/32/48/128 px, into
// public/icons/. Run after changing the SVG: `npx tsx scripts/icons.ts`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, REPO_ROOT } from '../tests/e2e/harness.ts';
import { ICON_SIZES, ICON_VARIANTS, iconPath } from '../src/icons.ts';

const SOURCE = path.join(REPO_ROOT, 'assets', 'icon.svg');
/** Colours per variant; `light` is the source's own. The dark one keeps ≥ 3:1 on dark toolbars (#202124–#3c3c3c). */
const COLOURS: Record<(typeof ICON_VARIANTS)[number], { bubble: string; pause: string }> = {
  light: { bubble: '#1558b0', pause: '#ffffff' },
  dark: { bubble: '#9cc1ff', pause: '#1c1c1f' },
};

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE, 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--force-color-profile=srgb'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const variant of ICON_VARIANTS) {
      const { bubble, pause } = COLOURS[variant];
      const coloured = svg.replace(/\.bubble \{ fill: [^;]+; \}/, `.bubble { fill: ${bubble}; }`).replace(/\.pause \{ fill: [^;]+; \}/, `.pause { fill: ${pause}; }`);
      for (const size of ICON_SIZES) {
        const sized = coloured.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
        const png = await page.locator('svg').screenshot({ omitBackground: true });
        const out = path.join(REPO_ROOT, 'public', iconPath(variant, size));
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, png);
        console.log(`wrote ${path.relative(REPO_ROOT, out)} (${png.length} bytes)`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(`icons failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
