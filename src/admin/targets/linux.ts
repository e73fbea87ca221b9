// Chromium and Chrome on Linux: one JSON file in the managed policy folder.
import { EXTENSION_ID } from '../../extension-id.ts';
import { CHROME_UPDATE_URL, type PolicyFile, type PolicyOptions, policyValues } from '../values.ts';

export function linuxPolicy(o: PolicyOptions): PolicyFile {
  const file: Record<string, unknown> = {};
  if (o.forceInstall) file.ExtensionInstallForcelist = [`${EXTENSION_ID};${o.updateUrl ?? CHROME_UPDATE_URL}`];
  file['3rdparty'] = { extensions: { [EXTENSION_ID]: policyValues(o) } };
  return {
    fileName: 'thinktwice.json',
    content: `${JSON.stringify(file, null, 2)}\n`,
    notes: [
      'Copy to /etc/chromium/policies/managed/ (Chromium) and/or /etc/opt/chrome/policies/managed/ (Google Chrome),',
      'readable by all users, writable only by root. Check chrome://policy (Reload policies).',
    ],
  };
}
