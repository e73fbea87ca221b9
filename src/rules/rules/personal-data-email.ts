// Personal e-mail addresses: any address at a free-mail or consumer ISP domain,
// and firstname.lastname-style addresses elsewhere. Role addresses of companies
// (info@, sales@, vacatures@) are meant to be public and are not flagged.
import { defineRule } from '../rule.ts';

const LOCAL = /^[\w.%+-]+$/;
const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
const isAddressChar = (c: string): boolean => /[\w.%+-]/.test(c);
/** Free-mail providers and consumer ISPs (the label before the top-level domain). */
const FREE_MAIL = new Set(
  ('gmail googlemail hotmail outlook live msn yahoo ymail icloud me mac aol gmx web proton protonmail pm zoho mail yandex tutanota tuta fastmail hey ' +
    'ziggo kpnmail kpnplanet planet home hetnet xs4all upcmail chello casema quicknet tele2 online telfort freeler zonnet versatel caiway solcon ' +
    'telenet skynet btinternet sky virginmedia orange free laposte t-online libero qq 163').split(' '),
);
/** Local parts that name a function, not a person. */
const ROLE = /^(lists?|listserv|majordomo|mailer-daemon|owner-[\w.-]+|[\w.-]+-(?:users?|devel|dev|announce|request|owner|discuss|help|bugs?|l)|bugs?(?:-[\w.-]+)?|ledenadministratie|aanmelden|inschrijven|inschrijving|tickets|kassa|balie|info|sales|contact|support|hr|jobs|vacatures?|careers?|werken-?bij|admin|office|kantoor|service|klantenservice|customerservice|hello|hallo|hoi|team|marketing|pers|press|media|noreply|no-reply|donotreply|finance|billing|facturen|factuur|invoices?|administratie|boekhouding|receptie|reception|help|helpdesk|privacy|security|webmaster|postmaster|abuse|recruitment|recruiting|communicatie|secretariaat|planning|orders?|bestellingen|verkoop|inkoop|events?|partners?|redactie|news|nieuwsbrief|newsletter|stage|stages|internships?|talent|griffie|burgerzaken|vergunningen|meldpunt|meldingen|klachten|bezwaar|subsidies?|afspraken?|patientenservice|patientservice|poli|opname|wijkteam|zorg|secretariat|enquiries|inquiries|feedback|ombudsman|dpo|fg|welkom|welcome|bestuur|board|leden|members|ict|it|servicedesk|facilitair|catering)$/i;

export default defineRule({
  meta: {
    id: 'personal-data-email',
    category: 'personal-data',
    severity: 'block',
    description: { nl: 'Persoonlijke e-mailadressen (geen info@ of sales@).', en: 'Personal e-mail addresses (not info@ or sales@).' },
    messages: {
      email: {
        nl: 'Dit is een persoonlijk e-mailadres. Openbaar gedeeld belandt het bij spammers; deel het liever privé.',
        en: 'This is a personal e-mail address. Shared publicly, it ends up with spammers; share it privately instead.',
      },
    },
    why: {
      nl: 'E-mailadressen van personen zijn persoonsgegevens; van jezelf mag het, van een ander alleen met toestemming.',
      en: "A person's e-mail address is personal data: yours is your call, someone else's needs their consent.",
    },
  },

  compile: () => ({}),

  check(ctx) {
    // Expanded around each "@": a regex over the whole post tries every word start (slow on long posts).
    const text = ctx.text;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let a = at;
      while (a > 0 && isAddressChar(text[a - 1]!)) a--;
      while (a < at && text[a] === '.') a++;
      let b = at + 1;
      while (b < text.length && isAddressChar(text[b]!)) b++;
      while (b > at + 1 && /[.-]/.test(text[b - 1]!)) b--; // the full stop after an address
      const local = text.slice(a, at);
      const domain = text.slice(at + 1, b);
      if (!local || !LOCAL.test(local) || !DOMAIN.test(domain)) continue;
      const labels = domain.toLowerCase().split('.');
      // "hotmail.co.uk": the provider is the label before the country's second level.
      const provider = labels.length >= 3 && /^(co|com|org|net)$/.test(labels[labels.length - 2]!) ? labels[labels.length - 3]! : labels[labels.length - 2]!;
      const free = FREE_MAIL.has(provider);
      // A mailing list ("debian-user@lists.debian.org") is nobody's personal address.
      if (labels[0] === 'lists' || labels[0] === 'list') continue;
      if (!free && (ROLE.test(local) || !/^\p{L}+[._-]\p{L}+/u.test(local))) continue;
      if (free || !ROLE.test(local.split(/[._-]/)[0]!)) ctx.report({ range: [a, b], messageId: 'email' });
    }
  },
});
