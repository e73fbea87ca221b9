import { ruleTable } from './rule-tester.ts';

ruleTable('personal-data-email', {
  valid: [
    // Desks and mailboxes of a municipality, a hospital or a firm.
    'Mail naar burgerzaken@lindewaard.nl of griffie@lindewaard.nl',
    'Stuur je cv naar stage@kadedigital.nl',
    'Vragen over je opname? patientenservice@veenpoort.nl',
    'Vragen? Mail info@vandijkpartners.nl',
    'Stuur je cv naar vacatures@bedrijf.nl',
    'sales@acme.com will get back to you',
    'Mail support@example.org',
    'Reach the team at hello@startup.io',
    'Ons adres: klantenservice@verzekeraar.nl',
    'Follow @vdp_assurantien',
    // Role and list addresses.
    'Questions go to debian-user@lists.debian.org, bugs to bug-grep@gnu.org.',
    'Do not reply to noreply@bank.example; it is not read.',
    'Subscribe via majordomo@lists.example.org or python-announce@python.org.',
  ],
  invalid: [
    { text: 'contact via sanne.vermeulen1990@gmail.com of bel', flagged: ['sanne.vermeulen1990@gmail.com'], severity: 'block' },
    { text: 'mail naar jolandaenpeter@hotmail.com ❤️', flagged: ['jolandaenpeter@hotmail.com'] },
    { text: 'or at james.whitfield.uw@outlook.com.', flagged: ['james.whitfield.uw@outlook.com'] },
    { text: 'mail pieter.jansen@vandijkpartners.nl', flagged: ['pieter.jansen@vandijkpartners.nl'] },
    { text: 'mail j.de.vries@ziggo.nl', flagged: ['j.de.vries@ziggo.nl'] },
    { text: 'info@gmail.com is mijn privéadres', flagged: ['info@gmail.com'] },
    { text: 'mail me: tom_baker@hotmail.co.uk', flagged: ['tom_baker@hotmail.co.uk'] },
  ],
});
