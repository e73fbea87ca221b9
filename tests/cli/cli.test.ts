// The real CLI: exit codes, output shape, errors. Posts on standard input and the launcher
// run as a process, as an admin would run them; the rest calls main() in this process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_CHARS } from '../../src/rules/lint.ts';
import { DEV_CORPUS_PATH, EXAMPLE_PACK_PATH, SCORER_PATH } from '../corpus/paths.ts';
import { main } from '../../src/cli/main.ts';
import { withFaultyEmailCheck } from '../rules/faulty-rule.ts';
import { bundleCli } from './bundle.ts';

// A case that spawns Node on a loaded CI machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACK = EXAMPLE_PACK_PATH;
const dir = mkdtempSync(path.join(tmpdir(), 'tt-cli-'));
const bundle = bundleCli();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  bundle.remove();
});

/**
 * Runs the CLI. With a post on standard input, or `launcher`, as a process: the bundle, or
 * bin/thinktwice.js (tsx) as installed. Otherwise in this process through main(), the function
 * the launcher calls with the same arguments (exit code, output), without a process start.
 */
function cli(args: string[], input?: string, launcher?: 'bundle' | 'bin') {
  if (input === undefined && launcher === undefined) {
    let out = '';
    let err = '';
    const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }
  const entry = launcher === 'bin' ? path.join(root, 'bin/thinktwice.js') : bundle.file;
  const r = spawnSync(process.execPath, [entry, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('thinktwice', () => {
  it('prints help and lists the commands (through bin/thinktwice.js)', () => {
    const r = cli(['--help'], undefined, 'bin');
    expect(r.code).toBe(0);
    for (const c of ['lint', 'eval', 'pack', 'policy', 'studio']) expect(r.out).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it('is linked as node_modules/.bin/thinktwice (npx thinktwice)', () => {
    const r = spawnSync(path.join(root, 'node_modules/.bin/thinktwice'), ['--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: thinktwice <command>');
  });

  it.each([
    [['lnt'], /unknown command "lnt" \(did you mean "lint"\?\)/],
    [['lint', '--pak', 'x.json'], /unknown option "--pak" \(did you mean "--pack"\?\)/],
    [['lint', '--format', 'xml', '-'], /must be one of text, json, not "xml"/],
    [['lint', '--platform', 'linkedn', '-'], /did you mean "linkedin"/],
    [['lint', 'missing.txt'], /cannot read post "missing.txt": no such file/],
    [['lint', '.'], /cannot read post "\.": it is a directory/],
    [['lint', '--pack', 'missing.json', '-'], /cannot read pack "missing.json": no such file/],
    [['eval'], /expected one CORPUS file/],
    [['pack'], /missing pack command/],
    [['pack', 'check', 'x'], /unknown pack command "check"/],
  ])('usage error %j → exit 2 with a clear message', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    noStack(r.err);
  });
});

describe('thinktwice lint', () => {
  it('prints findings like a compiler and exits 1 on a blocking finding (through bin/thinktwice.js)', () => {
    const post = file('post.txt', 'Goedemorgen!\nNet de polis voor Jansen Transport rondgekregen 🍻\n#ProjectNoordster');
    const r = cli(['lint', post, '--pack', PACK], undefined, 'bin');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${post}:2:19: block client-name (client): 'Jansen Transport' is a client of your employer`);
    expect(r.out).toContain('  Net de polis voor Jansen Transport rondgekregen 🍻\n                    ^^^^^^^^^^^^^^^^\n');
    expect(r.out).toContain("suggestion: Replace with 'een klant'");
    expect(r.out).toContain(`${post}:3:1: block confidential-term (confidential)`);
    expect(r.out.trim().split('\n').at(-1)).toBe('2 findings (2 block)');
  });

  it('reads standard input, prints Dutch messages with --lang nl, exits 0 without blocking findings', () => {
    const r = cli(['lint', '-', '--pack', PACK, '--lang', 'nl'], 'Op bezoek bij Jansen Transport.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<stdin>:1:15: warn client-name (client): ‘Jansen Transport’ is een klant van je werkgever.');
  });

  it('prints {"findings": [...]} with --format json', () => {
    const r = cli(['lint', '--format', 'json', '--platform', 'linkedin', '--pack', PACK], 'Signed an NDA with Jansen Transport');
    expect(r.code).toBe(1); // "signed" next to a client: block
    const { findings } = JSON.parse(r.out);
    expect(findings.map((f: { ruleId: string; start: number; end: number; text: string }) => [f.ruleId, f.start, f.end, f.text])).toEqual([
      ['confidential-marker', 10, 13, 'NDA'],
      ['client-name', 19, 35, 'Jansen Transport'],
    ]);
    expect(findings[0]).toHaveProperty('message.nl');
  });

  it('layers repeated --pack files (lists add up, later settings win)', () => {
    const extra = file('extra.json', JSON.stringify({ id: 'extra', name: 'Extra', version: '1', clients: ['Kroeze Bouw'], severity: { client: 'block' } }));
    const r = cli(['lint', '-', '--pack', PACK, '--pack', extra, '--format', 'json'], 'Koffie met Jansen Transport en Kroeze Bouw.');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { text: string; severity: string; source: string }) => [f.text, f.severity, f.source])).toEqual([
      ['Jansen Transport', 'block', 'vdp-assurantien'],
      ['Kroeze Bouw', 'block', 'extra'],
    ]);
  });

  it('runs with the built-in rules only when no pack is given', () => {
    const r = cli(['lint', '-'], 'Strikt vertrouwelijk!');
    expect(r.code).toBe(0);
    expect(r.out).toContain('warn confidential-marker');
  });

  it.each([
    ['invalid JSON with line and column', '{\n  "id": "x",\n  "name": "X"\n  "version": "1"\n}', /bad\.json:4:3: \$: invalid JSON: expected "," or "}"/],
    ['unknown key with did-you-mean', '{"id":"x","name":"X","version":"1","clents":[]}', /bad\.json:1:45: \$\.clents: unknown key "clents" \(did you mean "clients"\?\)/],
    [
      'unsafe regex',
      '{"id":"x","name":"X","version":"1","rules":[{"id":"r","kind":"pattern","category":"client","severity":"warn","message":{"nl":"a","en":"b"},"pattern":"(a)\\\\1"}]}',
      /\$\.rules\[0\]\.pattern: backreferences/,
    ],
  ])('refuses a pack: %s (exit 2)', (_, source, message) => {
    const r = cli(['lint', '-', '--pack', file('bad.json', source)], 'hallo');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    noStack(r.err);
  });
});

describe('thinktwice pack validate', () => {
  it('accepts the example pack', () => {
    const r = cli(['pack', 'validate', PACK]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid');
  });

  it('lists every problem with path, line and column (exit 2)', () => {
    const bad = file('bad-pack.json', JSON.stringify({ id: 'x', name: '', version: '1', clients: ['Acme Logistics', 3], severity: { client: 'blok' }, overrides: { 'client-nam': 'off' } }, null, 2));
    const r = cli(['pack', 'validate', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('4 problems');
    expect(r.err).toMatch(/bad-pack\.json:3:11: \$\.name: must not be empty/);
    expect(r.err).toMatch(/bad-pack\.json:7:5: \$\.clients\[1\]: must be a string or an object, not a number/);
    expect(r.err).toMatch(/\$\.severity\.client: .*did you mean "block"/);
    expect(r.err).toMatch(/\$\.overrides\["client-nam"\]: there is no rule "client-nam" \(did you mean "client-name"\?\)/);
  });

  it('warns about plain words and short abbreviations with path and how they are matched, and still exits 0', () => {
    const pack = { id: 'x', name: 'X', version: '1', languages: ['nl', 'en'], clients: ['Brightwater Foods Ltd', 'Horizon', 'NTS', { name: 'Stroom', match: 'any' }] };
    const r = cli(['pack', 'validate', file('plain-words.json', JSON.stringify(pack, null, 2))]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('plain-words.json: valid');
    const warnings = r.err.trim().split('\n');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/plain-words\.json:\d+:\d+: warning: \$\.clients\[1\]: "Horizon" is an ordinary Dutch and English word: matched only as a name: .*set "match": "any" to match every use$/);
    expect(warnings[1]).toMatch(/warning: \$\.clients\[2\]: "NTS" is a short abbreviation: matched only as a whole word written in capitals \("NTS", not "nts"\)/);
    expect(warnings[2]).toMatch(/warning: \$\.clients\[3\]\.name: "Stroom" is an ordinary Dutch word and has "match": "any": every use of it, in any case, will be flagged$/);
    // Errors still fail the pack, and its warnings are listed too.
    const bad = cli(['pack', 'validate', file('plain-bad.json', JSON.stringify({ ...pack, name: '' }))]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/1 problem\n.*\$\.name: must not be empty/);
    expect(bad.err).toMatch(/warning: \$\.clients\[1\]: "Horizon"/);
  });
});

describe('thinktwice eval', () => {
  it('prints the score table and the summary lines', () => {
    const r = cli(['eval', DEV_CORPUS_PATH, '--pack', PACK]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^client\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+[\d.]+$/m);
    expect(r.out).toMatch(/^overall\s+/m);
    expect(r.out).toMatch(/^clean posts with findings: \d+\/64$/m);
    expect(r.out).toMatch(/^167 posts, \d+ misses, \d+ false alarms$/m);
  });

  it('reports the same numbers as score.py', () => {
    const r = cli(['eval', DEV_CORPUS_PATH, '--pack', PACK, '--format', 'json']);
    expect(r.code).toBe(0);
    const ours = JSON.parse(r.out);
    expect(ours.cases).toHaveLength(167);
    const predictions = file('pred.json', r.out);
    const py = spawnSync('python3', [SCORER_PATH, DEV_CORPUS_PATH, predictions, '--json'], { encoding: 'utf8' });
    expect(py.status).toBe(0);
    expect(ours.summary).toEqual(JSON.parse(py.stdout));
  });

  it('leaves out expectations in categories it does not score, as score.py does', () => {
    // A label the linter has no category for is not scored, yet the post is not clean either.
    const corpus = file(
      'other.jsonl',
      [
        '{"id":"a","text":"Foto van Anton Corbijn, onze klant Jansen Transport","expect":[{"category":"copyright","match":"Foto van Anton Corbijn"},{"category":"client","match":"Jansen Transport"}]}',
        '{"id":"b","text":"WAT EEN DAG","expect":[{"category":"tone","match":null}]}',
      ].join('\n'),
    );
    const r = cli(['eval', corpus, '--pack', PACK, '--format', 'json']);
    expect(r.code).toBe(0);
    const ours = JSON.parse(r.out);
    expect(ours.summary.client).toMatchObject({ tp: 1, fn: 0 });
    expect(ours.summary.clean_flagged).toBe('0/0');
    const py = spawnSync('python3', [SCORER_PATH, corpus, file('other-pred.json', r.out), '--json'], { encoding: 'utf8' });
    expect(ours.summary).toEqual(JSON.parse(py.stdout));
    expect(cli(['eval', file('bad-cat.jsonl', '{"id":"a","text":"x","expect":[{"category":"Client X","match":null}]}'), '--pack', PACK]).err).toMatch(
      /expect\[0\]\.category must be a category name/,
    );
  });

  it('names the line of a broken corpus', () => {
    const corpus = file('c.jsonl', '{"id":"a","text":"x","expect":[]}\n{"id": "b", "text": \n');
    const r = cli(['eval', corpus]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/c\.jsonl:2: invalid JSON/);
  });
});

describe('bad and huge input', () => {
  it('echoes a window of a long line, not the whole line, for each finding', () => {
    // One 30,000-character line with 600 findings used to print the whole line 600 times.
    const post = file('long-line.txt', `${'Net de polis voor Jansen Transport rondgekregen, '.repeat(600)}`);
    const r = cli(['lint', post, '--pack', PACK]);
    expect(r.code).toBe(1);
    const echoed = r.out.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('  suggestion'));
    expect(echoed.length).toBeGreaterThan(500);
    expect(Math.max(...echoed.map((l) => l.length))).toBeLessThanOrEqual(140);
    expect(r.out).toContain('\n  …ansport rondgekregen, Net de polis voor Jansen Transport rondgekregen, Net de polis vo…\n');
    expect(r.out).toContain(`${post}:1:29370: block client-name`);
  });

  it('never prints control characters from the post', () => {
    const r = cli(['lint', '-', '--pack', PACK], 'Bij Jansen Transport\x1b[2J\x1b]0;pwned\x07 vandaag\u202e.');
    expect(r.out).toContain('Jansen Transport\ufffd[2J\ufffd]0;pwned\ufffd vandaag\ufffd.');
    expect(r.out).not.toMatch(/[\x1b\x07\u202e]/);
  });

  it('checks text past 100,000 characters: a client, an IBAN and an insult at offset 120,034', () => {
    const post = file('far.txt', `${'Gewoon een zin over het weer. '.repeat(4001)}Jansen Transport NL91ABNA0417164300 idioot`);
    const r = cli(['lint', post, '--pack', PACK, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.findings.map((f: { text: string; start: number }) => [f.text, f.start])).toEqual([
      ['Jansen Transport', 120_030],
      ['NL91ABNA0417164300', 120_047],
      ['idioot', 120_066],
    ]);
    expect(out).toMatchObject({ failed: [], checked: 120_072, length: 120_072 });
  });

  it(`says what was not checked past ${MAX_CHARS.toLocaleString('en')} characters (exit 3 without a blocking finding)`, () => {
    const post = file('huge.txt', `${'Gewoon een zin over het weer.\n'.repeat(Math.ceil(MAX_CHARS / 30))}Jansen Transport`);
    const r = cli(['lint', post, '--pack', PACK]);
    expect(r.code).toBe(3);
    expect(r.out.trim()).toBe('no findings');
    expect(r.err).toBe(`${post}: only the first 1,000,000 of 1,000,036 characters were checked; the rest, from 33334:11, was not\n`);
  });

  it('JSON nested 10,000 deep: exit 2 with the path, not an internal error', () => {
    const deep = file('deep.json', `{"id": "x", "name": "X", "version": "1", "clients": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    for (const args of [['pack', 'validate', deep], ['lint', '-', '--pack', deep]]) {
      const r = cli(args, 'hallo');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/deep\.json:1:\d+: \$: invalid JSON: \$\.clients(\[0\])+ is nested more than 64 levels deep/);
      noStack(r.err);
    }
  });

  it('a rule id "constructor" is refused, not turned into "1 finding ()" and exit 0', () => {
    const pack = file('ctor.json', JSON.stringify({ id: 'x', name: 'X', version: '1', rules: [{ id: 'constructor', kind: 'terms', category: 'client', severity: 'block', message: { nl: 'a', en: 'b' }, terms: ['Noordster'] }] }));
    const r = cli(['lint', '-', '--pack', pack], 'Project Noordster');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\$\.rules\[0\]\.id: "constructor" cannot be a rule id/);
  });

  it('50,000 problems: the first 100 and a count', () => {
    const pack = file('many.json', JSON.stringify({ id: 'x', name: 'X', version: '1', clients: Array.from({ length: 50_000 }, (_, i) => i), overrides: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`rule-${i}`, 'off'])) }));
    const r = cli(['pack', 'validate', pack]);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe(`${pack}: 70000 problems`);
    expect(lines).toHaveLength(102);
    expect(lines[1]).toMatch(/many\.json:1:\d+: \$\.clients\[0\]: must be a string or an object, not a number/);
    expect(lines[101]).toBe(`  … and 69900 more problems in ${pack}`);
  });
});

describe('a check that fails', async () => {
  const faulty = await withFaultyEmailCheck(() => import('../../src/cli/main.ts'));
  const run = (post: string, format = 'text') => {
    let out = '';
    let err = '';
    const code = faulty.main(['lint', file('faulty.txt', post), '--pack', PACK, '--format', format], { out: (t) => void (out += t), err: (t) => void (err += t) });
    return { code, out, err };
  };
  it('keeps the other findings, names the check on standard error and exits 3 (not 0)', () => {
    const r = run('Op bezoek bij Jansen Transport 💥 mail: piet.jansen@gmail.com');
    expect(r.code).toBe(3);
    expect(r.out).toContain('warn client-name');
    expect(r.err).toBe(`${path.join(dir, 'faulty.txt')}: the check personal-data-email failed on this post; its findings are missing (report it to IT)\n`);
    expect(JSON.parse(run('Jansen Transport 💥', 'json').out)).toMatchObject({ failed: ['personal-data-email'] });
  });
  it('a blocking finding still exits 1', () => {
    const r = run('Net de polis voor Jansen Transport rondgekregen 💥');
    expect(r.code).toBe(1);
    expect(r.err).toContain('the check personal-data-email failed');
  });
});
