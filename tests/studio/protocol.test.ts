// The studio's answers → pack → protocol, and back. Every clause employees read is enforced
// by at least one active rule, every rule of the company cites a clause, the pack is valid,
// and the committed sample equals what the generator makes (docs/studio/example-protocol.*.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sample, sampleFile } from '../../scripts/studio-sample.ts';
import { createLinter } from '../../src/rules/lint.ts';
import { loadPack } from '../../src/rules/pack-load.ts';
import type { Pack } from '../../src/rules/schema/pack.ts';
import { LANGS } from '../../src/rules/types.ts';
import { type Answers, answersFromPack, BANNED_WORDS_RULE, defaultAnswers, packFromAnswers } from '../../src/studio/answers.ts';
import { protocolClauses } from '../../src/studio/clauses.ts';
import { protocolDocument, protocolMarkdown } from '../../src/studio/protocol.ts';

const EXAMPLE = JSON.parse(readFileSync(new URL('../../examples/company.pack.json', import.meta.url), 'utf8')) as Pack;
const answers = (patch: Partial<Answers>): Answers => ({ ...defaultAnswers(), ...patch });
const vdp = {
  name: 'Van Dijk & Partners',
  organization: { names: ['Van Dijk & Partners'], handles: ['@vdp'] },
  clients: ['Jansen Transport', 'NovaChem Europe'],
  confidential: ['Project Noordster'],
};

/** Table: answers, and what the pack and protocol must say. */
const CASES: { name: string; answers: Answers; clauses: string[]; check?: (p: Pack) => void }[] = [
  {
    name: 'an empty start',
    answers: defaultAnswers(),
    // No names: nothing tells a post about the employer or a client list apart; the generic checks remain
    // ("our company will …" speaks for the firm without naming it).
    clauses: ['spokesperson', 'client', 'confidential', 'confidential-link', 'personal-data', 'insult', 'heated'],
    check: (p) => {
      expect(p.id).toBe('company');
      expect(p.rules).toBeUndefined();
    },
  },
  {
    name: 'a firm with names, clients, a contact and banned words',
    answers: answers({ ...vdp, spokespersonContact: 'pers@vdp.nl', bannedWords: ['prutsers'] }),
    clauses: ['disclaimer', 'spokesperson', 'client', 'confidential', 'confidential-link', 'personal-data', 'insult', 'heated'],
    check: (p) => {
      expect(p.id).toBe('van-dijk-partners');
      expect(p.clauses?.client).toBe('2.1 Klanten noemen we niet zonder toestemming');
      expect(p.clauses?.spokesperson).toBe('1.2 Alleen woordvoerders spreken namens de organisatie');
      expect(p.rules?.map((r) => [r.id, r.clause])).toEqual([[BANNED_WORDS_RULE, '5.1 Geen beledigingen, discriminerende taal of bedreigingen']]);
      expect(protocolClauses(p).find((c) => c.key === 'spokesperson')?.rules).toEqual(['spokesperson']);
      expect(p.spokesperson).toEqual({ contact: 'pers@vdp.nl' });
    },
  },
  {
    name: 'English first, categories switched off, cursing tolerated, a wait cool-down',
    answers: answers({
      ...vdp,
      languages: ['en', 'nl'],
      speakForFirm: 'anyone',
      severity: { 'personal-data': 'off', client: 'block', heated: 'off' },
      flagCursing: false,
      coolDown: { mode: 'wait', minutes: 30 },
    }),
    // Numbers close up: clause 5.1 stays, personal data and heated are gone.
    clauses: ['disclaimer', 'client', 'confidential', 'confidential-link', 'insult'],
    check: (p) => {
      expect(p.languages).toEqual(['en', 'nl']);
      expect(p.clauses?.client).toBe('2.1 We do not name clients without their permission');
      expect(p.overrides).toEqual({ 'insult-curse': 'off' });
      expect(p.severity?.spokesperson).toBe('off');
      expect(p.coolDown).toEqual({ mode: 'wait', minutes: 30 });
      expect(protocolClauses(p).find((c) => c.key === 'insult')?.rules).toEqual(['insult-lexicon', 'insult-slur', 'insult-threat']);
    },
  },
  {
    name: 'the company’s own rules get the clause of their category',
    answers: answers({
      ...vdp,
      rules: [
        { id: 'no-tariffs', kind: 'terms', category: 'confidential', severity: 'block', terms: ['tarievenlijst'], message: { nl: 'Intern.', en: 'Internal.' }, clause: '9.9' },
        { id: 'ad-disclosure', kind: 'requirement', category: 'disclaimer', severity: 'warn', terms: ['korting'], require: ['#ad'], message: { nl: 'Zet er #ad bij.', en: 'Add #ad.' } },
      ],
      overrides: { 'confidential-marker': 'off' },
    }),
    clauses: ['disclaimer', 'spokesperson', 'client', 'confidential', 'confidential-link', 'personal-data', 'insult', 'heated'],
    check: (p) => {
      expect(p.rules?.find((r) => r.id === 'no-tariffs')?.clause).toBe('3.1 Vertrouwelijke projecten, cijfers en onderwerpen blijven binnen');
      expect(p.rules?.find((r) => r.id === 'ad-disclosure')?.clause).toBe('1.1 Zeg dat je er werkt als je over je werkgever schrijft');
      expect(protocolClauses(p).find((c) => c.key === 'confidential')?.rules).toEqual(['confidential-term', 'no-tariffs']);
    },
  },
];

