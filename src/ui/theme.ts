// Colours of everything drawn in the page, light and dark. The card and badge take
// the site's scheme (a dark composer background means dark), else the system's.
// Underline colours are mid-tones that keep 3:1 against the sites' light AND dark
// backgrounds, so they need no switching. tests/ui/theme.test.ts checks every pair
// in TEXT_PAIRS at 4.5:1 and every underline against SITE_BACKGROUNDS at 3:1.

export type Scheme = 'light' | 'dark';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  line: string;
  accent: string;
  btnBg: string;
  btnFg: string;
  primaryBg: string;
  primaryFg: string;
  dangerFg: string;
  blockFg: string;
  warnFg: string;
  infoFg: string;
  tagBlockBg: string;
  tagBlockFg: string;
  tagWarnBg: string;
  tagWarnFg: string;
  tagInfoBg: string;
  tagInfoFg: string;
}

export const PALETTES: Record<Scheme, Palette> = {
  light: {
    bg: '#ffffff',
    fg: '#1d1d1f',
    muted: '#4f545c',
    line: '#c9c9cf',
    accent: '#1558b0',
    btnBg: '#f1f1f4',
    btnFg: '#1d1d1f',
    primaryBg: '#1558b0',
    primaryFg: '#ffffff',
    dangerFg: '#9b1c1c',
    blockFg: '#9b1c1c',
    warnFg: '#6d4100',
    infoFg: '#0d3c73',
    tagBlockBg: '#b3261e',
    tagBlockFg: '#ffffff',
    tagWarnBg: '#ffe0a3',
    tagWarnFg: '#4d2e00',
    tagInfoBg: '#e3efff',
    tagInfoFg: '#0d3c73',
  },
  dark: {
    bg: '#1f1f23',
    fg: '#f1f1f4',
    muted: '#c4c4cc',
    line: '#55555e',
    accent: '#9cc1ff',
    btnBg: '#2f2f35',
    btnFg: '#f1f1f4',
    primaryBg: '#9cc1ff',
    primaryFg: '#0b1f3a',
    dangerFg: '#ff9b92',
    blockFg: '#ff9b92',
    warnFg: '#f4c06a',
    infoFg: '#9cc1ff',
    tagBlockBg: '#ff9b92',
    tagBlockFg: '#3b0a06',
    tagWarnBg: '#f4c06a',
    tagWarnFg: '#3a2300',
    tagInfoBg: '#9cc1ff',
    tagInfoFg: '#0b1f3a',
  },
};

/** Text colour on background colour, as the UI uses them. */
export const TEXT_PAIRS: [fg: keyof Palette, bg: keyof Palette][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['btnFg', 'btnBg'],
  ['primaryFg', 'primaryBg'],
  ['dangerFg', 'bg'],
  ['blockFg', 'bg'],
  ['warnFg', 'bg'],
  ['infoFg', 'bg'],
  ['tagBlockFg', 'tagBlockBg'],
  ['tagWarnFg', 'tagWarnBg'],
  ['tagInfoFg', 'tagInfoBg'],
];

/** One colour per severity for the underlines, whatever the site's scheme. */
export const UNDERLINES = { block: '#e53935', warn: '#b87400', info: '#3d7bd9' } as const;

/** Backgrounds the composers sit on (2026): light and dark themes of the three sites. */
export const SITE_BACKGROUNDS: Record<string, string> = {
  'white (X, LinkedIn and Facebook composers)': '#ffffff',
  'LinkedIn feed': '#f4f2ee',
  'Facebook feed': '#f0f2f5',
  'X Dim': '#15202b',
  'X Lights out': '#000000',
  'Facebook dark': '#242526',
  'Facebook dark feed': '#18191a',
  'LinkedIn dark': '#1b1f23',
};

const cssVar = (k: string) => `--tt-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const vars = (p: Palette) =>
  Object.entries(p)
    .map(([k, v]) => `${cssVar(k)}: ${v};`)
    .join(' ');

/** Custom properties for `.layer`, switched by its data-theme. */
export function themeCss(): string {
  return `.layer, .layer[data-theme="light"] { ${vars(PALETTES.light)} }
.layer[data-theme="dark"] { ${vars(PALETTES.dark)} }
@media (prefers-color-scheme: dark) { .layer:not([data-theme]) { ${vars(PALETTES.dark)} } }`;
}

/** `var(--tt-…)` for a palette key, for the stylesheet. */
export const v = (k: keyof Palette): string => `var(${cssVar(k)})`;
