// Personal e-mail addresses: any address at a free-mail or consumer ISP domain,
// and firstname.lastname-style addresses elsewhere. Role addresses of companies
// (info@, sales@, vacatures@) are meant to be public and are not flagged.
import { defineRule } from '../rule.ts';

const EMAIL = /(?<![\w.+-])([\w.%+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])/gi;
/** Free-mail providers and consumer ISPs (the label before the top-level domain). */
const FREE_MAIL = new Set(
  ('gmail googlemail hotmail outlook live msn yahoo ymail icloud me mac aol gmx web proton protonmail pm zoho mail yandex tutanota tuta fastmail hey ' +
    'ziggo kpnmail kpnplanet planet home hetnet xs4all upcmail chello casema quicknet tele2 online telfort freeler zonnet versatel caiway solcon ' +
    'telenet skynet btinternet sky virginmedia orange free laposte t-online libero qq 163').split(' '),
);
/** Local parts that name a function, not a person. */
const ROLE = /^(info|sales|contact|support|hr|jobs|vacatures?|careers?|werken-?bij|admin|office|kantoor|service|klantenservice|customerservice|hello|hallo|hoi|team|marketing|pers|press|media|noreply|no-reply|donotreply|finance|billing|facturen|factuur|invoices?|administratie|boekhouding|receptie|reception|help|helpdesk|privacy|security|webmaster|postmaster|abuse|recruitment|recruiting|communicatie|secretariaat|planning|orders?|bestellingen|verkoop|inkoop|events?|partners?|redactie|news|nieuwsbrief|newsletter)$/i;

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
    for (const m of ctx.text.matchAll(EMAIL)) {
      const local = m[1]!;
      const labels = m[2]!.toLowerCase().split('.');
      // "hotmail.co.uk": the provider is the label before the country's second level.
      const provider = labels.length >= 3 && /^(co|com|org|net)$/.test(labels[labels.length - 2]!) ? labels[labels.length - 3]! : labels[labels.length - 2]!;
      const free = FREE_MAIL.has(provider);
      if (!free && (ROLE.test(local) || !/^\p{L}+[._-]\p{L}+/u.test(local))) continue;
      if (free || !ROLE.test(local.split(/[._-]/)[0]!)) ctx.report({ range: [m.index, m.index + m[0].length], messageId: 'email' });
    }
  },
});
