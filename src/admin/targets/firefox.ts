// Firefox: policies.json, read once at browser start. Extension policy sits
// under 3rdparty.Extensions (capital E) keyed by the gecko id.
import { GECKO_ID } from '../../extension-id.ts';
import { PolicyOptionError, type PolicyFile, type PolicyOptions, policyValues } from '../values.ts';

export function firefoxPolicy(o: PolicyOptions): PolicyFile {
  if (o.forceInstall && !o.updateUrl) throw new PolicyOptionError('--force-install for Firefox needs --update-url: the address of the signed .xpi');
  const policies: Record<string, unknown> = { '3rdparty': { Extensions: { [GECKO_ID]: policyValues(o) } } };
  if (o.forceInstall) policies.ExtensionSettings = { [GECKO_ID]: { installation_mode: 'force_installed', install_url: o.updateUrl } };
  return {
    fileName: 'policies.json',
    content: `${JSON.stringify({ policies }, null, 2)}\n`,
    notes: [
      'Linux: /etc/firefox/policies/policies.json; Windows/macOS: a "distribution" folder next to the Firefox binary',
      '(or the GPO/plist equivalents). Firefox reads it at start: restart Firefox, then check about:policies.',
      ...(policies.ExtensionSettings ? [] : ['If another policies.json exists already, merge the "3rdparty" key into it.']),
    ],
  };
}
