// Dutch citizen service numbers (BSN): nine digits passing the 11-test, plain or
// with separators ("2068.17.617"). Order numbers and EANs fail the test or sit
// next to words that say what they are.
import { defineRule } from '../rule.ts';

/** Nine digits (or eight, an old BSN without its leading zero), as typed. */
// Not glued to letters: "NL123456782B01" is a VAT number (its digits pass the 11-test, being an RSIN or BSN), not a BSN typed on its own.
const CANDIDATE = /(?<![\p{L}\d.,\-/+])(\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. -]\d{3}[. -]\d{3}|\d{9}|\d{8})(?![\p{L}\d/]|[.,-]\d)/gu;
const BSN_WORDS = /\b(bsn|burgerservicenummer|burger service nummer|sofi-?nummer|sofi|persoonsnummer|citizen service number|social security|fiscaal nummer|tax (id|number))\b/i;
const OTHER_NUMBER = /\b(rsin|loonheffing|omzetbelasting|vestiging|handelsregister|anbi|bestel|order|factuur|invoice|klant|customer|referentie|reference|ref|kenmerk|tracking|zending|pakket|artikel|article|ean|isbn|polis|policy|dossier|ticket|bon|transactie|transaction|kvk|btw|vat|serie|serial|lot|rekening|bank|giro|account|telefoon|tel|mobiel|phone|dossier|zaak|case)\w*\W{0,3}(nummer|nr|number|no)?\W{0,3}$/i;

/** An organisation's tax number: the fiscal number of a foundation or a firm (RSIN) is public. */
const ORG_NUMBER = /\b(rsin|anbi|stichting|vereniging|b\.?v\.?|kvk|btw|vat|foundation|charity|company)\b[^.!?\n]{0,40}$/i;

export const elevenTest = (digits: string): boolean => {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
};

export default defineRule({
  meta: {
    id: 'personal-data-bsn',
    category: 'personal-data',
    severity: 'block',
    description: { nl: 'Burgerservicenummers (BSN) die de elfproef doorstaan.', en: 'Dutch citizen service numbers (BSN) that pass the 11-test.' },
    messages: {
      bsn: {
        nl: 'Dit lijkt een burgerservicenummer (BSN). Een BSN hoort nooit in een openbare post.',
        en: 'This looks like a Dutch citizen service number (BSN). A BSN never belongs in a public post.',
      },
    },
    why: {
      nl: 'Met een BSN en een naam kunnen oplichters identiteitsfraude plegen; de AVG stelt strenge eisen aan het delen ervan.',
      en: 'A BSN with a name enables identity fraud; the GDPR and Dutch law strictly limit sharing it.',
    },
  },

  compile: () => ({}),

  check(ctx) {
    for (const m of ctx.text.matchAll(CANDIDATE)) {
      let digits = m[1]!.replace(/\D/g, '');
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
      const named = BSN_WORDS.test(before);
      if (digits.length === 8) {
        if (!named) continue; // eight digits are a KvK number or an old BSN: only with the word BSN
        digits = `0${digits}`;
      }
      if (!elevenTest(digits)) continue;
      if (!named && OTHER_NUMBER.test(before)) continue;
      if (ORG_NUMBER.test(ctx.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      ctx.report({ range: [m.index, m.index + m[0].length], messageId: 'bsn' });
    }
  },
});
