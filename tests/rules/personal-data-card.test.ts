import { describe, expect, it } from 'vitest';
import { luhn } from '../../src/rules/rules/personal-data-card.ts';
import { ruleTable } from './rule-tester.ts';

ruleTable('personal-data-card', {
  valid: [
    'A test number like 4111 1111 1111 1112 fails the Luhn check.',
    'Use 4242 4242 4242 4242 in the sandbox.',
    'Op de doos staat EAN 5702017153520.',
    'Tracking: 1234567890123456',
    'Order 4000 1234 5678 9010 (fails Luhn)',
    'Telefoon 0612345678',
    'ISBN 9789023456789',
  ],
  invalid: [
    { text: 'Ziet iemand een transactie met kaartnummer 4727 3457 0814 3170?', flagged: ['4727 3457 0814 3170'], severity: 'block' },
    { text: 'my new card number is 5283 0491 0812 5497, lucky 7', flagged: ['5283 0491 0812 5497'] },
    { text: 'visa 4532-0151-1283-0366', flagged: ['4532-0151-1283-0366'] },
    { text: 'amex 3782 822463 10005', flagged: [] },
    { text: 'amex 3714 496353 98431', flagged: ['3714 496353 98431'] },
    { text: 'creditcard: 4532015112830366', flagged: ['4532015112830366'] },
  ],
});

describe('Luhn', () => {
  it.each([
    ['4727345708143170', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['79927398710', false],
  ])('%s → %s', (n, ok) => expect(luhn(n)).toBe(ok));
});
