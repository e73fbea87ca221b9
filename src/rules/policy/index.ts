// Admin policy: the managed schema, reading managed storage, precedence, and
// the ready-to-deploy files per platform.
import { firefoxPolicy } from './targets/firefox.ts';
import { googleAdminPolicy } from './targets/google-admin.ts';
import { linuxPolicy } from './targets/linux.ts';
import { macosPolicy } from './targets/macos.ts';
import { windowsPolicy } from './targets/windows.ts';
import type { PolicyFile, PolicyOptions, Target } from './values.ts';

export * from './schema.ts';
export * from './model.ts';
export * from './layers.ts';
export * from './values.ts';
export { validatePolicyValues } from './chrome-schema.ts';

export function generatePolicy(target: Target, o: PolicyOptions): PolicyFile {
  switch (target) {
    case 'linux':
      return linuxPolicy(o);
    case 'windows-chrome':
    case 'windows-edge':
      return windowsPolicy(o, target);
    case 'macos':
      return macosPolicy(o);
    case 'google-admin':
      return googleAdminPolicy(o);
    case 'firefox':
      return firefoxPolicy(o);
  }
}
