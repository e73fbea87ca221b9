// Styles. Colours come from the palettes in theme.ts (light and dark, both held to
// 4.5:1 for text by tests/ui/theme.test.ts); `.layer[data-theme]` follows the
// composer's background, else the system's scheme. Severities differ in line style
// and thickness, not only colour: block = thick wavy + tint, warn = dashed, info = thin dotted.
import { themeCss, UNDERLINES, v } from './theme.ts';

const U = UNDERLINES;

export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
${themeCss()}
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: ${v('fg')}; }
.marks { position: fixed; left: 0; top: 0; overflow: hidden; pointer-events: none; }
[data-tt="mark"] { display: contents; }
.box { position: absolute; left: 0; top: 0; pointer-events: none; }
.box.block { background: ${U.block}24; }
.box.block::after { content: ""; position: absolute; left: 0; right: 0; bottom: -1px; height: 4px; background: linear-gradient(135deg, transparent 30%, ${U.block} 30% 55%, transparent 55%) 0 0 / 6px 4px repeat-x, linear-gradient(45deg, transparent 45%, ${U.block} 45% 70%, transparent 70%) 3px 0 / 6px 4px repeat-x; }
.box.warn { border-bottom: 2px dashed ${U.warn}; }
.box.info { border-bottom: 1.5px dotted ${U.info}; }
/* One size whatever the count: the page can find the badge by hit-testing, so its width must not tell how many findings there are. */
.badge { position: fixed; display: inline-flex; align-items: center; justify-content: center; gap: 4px; width: 52px; height: 24px; padding: 0 6px; overflow: hidden; white-space: nowrap; border-radius: 12px; border: 1px solid ${v('line')}; background: ${v('bg')}; color: ${v('fg')}; font: 600 12px/1 system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.18); }
.badge[data-severity="block"] { border: 2px solid ${v('blockFg')}; color: ${v('blockFg')}; }
.badge[data-severity="warn"] { border: 2px dashed ${v('warnFg')}; color: ${v('warnFg')}; }
.badge[data-severity="info"] { border: 1px dotted ${v('infoFg')}; color: ${v('infoFg')}; }
.badge[data-off] { color: ${v('muted')}; border-style: dashed; font-weight: 500; }
.badge:focus-visible, button:focus-visible, a:focus-visible, textarea:focus-visible, .finding:focus-visible { outline: 2px solid ${v('accent')}; outline-offset: 2px; }
.icon { font-size: 13px; line-height: 1; }
.panel { position: fixed; width: 340px; max-width: calc(100vw - 16px); max-height: min(70vh, 520px); overflow: auto; background: ${v('bg')}; color: ${v('fg')}; border: 1px solid ${v('line')}; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 10px 12px; }
.panel h2 { font-size: 13px; margin: 0 0 6px; padding-right: 20px; }
.finding { padding: 8px 0; border-top: 1px solid ${v('line')}; }
.finding:first-of-type { border-top: 0; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 1px 6px; border-radius: 4px; margin-right: 6px; }
.sev.block { background: ${v('tagBlockBg')}; color: ${v('tagBlockFg')}; }
.sev.warn { background: ${v('tagWarnBg')}; color: ${v('tagWarnFg')}; border: 1px dashed ${v('tagWarnFg')}; }
.sev.info { background: ${v('tagInfoBg')}; color: ${v('tagInfoFg')}; border: 1px dotted ${v('tagInfoFg')}; }
.quote { font-style: italic; color: ${v('muted')}; }
.msg { margin: 4px 0 2px; font-weight: 600; }
.why, .note { margin: 2px 0; color: ${v('muted')}; }
.clause { margin: 2px 0; color: ${v('muted')}; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.act { font: inherit; font-size: 12px; padding: 4px 10px; border-radius: 6px; border: 1px solid ${v('line')}; background: ${v('btnBg')}; color: ${v('btnFg')}; cursor: pointer; text-decoration: none; display: inline-block; }
.act.primary { background: ${v('primaryBg')}; border-color: ${v('primaryBg')}; color: ${v('primaryFg')}; }
.act.danger { background: ${v('bg')}; border-color: ${v('dangerFg')}; color: ${v('dangerFg')}; }
.guard { border: 2px solid ${v('blockFg')}; }
.guard .actions { position: sticky; bottom: -10px; margin-bottom: -10px; padding: 6px 0 10px; background: inherit; }
.guard .foot { position: sticky; bottom: -10px; margin-bottom: -10px; padding: 0 0 10px; background: inherit; }
.guard .foot .actions { position: static; margin: 6px 0 0; padding: 0; }
.reason { display: block; padding-top: 8px; }
.reason textarea { display: block; width: 100%; resize: vertical; margin-top: 4px; font: inherit; color: ${v('fg')}; background: ${v('bg')}; border: 1px solid ${v('line')}; border-radius: 6px; padding: 4px 6px; }
/* The cool-down asks, it does not stop: a calm border, not the blocking red. */
.guard.cool { border: 2px solid ${v('accent')}; }
/* A kept draft is due for another look: a dot on the badge, visible without colour too. */
.badge[data-reminder]::after { content: ''; position: absolute; top: 2px; right: 2px; width: 7px; height: 7px; border-radius: 50%; background: ${v('accent')}; border: 1px solid ${v('bg')}; }
.close { position: absolute; top: 6px; right: 8px; border: 0; background: none; font-size: 16px; cursor: pointer; color: ${v('muted')}; }
/* Heard, not seen. */
.live, .sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
