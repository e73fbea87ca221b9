// Fault injection for tests of what happens when a check breaks: no built-in rule throws
// today, but one that did used to turn the whole answer into "no findings". Loads modules
// in a fresh module graph (test files share modules within a worker) where the e-mail
// check throws on posts that contain "💥" and works as usual on all others.
import { vi } from 'vitest';

const EMAIL_RULE = '../../src/rules/rules/personal-data-email.ts';

export async function withFaultyEmailCheck<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  vi.doMock(EMAIL_RULE, async () => {
    const real = (await vi.importActual<typeof import('../../src/rules/rules/personal-data-email.ts')>(EMAIL_RULE)).default;
    const check: typeof real.check = (ctx, data) => {
      if (ctx.text.includes('💥')) throw new Error('boom');
      return real.check(ctx, data);
    };
    return { default: { ...real, check } };
  });
  try {
    return await load();
  } finally {
    vi.doUnmock(EMAIL_RULE);
    vi.resetModules();
  }
}
