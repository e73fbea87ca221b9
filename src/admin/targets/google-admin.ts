// Google Admin console: the "Policy for extensions" JSON of one extension,
// where every key wraps its value as { "Value": ... }.
import { EXTENSION_ID } from '../../extension-id.ts';
import { type PolicyFile, type PolicyOptions, policyValues } from '../values.ts';

export function googleAdminPolicy(o: PolicyOptions): PolicyFile {
  const wrapped = Object.fromEntries(Object.entries(policyValues(o)).map(([k, v]) => [k, { Value: v }]));
  return {
    fileName: 'thinktwice-google-admin.json',
    content: `${JSON.stringify(wrapped, null, 2)}\n`,
    notes: [
      `Admin console → Devices → Chrome → Apps & extensions → Users & browsers → the extension ${EXTENSION_ID}`,
      '→ "Policy for extensions": paste or upload this file.',
      ...(o.forceInstall ? ['Force-install is set in the same panel ("Installation policy: Force install"); a JSON file cannot set it.'] : []),
    ],
  };
}
