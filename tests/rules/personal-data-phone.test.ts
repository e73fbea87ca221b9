import { ruleTable } from './rule-tester.ts';

ruleTable('personal-data-phone', {
  valid: [
    // An organisation's account in a donation call, an organisation's line next to its role address.
    'Vragen? info@hoekstraverbeek.nl of 038 421 55 00.',
    // A venue's or an office's line.
    'Reserveren bij Brasserie De Kade kan via 050 3184425 (vraag naar een tafel aan het water).',
    "The Meppel office: 0522 241 800, weekdays only.",
    // A date with a time, a number that runs on, a version: no phone numbers.
    'Vergadering op 06-12-2026 10:30 in het stadhuis',
    'Factuurnummer 2026-0612345678 is betaald',
    'Versie 0.6.12345678 uitgerold',
    // A small business giving its own mobile: "bel ons", a service desk, office hours.
    'Bel ons op 06-12345678 voor een afspraak, wij zijn een klein bedrijf',
    'App ons gerust: 06 12 34 56 78 (ma-vr 9-17 uur)',
    'Onze klantenservice is bereikbaar op 06-23456789',
    'Bij spoed altijd eerst 112 bellen.',
    'De Belastingtelefoon is gratis te bellen via 0800-0543.',
    'Bel 0900-1234567 voor de storingsdienst.',
    'Bel 088-1234567 voor ons hoofdkantoor.',
    'Vergadering op 06-12-2024 om 14:00.',
    'Postcode 3812 AB, huisnummer 12.',
    'Het kost €1.250.000 en 0,5% rente.',
    'Open van 09.00-17.00 uur.',
    'Rekening NL12 ABCD 0123 4567 89 klopt niet.',
    'Bel onze klantenservice op 020-1234567.',
    'Zie artikel 6:162 BW.',
    'Dossiernummer 06-2024-0012 is afgerond.',
    // An organisation's line, and digits in links and code.
    'Afspraak voor bloedafname? Bel de prikpost op 0521 - 38 20 00 of kom langs.',
    'Kaarten via de receptie van het theater: 020-5235235.',
    'Het secretariaat is bereikbaar op 030 234 5678 (ma-vr 9-12 uur).',
    'Call our office on +44 20 7946 0321, weekdays 9-5.',
    'Zie https://x.com/vdp/status/0612345678 voor de aankondiging.',
    'Zet `timeout=0612345678` in de config.',
    // A business named by its trade, a surgery or library, opening hours before the number (2026-12).
    'Tandartspraktijk Glimlach verhuist; nieuw nummer 050 313 2244.',
    'For questions about your prescription, ring the surgery on 020 7946 0123.',
    'The library is open Monday to Saturday, 9:00 to 17:00. Call 01632 960 123 to renew your books.',
    // An organisation named right before its own line or mobile.
    'Slagerij Hendriks, tel. 0522 241 800, ook voor bestellingen.',
    'Stichting Thuiszorg Noord: 050-5712345 (24 uur per dag).',
    'Rijschool Snel: bel 06-12345678 voor een proefles.',
    // Our own number, a fax (2026-12 affil probe 2): the organisation's line, not a person's.
    'Ons faxnummer is 0341-412 900 (ja, we hebben nog een fax).',
    'Our main number is 020 555 0199 if the chat is down.',
  ],
  invalid: [
    { text: 'App me even: 06-41873952 📱', flagged: ['06-41873952'], severity: 'block' },
    { text: 'contact via +31 6 2751 4408.', flagged: ['+31 6 2751 4408'] },
    { text: 'Bel Jolanda: 06 48 27 93 15 of mail', flagged: ['06 48 27 93 15'] },
    { text: 'Reach me on +44 7700 900418 or by mail.', flagged: ['+44 7700 900418'] },
    { text: 'bel 0612345678', flagged: ['0612345678'] },
    { text: 'mijn nummer: +31 (0)6 12 34 56 78', flagged: ['+31 (0)6 12 34 56 78'] },
    { text: 'thuis: 030-2345678', flagged: ['030-2345678'] },
    { text: 'bel 0031 6 12345678', flagged: ['0031 6 12345678'] },
    { text: 'call +1 415 555 2671', flagged: ['+1 415 555 2671'] },
    // A person's landline after their hours stays personal.
    { text: 'Ik ben na 18:00 thuis, bel gerust 030-2345678.', flagged: ['030-2345678'] },
    // A person's number stays personal with an organisation in the sentence.
    { text: 'Mijn collega bij Kok Bouw B.V. is bereikbaar op 06-41873952.', flagged: ['06-41873952'] },
    { text: 'Bel Piet van Jansen Transport op 06-41873952 voor de planning.', flagged: ['06-41873952'] },
    { text: 'Hotel De Zwaan was great, call me on 06-41873952 if you want tips.', flagged: ['06-41873952'] },
  ],
});
