import { describe, expect, it } from 'vitest';
import { elevenTest } from '../../src/rules/rules/personal-data-bsn.ts';
import { ruleTable } from './rule-tester.ts';

ruleTable('personal-data-bsn', {
  valid: [
    // A firm's VAT and payroll-tax numbers and a foundation's RSIN are public (their digits pass the 11-test).
    'Ons btw-nummer is NL123456782B01',
    'Loonheffingennummer 123456782L01',
    'Het RSIN van de stichting is 123456782',
    'Fiscaal nummer van Stichting Voedselbank: 123456782 (ANBI)',
    'Bestelnummer 100200300 nog steeds niet geleverd.',
    'Op de doos staat EAN 5702017153520.',
    'Ordernummer 111222333 is verzonden.',
    'Factuurnummer: 123456782',
    'KvK 12345678',
    'BSN 123456789 klopt niet met de elfproef.',
    'Bel 0612345678',
    'In 2023 waren er 123.456.789 transacties.',
    'Bedrag: 1.234.567,89 euro',
    'Mijn oude rekeningnummer 123456782 is opgeheven.',
  ],
  invalid: [
    { text: 'persoonsnummer 236262361. Herkent iemand haar?', flagged: ['236262361'], severity: 'block' },
    { text: 'mijn BSN (2068.17.617) invullen?', flagged: ['2068.17.617'] },
    { text: 'Does his BSN (536950957) go on page 2?', flagged: ['536950957'] },
    { text: 'burgerservicenummer 123 456 782', flagged: ['123 456 782'] },
    { text: 'Mijn nummer is 123456782, bel me niet', flagged: ['123456782'] },
    { text: 'sofinummer 12345672', flagged: ['12345672'] },
  ],
});

describe('11-test', () => {
  it.each([
    ['123456782', true],
    ['236262361', true],
    ['206817617', true],
    ['100200300', false],
    ['000000000', false],
    ['12345678', false],
  ])('%s → %s', (n, ok) => expect(elevenTest(n)).toBe(ok));
});
