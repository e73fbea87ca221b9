// The studio's pure parts: client lists from CSV/XLSX exports, the preview of what the
// linter matches, problems placed at their fields, examples scored like `thinktwice eval`,
// its texts in both languages, and the built page (self-contained, no network allowed).
import { describe, expect, it } from 'vitest';
import { STUDIO_TEXT } from '../../src/i18n/studio.ts';
import { createLinter } from '../../src/rules/lint.ts';
import { loadPack } from '../../src/rules/pack-load.ts';
import { defaultAnswers, packFromAnswers } from '../../src/studio/answers.ts';
import { buildStudioHtml } from '../../src/studio/build.ts';
import { runExamples } from '../../src/studio/examples.ts';
import { answersFromUnknown, fieldOf } from '../../src/studio/fields.ts';
import { previewForms } from '../../src/studio/forms.ts';
import { columnValues, guessColumn, parseCsv, parseXlsx } from '../../src/studio/table.ts';
import { zip } from './zip.ts';

describe('CSV', () => {
  const TABLE: [string, string, string[][]][] = [
    ['comma', 'Naam,Plaats\nJansen Transport,Tiel\n', [['Naam', 'Plaats'], ['Jansen Transport', 'Tiel']]],
    ['semicolon (Dutch Excel), BOM, CRLF', '\uFEFFRelatienummer;Bedrijfsnaam\r\n1001;Bakkerij De Graaf\r\n', [['Relatienummer', 'Bedrijfsnaam'], ['1001', 'Bakkerij De Graaf']]],
    ['tabs', 'id\tname\n7\tNovaChem Europe', [['id', 'name'], ['7', 'NovaChem Europe']]],
    ['quotes, separators and newlines inside quotes', 'name,note\n"Van Dijk, Jansen & Co","says ""hi""\non two lines"\n', [['name', 'note'], ['Van Dijk, Jansen & Co', 'says "hi"\non two lines']]],
    ['blank lines dropped', 'name\n\nA B\n,\n', [['name'], ['A B']]],
  ];
  for (const [name, csv, rows] of TABLE) it(name, () => expect(parseCsv(csv)).toEqual(rows));

  it('guesses the column with the names, and takes its distinct values', () => {
    const rows = parseCsv('Klantnummer;Klantnaam;E-mail\n1;Jansen Transport;a@b.nl\n2;Jansen Transport;c@d.nl\n3;De Boer Agri;e@f.nl\n');
    const col = guessColumn(rows[0]!, rows.slice(1));
    expect(col).toBe(1);
    expect(columnValues(rows.slice(1), col)).toEqual(['Jansen Transport', 'De Boer Agri']);
    expect(guessColumn(['x', 'y'], [['1', 'Foo Bar'], ['2', 'Baz Qux']])).toBe(1);
  });
});

describe('XLSX', () => {
  const sheet =
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
    '<row r="2"><c r="A2"><v>1001</v></c><c r="C2" t="s"><v>2</v></c></row>' +
    '<row r="3"><c r="A3"><v>1002</v></c><c r="C3" t="inlineStr"><is><t>Brouwerij &apos;t Haantje</t></is></c></row></sheetData></worksheet>';
  const strings = '<sst><si><t>Nr</t></si><si><r><t>Klant</t></r><r><t>naam</t></r></si><si><t>Jansen &amp; Zn</t></si></sst>';
  for (const stored of [false, true]) {
    it(`reads the first sheet: shared and inline strings, gaps between columns (${stored ? 'stored' : 'deflated'})`, async () => {
      const rows = await parseXlsx(zip({ 'xl/sharedStrings.xml': strings, 'xl/worksheets/sheet1.xml': sheet, 'xl/worksheets/sheet2.xml': '<worksheet/>' }, stored));
      expect(rows).toEqual([
        ['Nr', '', 'Klantnaam'],
        ['1001', '', 'Jansen & Zn'],
        ['1002', '', "Brouwerij 't Haantje"],
      ]);
    });
  }
  it('says what is wrong with a file that is no workbook', async () => {
    await expect(parseXlsx(new TextEncoder().encode('name\nJansen'))).rejects.toThrow(/not an XLSX file/);
  });
});

