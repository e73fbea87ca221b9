// The legal forms after a company name, as each reader of names uses them.
import { describe, expect, it } from 'vitest';
import { LEGAL_FORM_AFTER, LEGAL_FORM_TAIL, LEGAL_FORM_WORD } from '../../src/rules/text/legal-forms.ts';
import { stripLegal } from '../../src/rules/text/names.ts';

describe('legal forms', () => {
  it.each(['B.V.', 'BV', 'b.v.', 'B.V', 'N.V.', 'nv', 'V.O.F.', 'vof', 'Ltd', 'Ltd.', 'Limited', 'GmbH', 'Inc.', 'AB', 'LLC', 'plc', 'S.A.', 'AG'])(
    '%s is a legal form',
    (w) => expect(LEGAL_FORM_WORD.test(w)).toBe(true),
  );

  it.each(['Bouw', 'BVB', 'Abc', 'NVM', 'agency', 'Holding', 'SA'])('%s is not', (w) => expect(LEGAL_FORM_WORD.test(w)).toBe(false));

  it.each([
    ['Jansen Transport B.V.', 'Jansen Transport'],
    ['NovaChem Europe Ltd', 'NovaChem Europe'],
    ['Kroeze Bouw, BV', 'Kroeze Bouw'],
    ['Kroeze Bouw BV.', 'Kroeze Bouw'],
    ['De Boer Agri V.O.F.', 'De Boer Agri'],
    ['Abacus Holding', 'Abacus Holding'],
    ['Bouwbedrijf Ab', 'Bouwbedrijf'],
    ['Gmbh', 'Gmbh'],
  ])('stripLegal(%j) → %j', (name, stripped) => {
    expect(stripLegal(name)).toBe(stripped);
    expect(LEGAL_FORM_TAIL.test(name)).toBe(stripped !== name);
  });

  it.each([
    // folded text after the name, where the match starts → where the span may end (-1: no form)
    ['jansen transport b.v. levert', 16, 21],
    ['jansen transport, bv.', 16, 20],
    ['meijer logistics b. v. heeft', 16, 22],
    ['jansen transport-holding', 16, 24],
    ['jansen transport bvba', 16, -1],
    ['jansen transport bv2', 16, -1],
    ['jansen transport abonnement', 16, -1],
  ])('after the name in %j at %i → %i', (text, at, end) => {
    LEGAL_FORM_AFTER.lastIndex = at;
    expect(LEGAL_FORM_AFTER.test(text) ? LEGAL_FORM_AFTER.lastIndex : -1).toBe(end);
  });
});
