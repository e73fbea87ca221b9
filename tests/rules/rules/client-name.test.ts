import { ruleTable } from '../rule-tester.ts';

ruleTable('client-name', {
  valid: [
    'Gefeliciteerd meneer Jansen met 25 jaar bij de brandweer!',
    'Gefeliciteerd Pieter Jansen met 25 jaar als vrijwilliger bij de brandweer van Apeldoorn! 🚒',
    'Jansen is such a common Dutch surname that there are three of them in my son\'s class 😂',
    'Transport en logistiek blijven de ruggengraat van de Nederlandse economie. #transport',
    'Spoke on a panel about transport insurance in Rotterdam today.',
    'Zo, De Graafschap wint weer eens 💙🤍',
    'Koffie gedronken bij de Graaf om de hoek.',
    'Ons buurmeisje Marloes Visser heeft de voorleeswedstrijd gewonnen! 📚',
    'Congratulations to my old maths teacher, Mrs Anne Meijer, on her retirement!',
    'Welkom aan ons nieuwe teamlid Lisa de Boer! 👋',
    'Still teaching SQL joins with the good old Northwind sample database 💾',
    'Saw a group of bluefin tuna jumping off the coast of Cornwall today 🐟',
    'Prachtig gezicht: het haantje op de kerktoren is weer teruggeplaatst 🐓',
    'Tips voor een goed hoveniersbedrijf in de regio Zwolle? 🌿',
    'Venture capital is drying up for fintechs.',
    'Chemistry was never my best subject; NovaChemie is a word I just made up.',
  ],
  invalid: [
    { text: 'Vandaag een mooie sessie gehad met het directieteam van Jansen Transport.', flagged: ['Jansen Transport'], severity: 'warn', suggestion: 'een klant', fixed: 'Vandaag een mooie sessie gehad met het directieteam van een klant.' },
    // Right after a client word the name is left out, not replaced ("onze klant een klant").
    {
      text: 'Vandaag een mooie transportverzekering afgesloten voor onze klant Jansen Transport voor vervoer van militaire goederen naar Polen.',
      flagged: ['Jansen Transport'],
      severity: 'block',
      fixed: 'Vandaag een mooie transportverzekering afgesloten voor onze klant voor vervoer van militaire goederen naar Polen.',
    },
    { text: 'Great quarter with our Client, Northwind Shipping, on board', flagged: ['Northwind Shipping'], fixed: 'Great quarter with our Client, on board' },
    { text: 'Bij opdrachtgever #BakkerijDeGraaf een nieuwe oven verzekerd', flagged: ['#BakkerijDeGraaf'], fixed: 'Bij opdrachtgever een nieuwe oven verzekerd' },
    { text: 'Net de polis voor jansen transport rondgekregen. Op naar het weekend 🍻', flagged: ['jansen transport'], severity: 'block' },
    { text: 'Wat een dag! De risico-inventarisatie bij #BakkerijDeGraaf afgerond 🥖', flagged: ['#BakkerijDeGraaf'] },
    { text: 'Gefeliciteerd @DeBoerAgri met de opening van de nieuwe stal! 🐄', flagged: ['@DeBoerAgri'] },
    { text: 'Meijer Logistics B.V. heeft vanaf vandaag een nieuwe wagenparkpolis bij ons.', flagged: ['Meijer Logistics B.V.'], severity: 'block' },
    { text: 'Jansen-Transport heeft flink geïnvesteerd in dodehoekcamera\'s.', flagged: ['Jansen-Transport'] },
    { text: 'de brand in Autobedrijf Vissers werkplaats is binnen vijf dagen uitgekeerd', flagged: ['Autobedrijf Vissers'] },
    { text: 'Lunch met de CFO van NovaChem over hun milieuaansprakelijkheid 🧪', flagged: ['NovaChem'] },
    { text: 'A week in Antwerp with NovaChem Europe Ltd reviewing their cover.', flagged: ['NovaChem Europe Ltd'], severity: 'block' },
    { text: "Thrilled that Northwind Shipping's fleet is covered 🚢", flagged: ['Northwind Shipping'], suggestion: 'a client' },
    { text: 'Big thanks to the @BluefinCapital team for a sharp meeting 📈', flagged: ['@BluefinCapital'] },
    { text: 'Zaterdag op de open dag van Brouwerij ’t Haantje gestaan 🍺', flagged: ['Brouwerij ’t Haantje'] },
    { text: "Working for a client like Brouwerij 't Haantje is a joy", flagged: ["Brouwerij 't Haantje"] },
    { text: 'De tuin is aangelegd door hoveniersbedrijf Groen & Zn, een vaste klant.', flagged: ['hoveniersbedrijf Groen & Zn'] },
    { text: 'meeting w/ NORTHWIND SHIPPING at 3, then drinks 🍸', flagged: ['NORTHWIND SHIPPING'] },
    { text: 'Mooie middag bij Brouwerij Het Haantje, proost!', flagged: ['Brouwerij Het Haantje'] },
    { text: 'Dank aan Hoveniersbedrijf Groen & Zonen voor de tuin.', flagged: ['Hoveniersbedrijf Groen & Zonen'] },
    { text: 'Volg ook @northwind_shipping voor updates.', flagged: ['@northwind_shipping'] },
    { text: 'Nova Chem Europe is a great partner.', flagged: ['Nova Chem Europe'] },
    { text: 'Geweldig nieuws op jansentransport.nl', flagged: ['jansentransport'] },
    { text: 'Shoutout to #MeijerLogistics and #jansentransport 🙌', flagged: ['#MeijerLogistics', '#jansentransport'] },
    // The same client named again in a link's path close by is one mention; in a link alone it is reported.
    { text: 'De polis voor Jansen Transport staat hier: https://intranet.vdp-assurantien.nl/klanten/JansenTransport/polis.pdf', flagged: ['Jansen Transport'] },
    { text: 'Zie https://intranet.vdp-assurantien.nl/klanten/JansenTransport/polis.pdf', flagged: ['JansenTransport'] },
  ],
});