describe('forms preview', () => {
  it('shows the forms the linter matches, and when', () => {
    expect(previewForms('Jansen Transport B.V.')).toEqual({ name: 'Jansen Transport B.V.', forms: ['Jansen Transport', '#JansenTransport'], mode: 'any' });
    expect(previewForms({ name: 'NovaChem Europe', handles: ['@novachem'] }).forms).toEqual(['NovaChem Europe', 'NovaChem', '#NovaChemEurope', '@novachem']);
    expect(previewForms('Thuis').mode).toBe('name');
  });
});

describe('problems at their fields', () => {
  const TABLE: [string, string][] = [
    ['$.clients[3]', '$.clients'],
    ['$.clients[3].name', '$.clients'],
    ['$.organization.names[0]', '$.organization.names'],
    ['$.organization', '$.organization'],
    ['$.disclaimers.personal[1]', '$.disclaimers.personal'],
    ['$.protocolUrl', '$.protocolUrl'],
    ['$.rules[0].pattern', '$.rules'],
    ['$', '$'],
    ['$.unknownKey', '$'],
  ];
  for (const [path, field] of TABLE) it(`${path} → ${field}`, () => expect(fieldOf(path)).toBe(field));

  it('an invalid pack still opens: what has the right shape is kept', () => {
    const a = answersFromUnknown({ id: 'x', name: 'X', version: 1, clients: ['A B', 42, { name: 'C D', aliases: ['CD'] }, null], protocolUrl: 'http://not-https', severity: { client: 'loud' } });
    expect(a.clients).toEqual(['A B', '42', { name: 'C D', aliases: ['CD'] }]);
    const issues = loadPack(JSON.stringify(packFromAnswers(a))).issues.map((i) => fieldOf(i.path));
    // The problems that remain are still shown at their fields.
    expect(issues).toEqual(expect.arrayContaining(['$.protocolUrl', '$.severity']));
    expect(answersFromUnknown('not an object').name).toBe('');
  });
});

describe('examples run like eval', () => {
  const linter = createLinter([{ source: 'company', pack: packFromAnswers({ ...defaultAnswers(), name: 'VDP', organization: { names: ['Van Dijk & Partners'], handles: [] }, clients: ['Jansen Transport'] }) }]);
  const TABLE: [string, Parameters<typeof runExamples>[1][number], boolean][] = [
    ['a client, named', { id: 'a', text: 'Net de polis voor Jansen Transport rond.', expect: 'client', words: 'Jansen Transport' }, true],
    ['a client, any words', { id: 'b', text: 'Net de polis voor Jansen Transport rond.', expect: 'client', words: '' }, true],
    ['wrong words', { id: 'c', text: 'Net de polis voor Jansen Transport rond.', expect: 'client', words: 'polis' }, false],
    ['expected clean, but flagged', { id: 'd', text: 'Net de polis voor Jansen Transport rond.', expect: 'clean', words: '' }, false],
    ['clean', { id: 'e', text: 'Mooie dag aan zee.', expect: 'clean', words: '' }, true],
    ['expected a finding that is not there', { id: 'f', text: 'Mooie dag aan zee.', expect: 'insult', words: '' }, false],
  ];
  for (const [name, ex, pass] of TABLE) {
    it(name, () => {
      const [r] = runExamples(linter, [ex]);
      expect(r!.pass).toBe(pass);
      expect(r!.errors.length === 0).toBe(pass);
    });
  }
});

describe('studio texts', () => {
  it('has every text in Dutch and English with the same placeholders', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, m] of Object.entries(STUDIO_TEXT)) {
      expect(m.nl.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      expect(ph(m.nl), key).toEqual(ph(m.en));
    }
  });
});

describe('the built page', () => {
  const html = buildStudioHtml();
  it('is one file whose policy allows no request: only its own inline script, by hash', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/connect-src|https?:/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link\b/);
  });
});

describe('thinktwice studio --out', () => {
  it('writes the page for offline use, and refuses stray arguments', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { main } = await import('../../src/cli/main.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'tt-studio-'));
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
    try {
      expect(main(['studio', '--out', dir], io)).toBe(0);
      expect(out).toContain(path.join(dir, 'index.html'));
      expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/);
      expect(main(['studio', 'extra'], io)).toBe(2);
      expect(err).toMatch(/unexpected argument "extra"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
