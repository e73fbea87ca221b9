// The pack settings of the protocol points: internalDomains, spokesperson and coolDown —
// what the loader accepts and refuses, and how layers combine them (a locked company pack
// cannot be weakened by a later layer).
import { describe, expect, it } from 'vitest';
import { mergePacks } from '../../src/rules/merge.ts';
import { loadPack } from '../../src/rules/pack-load.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';

const base = { id: 'acme', name: 'Acme', version: '1' };
const pack = (extra: Partial<Pack>): Pack => ({ ...base, ...extra });
const load = (extra: object) => loadPack(JSON.stringify({ ...base, ...extra }, null, 2));

describe('loading', () => {
  it('accepts the three settings', () => {
    const res = load({
      internalDomains: ['intranet.acme.nl', '*.acme.local', 'ACME-my.sharepoint.com', 'wiki'],
      spokesperson: { allowed: false, contact: 'de afdeling Communicatie (pers@acme.nl)' },
      coolDown: { mode: 'wait', minutes: 30 },
    });
    expect(res.issues).toEqual([]);
  });

  it.each([
    [{ internalDomains: ['https://intranet.acme.nl/'] }, '$.internalDomains[0]', /write the host name only/],
    [{ internalDomains: ['intranet acme'] }, '$.internalDomains[0]', /write the host name only/],
    [{ internalDomains: ['intra_net.acme.nl'] }, '$.internalDomains[0]', /is not a host name/],
    [{ spokesperson: { allowed: 'yes' } }, '$.spokesperson.allowed', /must be true or false/],
    [{ spokesperson: { contact: '' } }, '$.spokesperson.contact', /must not be empty/],
    [{ coolDown: { mode: 'later' } }, '$.coolDown.mode', /must be one of "off", "ask", "wait"/],
    [{ coolDown: { mode: 'wait', minutes: 0 } }, '$.coolDown.minutes', /at least 1/],
    [{ coolDown: { mode: 'wait', minutes: 2000 } }, '$.coolDown.minutes', /at most 1440/],
    [{ coolDown: { mode: 'ask', minutes: 12.5 } }, '$.coolDown.minutes', /whole number/],
  ])('refuses %j at its path', (extra, path, message) => {
    const res = load(extra);
    expect(res.ok).toBe(false);
    expect(res.issues.map((i) => i.path)).toContain(path);
    expect(res.issues.find((i) => i.path === path)!.message).toMatch(message);
  });
});

describe('merging', () => {
  it('defaults: no internal domains, not a spokesperson, ask once with an hour before the reminder', () => {
    const eff = mergePacks([{ source: 'company', pack: pack({}) }]);
    expect(eff.internalDomains).toEqual([]);
    expect(eff.spokesperson).toEqual({ allowed: false });
    expect(eff.coolDown).toEqual({ mode: 'ask', minutes: 60 });
  });

  it('internal domains add up across layers, lowercase and without "*."', () => {
    const eff = mergePacks([
      { source: 'company', pack: pack({ internalDomains: ['Intranet.Acme.nl', '*.acme.local'] }) },
      { source: 'user', pack: pack({ id: 'user', internalDomains: ['acme.local', 'wiki.acme.nl'] }) },
    ]);
    expect(eff.internalDomains).toEqual(['intranet.acme.nl', 'acme.local', 'wiki.acme.nl']);
  });

  it('later layers win when nothing is locked', () => {
    const eff = mergePacks([
      { source: 'company', pack: pack({ spokesperson: { contact: 'pers@acme.nl' }, coolDown: { mode: 'wait', minutes: 30 } }) },
      { source: 'user', pack: pack({ id: 'user', spokesperson: { allowed: true }, coolDown: { mode: 'off' } }) },
    ]);
    expect(eff.spokesperson).toEqual({ allowed: true, contact: 'pers@acme.nl' });
    expect(eff.coolDown.mode).toBe('off');
  });

  it('under a locked company pack nobody declares themselves a spokesperson or weakens the cool-down', () => {
    const eff = mergePacks([
      { source: 'company', pack: pack({ spokesperson: { contact: 'pers@acme.nl' }, coolDown: { mode: 'wait', minutes: 30 } }), locked: true },
      { source: 'user', pack: pack({ id: 'user', spokesperson: { allowed: true, contact: 'me' }, coolDown: { mode: 'ask' } }) },
      { source: 'user', pack: pack({ id: 'user2', coolDown: { mode: 'wait', minutes: 5 } }) },
    ]);
    expect(eff.spokesperson).toEqual({ allowed: false, contact: 'me' });
    expect(eff.coolDown).toEqual({ mode: 'wait', minutes: 30 });
  });

  it('a locked pack may itself name the browser a spokesperson, and a later layer may make it stricter', () => {
    const locked = { source: 'company' as const, pack: pack({ spokesperson: { allowed: true }, coolDown: { mode: 'ask' } }), locked: true };
    expect(mergePacks([locked]).spokesperson.allowed).toBe(true);
    const eff = mergePacks([locked, { source: 'user', pack: pack({ id: 'user', spokesperson: { allowed: false }, coolDown: { mode: 'wait', minutes: 90 } }) }]);
    expect(eff.spokesperson.allowed).toBe(false);
    expect(eff.coolDown).toEqual({ mode: 'wait', minutes: 90 });
  });
});
