// Where the repository keeps its example pack and labelled corpora: the one home of these paths,
// used by the tests, the e2e harness, the demo and the benchmark. Everything is inside the
// repository, so a clone with no folder beside it runs `npm start` and `npm test`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The example employer's pack (an insurance broker, "Van Dijk & Partners Assurantiën"). */
export const EXAMPLE_PACK_PATH = path.join(REPO_ROOT, 'examples', 'company.pack.json');
/** The folder of labelled corpora (format: tests/corpus/README.md). */
export const CORPUS_DIR = path.join(REPO_ROOT, 'tests', 'corpus');
/** The example employer's labelled dev corpus, the set the linter was first tuned on. */
export const DEV_CORPUS_PATH = path.join(CORPUS_DIR, 'dev.jsonl');
/**
 * A probe of insults, curses, slurs, threats and group hate, and as many look-alike clean posts
 * (sport talk, diseases, place names), Dutch and English, with the example pack (insult labels only).
 */
export const INSULT_PROBE_PATH = path.join(CORPUS_DIR, 'insult-probe.jsonl');
/** Written later in other words, and never tuned on: the honest check on the probe's gains. */
export const INSULT_PROBE_FRESH_PATH = path.join(CORPUS_DIR, 'insult-probe-fresh.jsonl');
/** Session 5: other registers (Flemish, Rotterdams, UK/US replies), condemned quotes as clean traps; written before that tuning. */
export const INSULT_PROBE_3_PATH = path.join(CORPUS_DIR, 'insult-probe-3.jsonl');
/** Written after probe 3's tuning, never tuned on: the honest check on probe 3's gains. */
export const INSULT_PROBE_4_FRESH_PATH = path.join(CORPUS_DIR, 'insult-probe-4-fresh.jsonl');
/** Dismissals, curses and name-calling as employees type them, with look-alikes (README.md). */
export const INSULT_PROBE_5_PATH = path.join(CORPUS_DIR, 'insult-probe-5.jsonl');
/** Group generalisations and threats in free phrasing, with neutral statements about the same groups (session 5, tuned on). */
export const GROUP_THREAT_PROBE_PATH = path.join(CORPUS_DIR, 'group-threat-probe.jsonl');
/** Written after that tuning in other words and never tuned on. */
export const GROUP_THREAT_PROBE_FRESH_PATH = path.join(CORPUS_DIR, 'group-threat-probe-fresh.jsonl');
/** Session 6: group generalisations in free wording and look-alike neutral, defending, reported posts about the same groups; written before the sentence-level judgement (lexicon/generalise.ts). */
export const GROUP_PROBE_2_PATH = path.join(CORPUS_DIR, 'group-probe-2.jsonl');
/** Written after that judgement in new wording and never tuned on: the honest check on it. */
export const GROUP_PROBE_2_FRESH_PATH = path.join(CORPUS_DIR, 'group-probe-2-fresh.jsonl');
/**
 * Threats and intimidation in the author's own words (free phrasing, no stock phrase) and as many
 * look-alikes (sport and stage talk, kind offers, negation, condemned and fictional quotes); session 6,
 * written before the clause-level threat judgement (lexicon/threat-clause.ts).
 */
export const THREAT_PROBE_PATH = path.join(CORPUS_DIR, 'threat-probe.jsonl');
/** The reference scorer (Python 3) for any labelled corpus. */
export const SCORER_PATH = path.join(CORPUS_DIR, 'score.py');
/**
 * A probe set for a new employer (a communications agency, "Noordlicht") written before tuning the
 * precision of client, confidential, personal-data and disclaimer findings: its pack and posts.
 */
export const PROBE_PACK_PATH = path.join(CORPUS_DIR, 'precision-probe', 'pack.json');
export const PROBE_CORPUS_PATH = path.join(CORPUS_DIR, 'precision-probe.jsonl');
/**
 * Session 6 affiliation probes for new employers (a cleaning firm, a university of applied
 * sciences: tuned on; a water authority: written after the tuning and never tuned on), each
 * with the pack in the folder of the same name (tests/corpus/affil-probe/README.md).
 */
export const AFFIL_PROBES = ['affil-probe', 'affil-probe-2', 'affil-probe-fresh'].map((name) => ({
  name,
  corpus: path.join(CORPUS_DIR, `${name}.jsonl`),
  pack: path.join(CORPUS_DIR, name, 'pack.json'),
}));
