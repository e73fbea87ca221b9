// Payment card numbers: 13–19 digits that pass the Luhn check and start like a
// card brand. Grouped numbers ("4727 3457 0814 3170") count on their own; an
// unbroken run of digits only next to words about cards (it is usually an EAN).
import { defineRule } from '../rule.ts';

const GROUPED = /(?<![\d-])(\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{1,3})?|\d{4}([ -])\d{6}\3\d{5}|\d{4}([ -])\d{6}\4\d{4})(?![\d]|[ -]\d)/g;
const PLAIN = /(?<![\d-])\d{13,19}(?![\d]|-\d)/g;
const CARD_WORDS = /\b(card|kaart|creditcard|credit card|debit|visa|mastercard|master card|amex|american express|maestro|betaalpas|pinpas|bankpas|pas ?nummer|kaartnummer|card number)\b/i;
/** Test numbers printed in every payment provider's documentation: public, not personal. */
const TEST_NUMBERS = new Set(['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '4012888888881881', '5105105105105100', '6011111111111117', '4000056655665556']);

export const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
};

/** Issuer prefixes of the card brands in use (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro). */
const brandLike = (d: string): boolean => /^(4|5[0-9]|2[2-7]|3[4-9]|30|6)/.test(d);

export default defineRule({
  meta: {
    id: 'personal-data-card',
    category: 'personal-data',
    severity: 'block',
    description: { nl: 'Betaalkaartnummers met een kloppend controlecijfer (Luhn).', en: 'Payment card numbers with a valid check digit (Luhn).' },
    messages: {
      card: {
        nl: 'Dit is een geldig betaalkaartnummer. Iedereen die het ziet kan ermee online betalen.',
        en: 'This is a valid payment card number. Anyone who sees it can use it to pay online.',
      },
    },
    why: {
      nl: 'Kaartnummers in openbare berichten worden binnen minuten misbruikt; laat de kaart blokkeren als dat al gebeurd is.',
      en: 'Card numbers in public posts are abused within minutes; have the card blocked if it was already shared.',
    },
  },

  compile: () => ({}),

  check(ctx) {
    const text = ctx.text;
    const seen: number[] = [];
    const consider = (start: number, raw: string, needsContext: boolean) => {
      const digits = raw.replace(/\D/g, '');
      if (digits.length < 13 || digits.length > 19 || !brandLike(digits) || !luhn(digits) || TEST_NUMBERS.has(digits)) return;
      if (needsContext && !CARD_WORDS.test(text.slice(Math.max(0, start - 60), start))) return;
      seen.push(start);
      ctx.report({ range: [start, start + raw.length], messageId: 'card' });
    };
    for (const m of text.matchAll(GROUPED)) consider(m.index, m[1]!, false);
    for (const m of text.matchAll(PLAIN)) if (!seen.includes(m.index)) consider(m.index, m[0], true);
  },
});