// Entries in long form: aliases, handles and their own severity.
ruleTable(
  'client-name',
  {
    valid: ['Het KWF doet mooi werk.'],
    invalid: [
      { text: 'Bezoek aan ACME vandaag', flagged: ['ACME'], severity: 'block' },
      { text: 'Dank @acme_nl voor de koffie', flagged: ['@acme_nl'], severity: 'block' },
      { text: 'Bezoek aan Acme Holding Nederland', flagged: ['Acme Holding Nederland'] },
    ],
  },
  {
    id: 't',
    name: 'T',
    version: '1',
    clients: [{ name: 'Acme Holding Nederland', aliases: ['ACME'], handles: ['@acme_nl'], severity: 'block' }],
  },
);

// Entries that are also ordinary words or short abbreviations match only where they read
// as a name; a distinctive short form needs a company's context; `match: "any"` lifts it.
ruleTable(
  'client-name',
  {
    valid: [
      'Het nieuwe huis is nog een bouwval, maar we hebben er zin in 🏚️',
      'De datastroom van de sensoren loopt vast bij te veel metingen.',
      'Alles is weer helder na de vergadering.',
      'Meer zorg thuis in plaats van in het ziekenhuis 🏡',
      'Thuis gekomen na een lange dienst.', // opening a sentence, nothing says it is a name
      'Kompas kwijt tijdens de wandeling op de Veluwe 🧭',
      'Ran Google Lighthouse on the signup flow: 100 for accessibility.', // part of another name
      'NTS Radio draait de beste muziek op zondag.',
      'Het ABC van goed leidinggeven: luister eerst.',
      'Brussels sprouts are the most divisive topic in our team this December.',
      'Still teaching SQL joins with the good old Brightwater sample database.',
      'Morgen weer een datastroom-storing? Hopelijk niet.',
      // An article and one word is how plain language names a thing; a particle after a given name is a surname.
      'Loop even door de passage naar de markt 🛒',
      'Het baken op de pier is opnieuw geschilderd ⛵',
      'Jan van der Meulen gaat na 40 jaar met pensioen 🙏',
      'Mijn opa Kees van der Meulen wordt vandaag 90 🎂',
      'Juf Datastroom en meester Brightwater: zo heten ze echt niet, maar de klas lacht erom 😄',
      'Dr. Kompas is onze nieuwe huisarts.',
      // After its particles a name has a capital: "van loon" in lowercase is the wage.
      'Ik leef van loon tot loon, zoals zoveel mensen.',
      'Een verhoging van loon is hard nodig in de zorg.',
      // A copula before an article describes a thing; a name typed in lowercase needs a campaign word.
      'Kompas is het woord van de dag.',
      'Lighthouse is a fine word for a tower by the sea.',
      "M'n kompas-app wijst de verkeerde kant op.",
      'Alles is weer helder na de vergadering.',
      // A short form named after a place, after a word of movement or position (2026-12 client probe).
      'Zeilen rond Kaap Hoorn staat al jaren op mijn bucketlist.',
      'Climbing Everest is less about the summit than about the preparation.',
      'Op weg naar de Kaap Hoorn-expositie in het Scheepvaartmuseum.',
      // A scholar's idea after a possessive is the person's (2026-12, retail dev).
      "Interessant hoe Everest's cultuurdimensies verklaren waarom klanten anders reageren.",
      "Everest's law of diminishing returns applies to meetings too.",
      // An indefinite article makes a thing or a person; a definite one after "in/op/uit" a place.
      'Our new hire is a Kiwi who moved here from Auckland last year.',
      'Ik heb een Kompas gekocht voor de wandelvakantie.',
      'We wandelden een uur in het Everest om de dorpen te zien.',
      // A kind of place right before the name that is not in the client's own names: another place (2026-12 affil probe).
      'Café De Passage in Tiel heeft de beste bitterballen.',
      'Op de camping Het Baken aan de Waal hebben we elk jaar dezelfde plek.',
      'Een avond in restaurant Kompas: aanrader.',
    ],
    invalid: [
      { text: 'Vandaag de sleutels overhandigd aan Het Nieuwe Huis in Zwolle 🔑', flagged: ['Het Nieuwe Huis'] },
      { text: 'De migratie bij Datastroom is afgerond!', flagged: ['Datastroom'] },
      { text: 'Mooie week met #Datastroom en @thuiszorg_nl', flagged: ['#Datastroom', '@thuiszorg_nl'] },
      { text: 'Thuis heeft de transferafspraken eindelijk getekend.', flagged: ['Thuis'] },
      { text: "Thuis's nieuwe wijkteam start maandag.", flagged: ['Thuis'] },
      { text: 'Brightwater just launched a new oat drink and I built the webshop.', flagged: ['Brightwater'] },
      { text: 'Kickoff bij Brightwater vandaag 🚀', flagged: ['Brightwater'] },
      { text: 'Lunch met de partners van Brink & Bakker vandaag.', flagged: ['Brink & Bakker'] },
      { text: "Blue Harbor's new clinic opens on Monday.", flagged: ["Blue Harbor"] },
      { text: 'Sprint review bij NTS vanochtend.', flagged: ['NTS'] },
      { text: 'medisource levert de operatiejassen wéér te laat.', flagged: ['medisource'] },
      { text: 'Huurverhoging van De Passage is fors dit jaar.', flagged: ['De Passage'] },
      { text: 'Het Baken in Lochem heeft de nieuwe gymzaal in gebruik genomen 🤸', flagged: ['Het Baken'] },
      { text: 'Vergadering bij het Baken over de nieuwe gymzaal.', flagged: ['het Baken'] },
      { text: 'Nieuwe stal opgeleverd bij Van der Meulen vandaag 🐄', flagged: ['Van der Meulen'] },
      { text: 'Bij van der Meulen de stal opgeleverd.', flagged: ['van der Meulen'] },
      { text: 'De nieuwe kassa van Van Loon in Tilburg staat.', flagged: ['Van Loon'] },
      // A short form that is an everyday word, in a company's context; glued to what it names.
      { text: 'De zorginkopers van Helder waren vandaag op bezoek.', flagged: ['Helder'] },
      { text: 'De Kompas-demo van vanmiddag was top.', flagged: ['Kompas'] },
      { text: 'Sprout-campagne staat live!', flagged: ['Sprout'] },
      { text: 'Kompas is overgestapt naar een nieuw pakket.', flagged: ['Kompas'] },
      { text: 'Shoutout #vanloon', flagged: ['#vanloon'] },
      // The same short forms as the company: a business word close by, a verb of an organisation after it.
      { text: 'Gisteren kickoff met Kaap Hoorn over de walstroom voor hun werf.', flagged: ['Kaap Hoorn'] },
      { text: 'Onze offerte voor Everest ligt klaar; het contract rond Everest tekenen we vrijdag.', flagged: ['Everest', 'Everest'] },
      { text: 'Everest Consulting asked us to review the grid study.', flagged: ['Everest Consulting'] },
      { text: "Everest's new office in Leeds opens on Monday.", flagged: ['Everest'] },
      { text: 'Na de Kompas-demo volgt een Kompas-project.', flagged: ['Kompas', 'Kompas'] },
      // The kind is the client's own ("Scholengroep Het Baken"), or no kind before it: still the client.
      { text: 'Vergadering bij scholengroep Het Baken over de gymzaal.', flagged: ['scholengroep Het Baken'] },
      { text: 'Kickoff bij winkelcentrum De Passage vandaag.', flagged: ['winkelcentrum De Passage'] },
    ],
  },
  {
    id: 't',
    name: 'T',
    version: '1',
    clients: [
      'Het Nieuwe Huis',
      'Datastroom',
      { name: 'Thuis', handles: ['@thuiszorg_nl'] },
      'Helder Zorgverzekeringen',
      'Brightwater Foods Ltd',
      'Brink & Bakker Advocaten',
      'Blue Harbor Health',
      'NTS',
      'ABC',
      { name: 'Lighthouse' },
      'Sprout',
      'Kompas',
      { name: 'Medisource', match: 'any' },
      { name: 'Winkelcentrum De Passage', aliases: ['De Passage'] },
      { name: 'Scholengroep Het Baken', aliases: ['Het Baken'] },
      { name: 'Van der Meulen Agro', aliases: ['Van der Meulen'] },
      { name: 'Van Loon Warenhuizen', aliases: ['Van Loon'] },
      { name: 'Kaap Hoorn Jachtbouw', aliases: ['Kaap Hoorn'] },
      { name: 'Everest Consulting Group', aliases: ['Everest Consulting', 'Everest'] },
    ],
  },
);
