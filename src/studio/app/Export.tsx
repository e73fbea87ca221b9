// Export: the pack JSON and a policy file per platform (src/admin, the writers the CLI's
// `policy` command uses), embedded or as the pack-URL variant pinned by SHA-256, each with
// its deployment steps (the writer's own notes).
import { useEffect, useState } from 'preact/hooks';
import { generatePolicy, type PolicyOptions, TARGETS } from '../../admin/index.ts';
import { checkHttpsUrl } from '../../rules/schema/checks.ts';
import type { Pack } from '../../rules/schema/pack.ts';
import { download } from './download.ts';
import type { Ctx } from './fields.tsx';

/** The pack file exactly as downloaded; the pack-URL policy pins the SHA-256 of these bytes. */
export const packFileText = (pack: Pack) => `${JSON.stringify(pack, null, 2)}\n`;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The writers' notes as numbered steps: one sentence each. */
const steps = (notes: string[]) =>
  notes
    .join(' ')
    .split(/(?<=\.)\s+(?=[A-Z(])/)
    .filter(Boolean);

export function Export({ pack, problems, ctx, onStartOver }: { pack: Pack; problems: number; ctx: Ctx; onStartOver: () => void }) {
  const { t } = ctx;
  const file = packFileText(pack);
  const [url, setUrl] = useState('');
  const [hash, setHash] = useState('');
  useEffect(() => {
    let live = true;
    void sha256(file).then((h) => live && setHash(h));
    return () => {
      live = false;
    };
  }, [file]);
  const urlProblem = url ? checkHttpsUrl(url) : null;
  const options = (hosted: boolean): PolicyOptions => ({
    pack,
    lockUserRules: true,
    uuid: () => crypto.randomUUID(),
    ...(hosted ? { packUrl: url, packSha256: hash } : {}),
  });
  const ok = problems === 0;
  const hostedOk = ok && !!url && !urlProblem && !!hash;
  return (
    <>
      <p class="help">{t('exportHelp')}</p>
      <p role="status" class={ok ? 'ok' : 'problem'} data-tt="export-status">
        {ok ? t('packValid') : t('packInvalid', { count: problems })}
      </p>
      <p>
        <button type="button" data-action="download-pack" disabled={!ok} onClick={() => download(`${pack.id}.pack.json`, file, 'application/json')}>
          {t('downloadPack')}
        </button>{' '}
        <span class="muted">
          SHA-256 <code data-tt="pack-sha256">{hash}</code>
        </span>
      </p>
      <h3>{t('policyFiles')}</h3>
      <ul class="targets">
        {TARGETS.map((target) => {
          const sample = generatePolicy(target, options(false));
          return (
            <li key={target} data-target={target}>
              <h4>{t(`target_${target}`)}</h4>
              <button type="button" data-action={`download-${target}`} disabled={!ok} onClick={() => download(sample.fileName, generatePolicy(target, options(false)).content)}>
                {t('download', { file: sample.fileName })}
              </button>
              <ol class="steps" aria-label={`${t('steps')}: ${t(`target_${target}`)}`}>
                {steps(sample.notes).map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="pack-url-title">
        <h3 id="pack-url-title">{t('packUrlTitle')}</h3>
        <p class="help" id="pack-url-help">
          {t('packUrlHelp')}
        </p>
        <label for="pack-url">{t('packUrl')}</label>{' '}
        <input id="pack-url" type="url" aria-describedby="pack-url-help" value={url} placeholder="https://" onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value.trim())} />
        {urlProblem && (
          <p class="problem">
            <code>--pack-url</code> {urlProblem}
          </p>
        )}
        <ul class="plain">
          {TARGETS.map((target) => (
            <li key={target}>
              <button
                type="button"
                data-action={`download-url-${target}`}
                disabled={!hostedOk}
                onClick={() => {
                  const f = generatePolicy(target, options(true));
                  download(f.fileName, f.content);
                }}
              >
                {t('download', { file: `${t(`target_${target}`)} (URL)` })}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <button type="button" class="danger" onClick={() => window.confirm(t('confirmStartOver')) && onStartOver()}>
          {t('startOver')}
        </button>
      </p>
    </>
  );
}
