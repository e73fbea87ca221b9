// Admin tooling: the ready-to-deploy managed-policy file for each platform (Linux JSON,
// Windows .reg, macOS .mobileconfig, Google Admin console JSON, Firefox policies.json),
// written from one set of policy values. Pure TypeScript; the CLI's `policy` command runs it.
import { firefoxPolicy } from './targets/firefox.ts';
import { googleAdminPolicy } from './targets/google-admin.ts';
import { linuxPolicy } from './targets/linux.ts';
import { macosPolicy } from './targets/macos.ts';
import { windowsPolicy } from './targets/windows.ts';
import type { PolicyFile, PolicyOptions, Target } from './values.ts';

export * from './values.ts';

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
