import { launchWithExamplePack, openReady } from './harness.ts';
import { X } from './sites/index.ts';
const s = await launchWithExamplePack({});
try {
  const page = await openReady(s, X.url);
  const c = await X.openComposer(page);
  await c.type('Hallo Jansen Transport');
  const cmds = await s.sw!.evaluate(() => (globalThis as any).chrome.commands.getAll());
  console.log('commands', JSON.stringify(cmds));
  await s.sw!.evaluate(() => { (globalThis as any).__got = []; (globalThis as any).chrome.commands.onCommand.addListener((c: string) => (globalThis as any).__got.push(c)); });
  await page.keyboard.press('Alt+Shift+K');
  await page.waitForTimeout(1000);
  console.log('got after keyboard.press', JSON.stringify(await s.sw!.evaluate(() => (globalThis as any).__got)));
  // CDP with commands
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 1 | 8, key: 'T', code: 'KeyT', windowsVirtualKeyCode: 84, nativeVirtualKeyCode: 84 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 1 | 8, key: 'T', code: 'KeyT', windowsVirtualKeyCode: 84, nativeVirtualKeyCode: 84 });
  await page.waitForTimeout(1000);
  console.log('got after raw CDP', JSON.stringify(await s.sw!.evaluate(() => (globalThis as any).__got)));
} finally { await s.close(); }
