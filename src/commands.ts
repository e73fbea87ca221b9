// The extension's keyboard command, named once for the manifest (wxt.config.ts)
// and the code that handles it (src/platform/commands.ts).
export const OPEN_FINDINGS_COMMAND = 'open-findings';
/** The default shortcut; users may change it (chrome://extensions/shortcuts, Firefox's add-on manager). */
export const OPEN_FINDINGS_KEY = 'Alt+Shift+K';
