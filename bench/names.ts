// Deterministic, plausible Dutch/English company names for synthetic client packs.
// A seeded PRNG makes every run (and every machine) benchmark the same packs, and the first n
// names of a longer list are the n-name pack, so pack sizes differ only in size.

/** mulberry32: a small, fast 32-bit PRNG; good enough to pick words, and reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = (
  'Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|' +
  'van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Kok|Jacobs|de Haan|Vermeulen|' +
  'van den Heuvel|van der Veen|van den Broek|de Bruijn|Schouten|van Beek|Willems|van Wijk|Hoekstra|' +
  'Maas|Verhoeven|Koster|van Dam|Prins|Blom|Huisman|Peeters|Kuipers|van Vliet|Veenstra|Post|Kramer|' +
  'Bosman|Vink|Kuiper|Scholten|Wijnands|Timmermans|Molenaar|Postma|Hermans|Evers|Coenen|Sanders|' +
  'Harrison|Walker|Thompson|Whitfield|Ashford|Pemberton|Carter|Hughes|Fletcher|Lambert|Morgan|Sutton'
)
  .split('|')
  // A name that starts the company name is capitalised ("Van den Berg Bouw").
  .map((s) => s[0]!.toUpperCase() + s.slice(1));

const COINED_HEADS = 'Nova Blue North West Zenith Polar Arctic Delta Orion Vega Astra Terra Aqua Solid Green Swift Prime Bright Lumen Vita Agri Medi Flex Trans Euro Holland Dutch Rijn Maas Noord'.split(' ');
const COINED_TAILS = 'fin chem wind port tech soft line gate mark wave stone field bridge point works dam veld haven stad burg'.split(' ');
const SECTORS = (
  'Transport Logistics Bouw Installatietechniek Accountants Advocaten Notarissen Agri Holding Shipping Capital ' +
  'Foods Dental Robotics Bakkerij Autobedrijf Makelaardij Consultancy Software Energie Zorg Vastgoed Metaal ' +
  'Schilderwerken Dakwerken Hoveniers Brouwerij Drukkerij Verhuizingen Catering Engineering Pharma Textiel ' +
  'Kozijnen Elektrotechniek Tandtechniek Beveiliging Recycling Marine Aviation Insurance Group'
).split(' ');
// Sector words that read naturally BEFORE the owner's name ("Bakkerij De Graaf").
const LEADING = new Set(['Bakkerij', 'Autobedrijf', 'Makelaardij', 'Hoveniers', 'Brouwerij', 'Drukkerij', 'Schilderwerken', 'Dakwerken', 'Verhuizingen']);
const LEGAL = ['', '', '', ' B.V.', ' BV', ' N.V.', ' Ltd', ' Holding B.V.', ' & Zn', ' & Partners'];

/** `n` distinct company names (distinct also ignoring case and legal suffix), deterministic for `seed`. */
export function makeClientNames(n: number, seed = 20_261_122, avoid: readonly string[] = []): string[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const key = (s: string) => s.toLowerCase().replace(/ (b\.v\.|bv|n\.v\.|ltd|holding b\.v\.|& zn|& partners)$/, '');
  const seen = new Set(avoid.map(key));
  const out: string[] = [];
  // The combinations hold several times 100,000 names; the guard stops a caller asking for
  // more than exist (a long run of duplicates means the space is nearly used up).
  for (let misses = 0; out.length < n; ) {
    if (misses > 20_000) throw new Error(`cannot make ${n} distinct company names (stopped at ${out.length})`);
    const shape = rnd();
    let name: string;
    if (shape < 0.35) {
      const sector = pick(SECTORS);
      name = LEADING.has(sector) ? `${sector} ${pick(SURNAMES)}` : `${pick(SURNAMES)} ${sector}`;
    } else if (shape < 0.6) {
      name = `${pick(COINED_HEADS)}${pick(COINED_TAILS)} ${pick(SECTORS)}`;
    } else if (shape < 0.85) {
      name = `${pick(SURNAMES)} & ${pick(SURNAMES)} ${pick(SECTORS)}`;
    } else {
      name = `${pick(SURNAMES)} ${pick(COINED_HEADS)} ${pick(SECTORS)}`;
    }
    name += pick(LEGAL);
    const k = key(name);
    if (seen.has(k)) {
      misses++;
      continue;
    }
    misses = 0;
    seen.add(k);
    out.push(name);
  }
  return out;
}
