// Styles. Severities differ in line style and thickness, not only colour:
// block = thick wavy + tint, warn = dashed, info = thin dotted.

export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
.marks { position: fixed; left: 0; top: 0; overflow: hidden; pointer-events: none; }
[data-tt="mark"] { display: contents; }
.box { position: absolute; left: 0; top: 0; pointer-events: none; }
.box.block { background: rgba(198, 40, 40, 0.12); }
.box.block::after { content: ""; position: absolute; left: 0; right: 0; bottom: -1px; height: 4px; background: linear-gradient(135deg, transparent 30%, #c62828 30% 55%, transparent 55%) 0 0 / 6px 4px repeat-x, linear-gradient(45deg, transparent 45%, #c62828 45% 70%, transparent 70%) 3px 0 / 6px 4px repeat-x; }
.box.warn { border-bottom: 2px dashed #b26a00; }
.box.info { border-bottom: 1.5px dotted #1565c0; }
/* One size whatever the count: the page can find the badge by hit-testing, so its width must not tell how many findings there are. */
.badge { position: fixed; display: inline-flex; align-items: center; justify-content: center; gap: 4px; width: 52px; height: 24px; padding: 0 6px; overflow: hidden; white-space: nowrap; border-radius: 12px; border: 1px solid #c9c9cf; background: #fff; color: #1d1d1f; font: 600 12px/1 system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.18); }
.badge[data-severity="block"] { border: 2px solid #c62828; color: #8e1b1b; }
.badge[data-severity="warn"] { border: 2px dashed #b26a00; color: #6d4100; }
.badge[data-severity="info"] { border: 1px dotted #1565c0; color: #0d3c73; }
.badge:focus-visible, button:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
.icon { font-size: 13px; line-height: 1; }
.panel { position: fixed; width: 340px; max-width: calc(100vw - 16px); max-height: min(70vh, 520px); overflow: auto; background: #fff; border: 1px solid #c9c9cf; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 10px 12px; }
.panel h2 { font-size: 13px; margin: 0 0 6px; }
.finding { padding: 8px 0; border-top: 1px solid #ececf0; }
.finding:first-of-type { border-top: 0; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 1px 6px; border-radius: 4px; margin-right: 6px; }
.sev.block { background: #c62828; color: #fff; }
.sev.warn { background: #ffe0a3; color: #5a3600; border: 1px dashed #b26a00; }
.sev.info { background: #e3efff; color: #0d3c73; border: 1px dotted #1565c0; }
.quote { font-style: italic; color: #444; }
.msg { margin: 4px 0 2px; font-weight: 600; }
.why { margin: 2px 0; color: #444; }
.clause { margin: 2px 0; color: #666; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button.act { font: inherit; font-size: 12px; padding: 4px 10px; border-radius: 6px; border: 1px solid #b9b9c2; background: #f6f6f8; color: #1d1d1f; cursor: pointer; }
button.act.primary { background: #1565c0; border-color: #1565c0; color: #fff; }
button.act.danger { background: #fff; border-color: #c62828; color: #8e1b1b; }
.guard { border: 2px solid #c62828; }
.guard .actions { position: sticky; bottom: -10px; margin-bottom: -10px; padding: 6px 0 10px; background: inherit; }
/* The cool-down asks, it does not stop: a calm border, not the blocking red. */
.guard.cool { border: 2px solid #1565c0; }
/* A kept draft is due for another look: a dot on the badge, visible without colour too. */
.badge[data-reminder]::after { content: ''; position: absolute; top: 2px; right: 2px; width: 7px; height: 7px; border-radius: 50%; background: #1565c0; border: 1px solid #fff; }
.close { position: absolute; top: 6px; right: 8px; border: 0; background: none; font-size: 16px; cursor: pointer; color: #555; }
@media (prefers-color-scheme: dark) {
  .panel, .badge { background: #1f1f23; color: #f1f1f4; border-color: #4a4a52; }
  .why, .quote, .clause { color: #c4c4cc; }
  .finding { border-color: #35353c; }
  button.act { background: #2c2c32; color: #f1f1f4; border-color: #55555e; }
}
`;
