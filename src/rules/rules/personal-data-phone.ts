// Personal phone numbers: Dutch mobile (06, +31 6) and landline numbers and
// international numbers in E.164 form (+44 7700 900418). Emergency and service
// numbers (112, 0800, 0900), company lines and dates or amounts are not flagged.
import { defineRule } from '../rule.ts';
import { hasFirstName, namesOrganisation } from '../text/org-name.ts';

/** +CC … or 00CC … with 8–15 digits; national 0 + nine digits; single separators between digits. */
const CANDIDATE = /(?<![\w+])(?:(?:\+|00)\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\d){5,13}|0(?:(?:\s?[.\-/]\s?| )?\(?\d\)?){9})(?![\d]|[.\-/]\d)/g;
/** Dutch numbers that are public or not a person's: free/paid service lines, company and machine numbers. */
const NOT_PERSONAL = /^0(800|900|906|909|88|97|14)/;
/** Digits that continue an IBAN ("NL12 ABCD 0123 4567 89") are the account's, not a phone's. */
const IBAN_BEFORE = /[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){0,7}[ ]?$/i;
/** Words that say a number is something else ("dossiernummer 06-2024-0012"). */
const OTHER_NUMBER = /\b(bestel|order|factuur|invoice|klant|customer|referentie|reference|ref|kenmerk|tracking|zending|dossier|zaak|case|ticket|polis|policy|artikel|serie|serial)\w*\W{0,3}(nummer|nr|number|no)?\W{0,3}$/i;
/** An organisation's line: "bel ons", "bel de prikpost", a desk, a secretariat, a venue's reception, reservations, an office or branch. */
const COMPANY_WORDS =
  /\b(bel ons|bel de|bel het|belt u|ons kantoor|onze klantenservice|klantenservice|servicedesk|helpdesk|receptie|secretariaat|prikpost|polikliniek|poli|balie|afdeling|praktijk|huisartsenpost|apotheek|gemeente|stadskantoor|kantoor|bibliotheek|kassa|informatienummer|algemeen nummer|call us|call the|our office|our team|customer service|switchboard|hoofdkantoor|head office|reception|front desk|box office|ticket office|secretariat|hotline|main line|information line|reserveren|reserveer|reservering|reserveringen|reservations|bookings|booking|brasserie|restaurant|cafe|hotel|theater|theatre|museum|bioscoop|zwembad|sportschool|winkel|filiaal|vestiging|office|branch|surgery|pharmacy|practice|clinic|library|helpline|enquiries|council|ring the|phone the|call our|fax|faxnummer|(?:ons|onze|our)(?: \p{L}+)? (?:nummer|telefoonnummer|faxnummer|number|phone number|line))\b|\p{L}(?:praktijk|kantoor|winkel|salon|school|centrum|apotheek|kliniek|bedrijf|zaak)\b/iu;
/** A business sharing its own mobile: "bel ons", "app ons", a service desk (not "afdeling" or "kantoor": people give their own mobile there too). */
const BUSINESS_MOBILE = /\b(bel ons|app ons|whatsapp ons|sms ons|ons nummer|onze klantenservice|klantenservice|servicedesk|helpdesk|receptie|secretariaat|informatienummer|call us|text us|whatsapp us|message us|our number|customer service|front desk|reception|hotline)\b/i;
/** A date with a time ("06-12-2026 10:30") or a number that goes on before the match ("2026-0612345678", "0.6.12345678"). */
const DATE = /^\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}/;
const CONTINUES = /[\d][-/.]$/;
/** Office hours after a number say it is an organisation's: "tussen 8 en 10 uur", "ma-vr", "weekdays 9-5". */
const HOURS_AFTER = /^.{0,60}\b(ma-vr|ma t\/m vr|maandag t\/m vrijdag|werkdagen|kantooruren|openingstijden|tussen \d+ en \d+( uur)?|van \d+ tot \d+( uur)?|office hours|weekdays|mon-fri|monday to friday|\d+(am|pm)?\s?-\s?\d+(am|pm))/i;

/** Opening hours before a landline: "geopend van 9 tot 17 uur", "Monday to Saturday, 9:00 to 17:00". */
const HOURS_BEFORE = /\b(ma-vr|ma t\/m vr|maandag t\/m vrijdag|maandag tot en met (vrijdag|zaterdag)|werkdagen|kantooruren|openingstijden|geopend|open (on|from|daily|dagelijks)|office hours|opening hours|weekdays|mon-fri|monday to (friday|saturday)|\d{1,2}[:.]\d{2}\s?(-|–|tot|to)\s?\d{1,2}[:.]\d{2})\b/i;

