// Private chats are not public posts: off unless switched on; the admin's setting wins over the user's.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { privateChatsOn } = await import('../../src/platform/packs.ts');

describe('privateChatsOn(admin, user)', () => {
  const table: [boolean | undefined, unknown, boolean][] = [
    [undefined, undefined, false],
    [undefined, true, true],
    [undefined, false, false],
    // Anything but `true` in storage is not a yes.
    [undefined, 'true', false],
    [false, true, false],
    [true, false, true],
    [true, undefined, true],
  ];
  it.each(table)('admin %s, user %s → %s', (admin, user, want) => {
    expect(privateChatsOn(admin, user)).toBe(want);
  });
});
