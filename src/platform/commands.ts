// The keyboard shortcut that opens the card at the caret. The browser delivers
// it to the background (manifest `commands`, changeable by the user); the
// background passes it to the content scripts of that tab, and the frame that
// has the focus answers it.
import { browser } from 'wxt/browser';
import { OPEN_FINDINGS_COMMAND, OPEN_FINDINGS_KEY } from '../commands.ts';
/** Background → content scripts: the shortcut was pressed in this tab. */
export const OPEN_FINDINGS_MESSAGE = 'thinktwice:open-findings';
const MESSAGE = OPEN_FINDINGS_MESSAGE;

/** Background: forward the command to the tab it was pressed in. */
export function forwardCommands(): void {
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command !== OPEN_FINDINGS_COMMAND || tab?.id === undefined) return;
    // Every frame gets it; only the one holding the focus acts.
    browser.tabs.sendMessage(tab.id, { type: MESSAGE }).catch(() => {
      // No content script in that tab (not a supported site): nothing to open.
    });
  });
}

/** Content script: `open` runs when the shortcut is pressed while this frame has the focus. */
export function onOpenFindings(open: () => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === MESSAGE && document.hasFocus()) open();
    return undefined;
  });
}

/** The shortcut as the user has it now ('' when unset), for the settings and first-run pages. */
export async function currentShortcut(): Promise<string> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === OPEN_FINDINGS_COMMAND)?.shortcut ?? '';
  } catch {
    return OPEN_FINDINGS_KEY;
  }
}
