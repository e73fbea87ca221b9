// `thinktwice policy PACK --target T`: validate the pack, then write a
// ready-to-deploy policy file for one platform (an admin never deploys a pack the extension refuses).
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PLATFORMS, type Platform } from '../../rules/index.ts';
import { loadPack } from '../../rules/pack-load.ts';
import { checkHttpsUrl } from '../../rules/schema/checks.ts';
import { generatePolicy, PolicyOptionError, TARGETS, type Target } from '../../admin/index.ts';
import { CliError } from '../errors.ts';
import type { Io } from '../io.ts';
import { formatIssue, readText } from '../packs.ts';

export const POLICY_USAGE = `Usage: thinktwice policy PACK --target ${TARGETS.join('|')} [options]

Validates PACK and writes a policy file that deploys it to the extension.

Options:
  --target T           linux           JSON for /etc/chromium/policies/managed/ and /etc/opt/chrome/policies/managed/
                       windows-chrome  .reg for HKLM\\SOFTWARE\\Policies\\Google\\Chrome
                       windows-edge    .reg for HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge
                       macos           .mobileconfig (forced preferences, deploy through MDM)
                       google-admin    JSON for the Admin console's "Policy for extensions"
                       firefox         policies.json (3rdparty.Extensions)
  --out FILE           where to write (default: the target's usual file name here; "-" for stdout)
  --pack-url URL       host PACK at this HTTPS address instead of embedding it; the policy pins its SHA-256
  --refresh-minutes N  with --pack-url: how often the extension checks for a new version (15-10080)
  --sites LIST         only these sites (comma-separated: ${PLATFORMS.join(',')}); users cannot change them
  --no-lock            let users switch company rules off (default: locked)
  --force-install      also force-install the extension
  --update-url URL     update URL for --force-install (Chrome/Edge: the store's; Firefox: the .xpi address)
`;

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Returns the exit code: 0 written, 2 usage or pack error. */
export function runPolicy(argv: string[], io: Io = processIo): number {
  const fail = (msg: string) => (io.err(`thinktwice policy: ${msg}\n`), 2);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        target: { type: 'string' },
        out: { type: 'string' },
        'pack-url': { type: 'string' },
        'refresh-minutes': { type: 'string' },
        sites: { type: 'string' },
        'no-lock': { type: 'boolean' },
        'force-install': { type: 'boolean' },
        'update-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n\n${POLICY_USAGE}`);
  }
  const { values: o, positionals } = parsed;
  if (o.help) return io.out(POLICY_USAGE), 0;
  if (positionals.length !== 1) return fail(`expected one PACK file, got ${positionals.length}\n\n${POLICY_USAGE}`);
  const target = o.target as Target | undefined;
  if (!target || !TARGETS.includes(target)) return fail(`--target must be one of ${TARGETS.join(', ')}${target ? ` (got "${target}")` : ''}`);

  const file = positionals[0]!;
  let text: string;
  try {
    text = readText(file, 'pack');
  } catch (e) {
    if (e instanceof CliError) return fail(e.message);
    throw e;
  }
  const loaded = loadPack(text);
  if (!loaded.ok) {
    io.err(`thinktwice policy: ${file} is not a valid pack; no policy written.\n`);
    for (const issue of loaded.issues) io.err(`  ${formatIssue(file, issue)}\n`);
    return 2;
  }
  const pack = loaded.pack;
  // The checksum is of the file exactly as it will be uploaded.
  const bytes = file === '-' ? Buffer.from(text, 'utf8') : readFileSync(file);

  const urlProblem = o['pack-url'] === undefined ? null : checkHttpsUrl(o['pack-url']);
  if (urlProblem) return fail(`--pack-url ${urlProblem}`);
  if (o['update-url'] !== undefined && checkHttpsUrl(o['update-url'])) return fail(`--update-url ${checkHttpsUrl(o['update-url'])}`);
  let refreshMinutes: number | undefined;
  if (o['refresh-minutes'] !== undefined) {
    refreshMinutes = Number(o['refresh-minutes']);
    if (!Number.isInteger(refreshMinutes) || refreshMinutes < 15 || refreshMinutes > 10080)
      return fail('--refresh-minutes must be a whole number from 15 to 10080');
    if (!o['pack-url']) return fail('--refresh-minutes only applies with --pack-url');
  }
  let sites: Partial<Record<Platform, boolean>> | undefined;
  if (o.sites !== undefined) {
    const wanted = o.sites.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = wanted.filter((s) => !(PLATFORMS as readonly string[]).includes(s));
    if (unknown.length) return fail(`--sites: unknown site ${unknown.join(', ')}; known: ${PLATFORMS.join(', ')}`);
    sites = Object.fromEntries(PLATFORMS.map((p) => [p, wanted.includes(p)]));
  }

  let result;
  try {
    result = generatePolicy(target, {
      pack,
      lockUserRules: !o['no-lock'],
      ...(o['pack-url'] ? { packUrl: o['pack-url'], packSha256: createHash('sha256').update(bytes).digest('hex') } : {}),
      ...(refreshMinutes ? { refreshMinutes } : {}),
      ...(sites ? { sites } : {}),
      ...(o['force-install'] ? { forceInstall: true } : {}),
      ...(o['update-url'] ? { updateUrl: o['update-url'] } : {}),
      uuid: randomUUID,
    });
  } catch (e) {
    if (e instanceof PolicyOptionError) return fail(e.message);
    throw e;
  }

  const out = o.out ?? result.fileName;
  if (out === '-') io.out(result.content);
  else {
    // Never overwrite a file the admin did not name explicitly.
    if (o.out === undefined && existsSync(out)) return fail(`${out} exists already; pass --out ${out} to overwrite it, or another name`);
    try {
      writeFileSync(out, result.content);
    } catch (e) {
      return fail(`cannot write ${out}: ${(e as Error).message}`);
    }
    io.err(`Wrote ${out} (${target}, pack ${pack.id} ${pack.version}${o['pack-url'] ? `, hosted at ${o['pack-url']}` : ''}).\n`);
  }
  for (const note of result.notes) io.err(`${note}\n`);
  if (o['pack-url']) io.err(`Upload ${file} unchanged to ${o['pack-url']}: the policy pins its SHA-256.\n`);
  return 0;
}
