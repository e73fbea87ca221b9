// Chrome on macOS reads extension policy only from a managed (MDM) profile. The
// profile carries a com.apple.ManagedClient.preferences payload that forces the
// preference domain com.google.Chrome.extensions.<id>; force-install goes in a
// second forced domain, com.google.Chrome.
import { EXTENSION_ID } from '../../extension-id.ts';
import { CHROME_UPDATE_URL, PolicyOptionError, type PolicyFile, type PolicyOptions, policyValues } from '../values.ts';
import { plist } from './plist.ts';

export const PROFILE_IDENTIFIER = 'nl.thinktwice.policy';

const forced = (settings: Record<string, unknown>) => ({ Forced: [{ mcx_preference_settings: settings }] });

export function macosPolicy(o: PolicyOptions): PolicyFile {
  if (!o.uuid) throw new PolicyOptionError('a .mobileconfig needs UUIDs: pass uuid()');
  const domains: Record<string, unknown> = {
    [`com.google.Chrome.extensions.${EXTENSION_ID}`]: forced(policyValues(o)),
  };
  if (o.forceInstall)
    domains['com.google.Chrome'] = forced({ ExtensionInstallForcelist: [`${EXTENSION_ID};${o.updateUrl ?? CHROME_UPDATE_URL}`] });
  const payloadUuid = o.uuid();
  const profile = {
    PayloadContent: [
      {
        PayloadType: 'com.apple.ManagedClient.preferences',
        PayloadVersion: 1,
        PayloadIdentifier: `${PROFILE_IDENTIFIER}.chrome`,
        PayloadUUID: payloadUuid,
        PayloadEnabled: true,
        PayloadDisplayName: 'Think Twice — Google Chrome extension policy',
        PayloadContent: domains,
      },
    ],
    PayloadDisplayName: `Think Twice: ${o.pack.name}`,
    PayloadDescription: `Company rule pack ${o.pack.id} ${o.pack.version} for the Think Twice extension in Google Chrome.`,
    PayloadIdentifier: PROFILE_IDENTIFIER,
    PayloadOrganization: o.pack.name,
    PayloadRemovalDisallowed: true,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: o.uuid(),
    PayloadVersion: 1,
  };
  return {
    fileName: 'thinktwice.mobileconfig',
    content: plist(profile),
    notes: [
      'Upload to your MDM (Jamf, Intune, Kandji, …) as a custom configuration profile and scope it to the Macs.',
      'A profile installed by double-click is not "managed": Chrome ignores extension policy from it. Check chrome://policy.',
    ],
  };
}