describe('packFromAnswers', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const pack = packFromAnswers(c.answers);
      const loaded = loadPack(JSON.stringify(pack));
      expect(loaded.issues).toEqual([]);
      expect(protocolClauses(pack).map((x) => x.key)).toEqual(c.clauses);
      expect(Object.keys(pack.clauses ?? {})).toEqual(c.clauses);
      c.check?.(pack);
    });
  }
});

describe('every clause is enforced and every company rule cites a clause', () => {
  for (const c of [...CASES.map((x) => [x.name, packFromAnswers(x.answers)] as const), ['the example pack', packFromAnswers(answersFromPack(EXAMPLE))] as const]) {
    it(c[0], () => {
      const pack = c[1];
      const clauses = protocolClauses(pack);
      const linter = createLinter([{ source: 'company', pack }]);
      expect(linter.broken).toEqual([]);
      const compiled = new Set(linter.rules.map((r) => r.id));
      for (const clause of clauses) {
        expect(clause.rules.length, clause.number).toBeGreaterThan(0);
        for (const r of clause.rules) expect(compiled.has(r), `${clause.number}: ${r}`).toBe(true);
      }
      const numbers = clauses.map((x) => `${x.number} `);
      for (const r of pack.rules ?? []) {
        expect(r.clause, r.id).toBeDefined();
        expect(numbers.some((n) => r.clause!.startsWith(n)), `${r.id}: ${r.clause}`).toBe(true);
      }
    });
  }
});

describe('a finding cites the clause employees were given', () => {
  const pack = packFromAnswers(answers({ ...vdp, spokespersonContact: 'pers@vdp.nl', protocolUrl: 'https://intranet.example.nl/protocol' }));
  const linter = createLinter([{ source: 'company', pack }]);
  const TABLE: [string, string, string][] = [
    ['Vandaag de polis voor Jansen Transport afgesloten.', 'client-name', '2.1'],
    ['Namens Van Dijk & Partners maken we bekend dat we verhuizen.', 'spokesperson', '1.2'],
    ['Mijn IBAN is NL91ABNA0417164300.', 'personal-data-iban', '4.1'],
  ];
  for (const [post, rule, number] of TABLE) {
    it(`${rule} → ${number}`, () => {
      const f = linter.lint(post).find((x) => x.ruleId === rule);
      expect(f?.clause?.startsWith(`${number} `)).toBe(true);
      expect(f?.clauseUrl).toBe(`https://intranet.example.nl/protocol#clause-${number.replace('.', '-')}`);
    });
  }
});

describe('answersFromPack', () => {
  it('gives back the answers of a studio pack (pack → answers → pack is the same pack)', () => {
    for (const c of CASES) {
      const pack = packFromAnswers(c.answers);
      expect(packFromAnswers(answersFromPack(pack))).toEqual(pack);
    }
  });

  it('drops the phrase rule earlier studio packs wrote for the spokesperson clause: the built-in rule checks it', () => {
    const old = packFromAnswers(answers(vdp));
    old.rules = [{ id: 'speaks-for-firm', kind: 'phrase', category: 'spokesperson', severity: 'warn', phrases: ['namens {org}'], message: { nl: 'x', en: 'x' } }];
    const again = answersFromPack(old);
    expect(again.rules).toEqual([]);
    expect(again.speakForFirm).toBe('spokespeople');
  });

  it('keeps everything of the example pack but the clauses it derives', () => {
    const again = packFromAnswers(answersFromPack(EXAMPLE));
    const { $schema: _s, ...rest } = EXAMPLE as Pack & { $schema?: string };
    const { clauses, ...without } = again;
    expect(without).toEqual(rest);
    expect(Object.keys(clauses ?? {})).toContain('client');
  });
});

describe('the protocol document', () => {
  it('numbers the clauses with the anchors findings link to', () => {
    const doc = protocolDocument(packFromAnswers(answers(vdp)), 'en');
    expect(doc.sections.flatMap((s) => s.clauses.map((c) => `${c.number} ${c.anchor}`))).toEqual([
      '1.1 clause-1-1',
      '1.2 clause-1-2',
      '2.1 clause-2-1',
      '3.1 clause-3-1',
      '3.2 clause-3-2',
      '4.1 clause-4-1',
      '5.1 clause-5-1',
      '5.2 clause-5-2',
    ]);
    expect(protocolMarkdown(doc)).toContain('### <a id="clause-2-1"></a>2.1 We do not name clients without their permission');
  });

  it('never lists the confidential names or the clients themselves', () => {
    const pack = packFromAnswers(answers(vdp));
    for (const lang of LANGS) {
      const md = protocolMarkdown(protocolDocument(pack, lang));
      for (const secret of ['Jansen', 'NovaChem', 'Noordster']) expect(md).not.toContain(secret);
    }
  });

  for (const lang of LANGS) {
    it(`the committed sample for the example pack (${lang}) is what the generator makes`, () => {
      expect(readFileSync(sampleFile(lang), 'utf8'), 'run: npx tsx scripts/studio-sample.ts').toBe(sample(lang));
    });
  }
});