export default defineRule({
  meta: {
    id: 'personal-data-phone',
    category: 'personal-data',
    severity: 'block',
    description: { nl: 'Persoonlijke telefoonnummers (mobiel, vast, internationaal).', en: 'Personal phone numbers (mobile, landline, international).' },
    messages: {
      mobile: {
        nl: 'Dit is een mobiel nummer. Openbaar gedeeld wordt het opgepikt door spammers en oplichters.',
        en: 'This is a mobile number. Shared publicly, it gets picked up by spammers and scammers.',
      },
      phone: {
        nl: 'Dit is een telefoonnummer. Deel het liever in een privébericht.',
        en: 'This is a phone number. Share it in a private message instead.',
      },
    },
    why: {
      nl: 'Telefoonnummers zijn persoonsgegevens; wie ze openbaar zet, krijgt spam, phishing (“hoi mam”) en ongewenste bellers.',
      en: 'Phone numbers are personal data; posting them invites spam, phishing and unwanted callers.',
    },
  },

  compile: () => ({}),

  check(ctx) {
    const text = ctx.text;
    for (const m of text.matchAll(CANDIDATE)) {
      const raw = m[0];
      // Digits in a link or in code are no phone number ("…/status/0612345678", `id=0612345678`).
      if (inLinkOrCode(text, m.index)) continue;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (IBAN_BEFORE.test(before) || OTHER_NUMBER.test(before) || CONTINUES.test(before)) continue;
      if (DATE.test(raw) || /^0[.-]\d[.-]/.test(raw)) continue;
      let digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
      if (raw.startsWith('00')) digits = digits.slice(2);
      const international = raw.startsWith('+') || raw.startsWith('00');
      let national: string | null = null;
      if (international) {
        if (digits.length < 8 || digits.length > 15) continue;
        if (digits.startsWith('31')) national = `0${digits.slice(2)}`;
      } else national = digits;
      if (national !== null) {
        if (national.length !== 10 || NOT_PERSONAL.test(national)) continue;
        const mobile = national.startsWith('06');
        if (!mobile && organisationLine(text, m.index, raw.length)) continue;
        if (mobile && businessMobile(text, m.index, raw.length)) continue;
        ctx.report({ range: [m.index, m.index + raw.length], messageId: mobile ? 'mobile' : 'phone' });
      } else {
        if (organisationLine(text, m.index, raw.length)) continue;
        ctx.report({ range: [m.index, m.index + raw.length], messageId: 'phone' });
      }
    }
  },
});

/** A role address next to a number: "Vragen? info@… of 038 …" gives the organisation's line. */
const ROLE_ADDRESS_NEAR = /\b(?:info|contact|service|support|office|kantoor|receptie|reception|secretariaat|administratie|hallo|hello|sales|stage|jobs|vacatures|pers|press|klantenservice)@[\w.-]+\.[a-z]{2,}/i;

/** A landline shared as an organisation's: a desk or "bel ons" before it, office hours or a role address around it. */
function organisationLine(text: string, at: number, length: number): boolean {
  return (
    orgNamedBefore(text, at) ||
    COMPANY_WORDS.test(text.slice(Math.max(0, at - 60), at)) ||
    HOURS_AFTER.test(text.slice(at + length, at + length + 70)) ||
    // "Open ma-vr 9-17 uur, tel. 050 …", "Monday to Saturday, 9:00 to 17:00. Call …": hours just before.
    HOURS_BEFORE.test(text.slice(Math.max(0, at - 90), at)) ||
    ROLE_ADDRESS_NEAR.test(text.slice(Math.max(0, at - 60), at + length + 60))
  );
}

/** A mobile number a business gives as its own: "bel ons", a service desk before it, or office hours after it. */
function businessMobile(text: string, at: number, length: number): boolean {
  return orgNamedBefore(text, at) || BUSINESS_MOBILE.test(text.slice(Math.max(0, at - 60), at)) || HOURS_AFTER.test(text.slice(at + length, at + length + 70));
}

/** Words that make a number a person's although an organisation is named: "mijn collega bij Kok Bouw: 06 …". */
const PERSON_NEAR = /\b(mijn|mij|me|my|mobiel|mobile|privé|prive|personal|persoonlijk|collega|colleague|zijn nummer|haar nummer|his number|her number)\b/i;

/** An organisation named in the same sentence right before the number: "Slagerij Hendriks, tel. 0522 …". */
function orgNamedBefore(text: string, at: number): boolean {
  // "tel." and "nr." do not end the sentence.
  const before = text.slice(Math.max(0, at - 50), at).replace(/\b(tel|telefoon|nr|no|ph|mob|fax)\./gi, '$1 ');
  const head = before.slice(before.search(/[^.!?\n]*$/));
  // The organisation is the label of the number ("Slagerij Hendriks, tel.", "Rijschool Snel: bel"),
  // not the employer of a person named with it ("Bel Piet van Jansen Transport op 06 …").
  const label = head.replace(/(?:[\s,:;–—-]|\b(?:tel|telefoon|telefoonnummer|bel|belt|call|phone|ring|op|on|via|is|zijn|bereikbaar|reachable|te bereiken|nummer|number))*$/giu, '');
  const last = label.split(/\s+/).slice(-4).join(' ');
  return namesOrganisation(last) && !PERSON_NEAR.test(head) && !hasFirstName(head);
}

/** The offset is inside a URL or between backticks. */
function inLinkOrCode(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  if (/(?:https?:\/\/|www\.|[\w-]+\.[a-z]{2,}\/)/i.test(text.slice(a, at))) return true;
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  return (line.match(/`/g)?.length ?? 0) % 2 === 1;
}
