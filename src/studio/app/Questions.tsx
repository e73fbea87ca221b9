// One screen per topic of the questionnaire. Each answer has its explanation and default;
// problems the pack has at the answer's JSON path are shown right under it.
import { COOL_DOWN_MODES, MAX_COOL_DOWN_MINUTES, type PackEntry } from '../../rules/schema/pack.ts';
import { CATEGORIES, LANGS, type Lang, type SeveritySetting } from '../../rules/types.ts';
import { CATEGORY_TEXT } from '../../i18n/categories.ts';
import { type Answers, defaultAnswers } from '../answers.ts';
import type { Screen } from '../fields.ts';
import { ClientsImport } from './ClientsImport.tsx';
import { type Ctx, Lines, Problems, Question, Text } from './fields.tsx';

type Set = (change: (a: Answers) => Answers) => void;
interface Props {
  a: Answers;
  set: Set;
  ctx: Ctx;
}

const DEFAULTS = defaultAnswers();

/** A client as one line: "Name | alias | @handle". */
export const entryLine = (e: PackEntry) => (typeof e === 'string' ? e : [e.name, ...(e.aliases ?? []), ...(e.handles ?? [])].join(' | '));

/** Lines back to entries; an entry's note, severity and match survive when its name stays. */
export function linesToEntries(lines: readonly string[], before: readonly PackEntry[]): PackEntry[] {
  const byName = new Map(before.flatMap((e) => (typeof e === 'string' ? [] : [[e.name, e] as const])));
  return lines.map((line) => {
    const [name = '', ...rest] = line.split('|').map((x) => x.trim());
    const aliases = rest.filter((x) => x && !x.startsWith('@'));
    const handles = rest.filter((x) => x.startsWith('@'));
    const prior = byName.get(name);
    if (!prior && !aliases.length && !handles.length) return name;
    const { aliases: _a, handles: _h, ...keep } = prior ?? { name };
    return { ...keep, name, ...(aliases.length ? { aliases } : {}), ...(handles.length ? { handles } : {}) };
  });
}

function Organisation({ a, set, ctx }: Props) {
  const { t } = ctx;
  return (
    <>
      <Question id="q-name" field="$.name" label={t('q_name')} help={t('h_name')} ctx={ctx}>
        <Text id="q-name" value={a.name} onChange={(name) => set((x) => ({ ...x, name }))} />
      </Question>
      <Question id="q-orgNames" field="$.organization.names" label={t('q_orgNames')} help={`${t('h_orgNames')} ${t('onePerLine')}`} def={t('defaultEmpty')} ctx={ctx}>
        <Lines id="q-orgNames" value={a.organization.names} onChange={(names) => set((x) => ({ ...x, organization: { ...x.organization, names } }))} rows={3} />
      </Question>
      <Question id="q-orgHandles" field="$.organization.handles" label={t('q_orgHandles')} help={`${t('h_orgHandles')} ${t('onePerLine')}`} ctx={ctx}>
        <Lines id="q-orgHandles" value={a.organization.handles} onChange={(handles) => set((x) => ({ ...x, organization: { ...x.organization, handles } }))} rows={2} />
      </Question>
      <Question id="q-languages" field="$.languages" label={t('q_languages')} help={t('h_languages')} def={t('defaultIs', { value: 'nl, en' })} ctx={ctx} group>
        {LANGS.map((l) => (
          <label key={l} class="check">
            <input
              type="checkbox"
              checked={a.languages.includes(l)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                set((x) => ({ ...x, languages: on ? [...x.languages, l] : x.languages.filter((y) => y !== l) }));
              }}
            />{' '}
            {t(`lang_${l}`)}
          </label>
        ))}
      </Question>
      <Question id="q-id" field="$.id" label={t('q_id')} help={t('h_id')} ctx={ctx}>
        <Text id="q-id" value={a.id} onChange={(id) => set((x) => ({ ...x, id }))} />
      </Question>
      <Question id="q-version" field="$.version" label={t('q_version')} help={t('h_version')} def={t('defaultIs', { value: DEFAULTS.version })} ctx={ctx}>
        <Text id="q-version" value={a.version} onChange={(version) => set((x) => ({ ...x, version }))} />
      </Question>
      <Problems field="$.organization" ctx={ctx} />
    </>
  );
}

function Clients({ a, set, ctx }: Props) {
  const { t } = ctx;
  return (
    <>
      <Question id="q-clients" field="$.clients" label={t('q_clients')} help={t('h_clients')} def={t('defaultEmpty')} ctx={ctx}>
        <Lines id="q-clients" value={a.clients.map(entryLine)} onChange={(lines) => set((x) => ({ ...x, clients: linesToEntries(lines, x.clients) }))} rows={10} />
        <p class="muted" data-tt="client-count">
          {t('clientCount', { count: a.clients.length })}
        </p>
      </Question>
      <ClientsImport ctx={ctx} languages={a.languages} onImport={(names, replace) => set((x) => ({ ...x, clients: mergeNames(replace ? [] : x.clients, names) }))} />
    </>
  );
}

function mergeNames(list: readonly PackEntry[], names: readonly string[]): PackEntry[] {
  const have = new Set(list.map((e) => (typeof e === 'string' ? e : e.name).toLowerCase()));
  const out = [...list];
  for (const n of names) if (!have.has(n.toLowerCase())) have.add(n.toLowerCase()), out.push(n);
  return out;
}

function Confidential({ a, set, ctx }: Props) {
  const { t } = ctx;
  return (
    <>
      <Question id="q-confidential" field="$.confidential" label={t('q_confidential')} help={`${t('h_confidential')} ${t('onePerLine')}`} def={t('defaultEmpty')} ctx={ctx}>
        <Lines id="q-confidential" value={a.confidential.map(entryLine)} onChange={(lines) => set((x) => ({ ...x, confidential: linesToEntries(lines, x.confidential) }))} rows={6} />
      </Question>
      <Question id="q-internalDomains" field="$.internalDomains" label={t('q_internalDomains')} help={`${t('h_internalDomains')} ${t('onePerLine')}`} def={t('defaultEmpty')} ctx={ctx}>
        <Lines id="q-internalDomains" value={a.internalDomains} onChange={(internalDomains) => set((x) => ({ ...x, internalDomains }))} rows={3} />
      </Question>
    </>
  );
}

function Spokesperson({ a, set, ctx }: Props) {
  const { t } = ctx;
  const org = a.organization.names[0] ?? a.name ?? '';
  return (
    <>
      <Question id="q-speak" field="$.rules-spokesperson" label={t('q_speakForFirm')} help={t('h_speakForFirm', { org })} def={t('defaultIs', { value: t('speak_spokespeople') })} ctx={ctx} group>
        {(['spokespeople', 'anyone'] as const).map((v) => (
          <label key={v} class="check">
            <input type="radio" name="q-speak" value={v} checked={a.speakForFirm === v} onChange={() => set((x) => ({ ...x, speakForFirm: v }))} /> {t(`speak_${v}`)}
          </label>
        ))}
      </Question>
      <Question id="q-contact" field="$.spokesperson" label={t('q_contact')} help={t('h_contact')} def={t('defaultEmpty')} ctx={ctx}>
        <Text id="q-contact" value={a.spokespersonContact} onChange={(spokespersonContact) => set((x) => ({ ...x, spokespersonContact }))} />
      </Question>
    </>
  );
}

function Disclaimer({ a, set, ctx }: Props) {
  const { t } = ctx;
  return (
    <>
      <Question id="q-personal" field="$.disclaimers.personal" label={t('q_personal')} help={`${t('h_personal')} ${t('onePerLine')}`} def={t('defaultIs', { value: DEFAULTS.disclaimers.personal.join(', ') })} ctx={ctx}>
        <Lines id="q-personal" value={a.disclaimers.personal} onChange={(personal) => set((x) => ({ ...x, disclaimers: { ...x.disclaimers, personal } }))} rows={4} />
      </Question>
      <Question id="q-affiliation" field="$.disclaimers.affiliation" label={t('q_affiliation')} help={`${t('h_affiliation')} ${t('onePerLine')}`} def={t('defaultIs', { value: DEFAULTS.disclaimers.affiliation.join(', ') })} ctx={ctx}>
        <Lines id="q-affiliation" value={a.disclaimers.affiliation} onChange={(affiliation) => set((x) => ({ ...x, disclaimers: { ...x.disclaimers, affiliation } }))} rows={4} />
      </Question>
      <Problems field="$.disclaimers" ctx={ctx} />
    </>
  );
}

function Language({ a, set, ctx }: Props) {
  const { t } = ctx;
  return (
    <>
      <Question id="q-cursing" field="$.overrides" label={t('q_cursing')} help={t('h_cursing')} def={t('defaultIs', { value: '✓' })} ctx={ctx} group>
        <label class="check">
          <input id="q-cursing" type="checkbox" checked={a.flagCursing} onChange={(e) => set((x) => ({ ...x, flagCursing: (e.currentTarget as HTMLInputElement).checked }))} /> {t('q_cursing')}
        </label>
      </Question>
      <Question id="q-banned" field="$.rules-banned" label={t('q_banned')} help={`${t('h_banned')} ${t('onePerLine')}`} def={t('defaultEmpty')} ctx={ctx}>
        <Lines id="q-banned" value={a.bannedWords} onChange={(bannedWords) => set((x) => ({ ...x, bannedWords }))} rows={3} />
      </Question>
      <Question id="q-cool" field="$.coolDown" label={t('q_coolDown')} help={t('h_coolDown')} def={t('defaultIs', { value: t('cool_ask') })} ctx={ctx} group>
        {COOL_DOWN_MODES.map((mode) => (
          <label key={mode} class="check">
            <input type="radio" name="q-cool" value={mode} checked={a.coolDown.mode === mode} onChange={() => set((x) => ({ ...x, coolDown: { ...x.coolDown, mode } }))} /> {t(`cool_${mode}`)}
          </label>
        ))}
        <label class="inline">
          {t('q_minutes')}{' '}
          <input
            type="number"
            min={1}
            max={MAX_COOL_DOWN_MINUTES}
            value={a.coolDown.minutes}
            onInput={(e) => set((x) => ({ ...x, coolDown: { ...x.coolDown, minutes: Number((e.currentTarget as HTMLInputElement).value) } }))}
          />
        </label>
      </Question>
    </>
  );
}

const SETTINGS: (SeveritySetting | '')[] = ['', 'off', 'info', 'warn', 'block'];

function Severity({ a, set, ctx }: Props) {
  const { t, lang } = ctx;
  return (
    <>
      <Question id="q-severity" field="$.severity" label={t('q_severity')} help={t('h_severity')} def={t('defaultIs', { value: t('sev_default') })} ctx={ctx} group>
        <table class="severity">
          <tbody>
            {CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">
                  <label for={`sev-${c}`}>{CATEGORY_TEXT[c][lang]}</label>
                </th>
                <td>
                  <select
                    id={`sev-${c}`}
                    value={a.severity[c] ?? ''}
                    onChange={(e) => {
                      const v = (e.currentTarget as HTMLSelectElement).value as SeveritySetting | '';
                      set((x) => {
                        const severity = { ...x.severity };
                        if (v) severity[c] = v;
                        else delete severity[c];
                        return { ...x, severity };
                      });
                    }}
                  >
                    {SETTINGS.map((s) => (
                      <option key={s} value={s}>
                        {t(s ? `sev_${s}` : 'sev_default')}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Question>
      {a.rules.length > 0 && (
        <Question id="q-rules" field="$.rules" label={t('ownRules')} help={t('h_ownRules')} ctx={ctx} group>
          <ul class="plain">
            {a.rules.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an opened pack that is not valid may repeat a rule id
              <li key={`${i}:${r.id}`}>
                <code>{String(r.id)}</code> ({String(r.kind)}, {String(r.category)}){' '}
                <button type="button" onClick={() => set((x) => ({ ...x, rules: x.rules.filter((_, j) => j !== i) }))}>
                  {t('remove')} <span class="sr-only">{String(r.id)}</span>
                </button>
              </li>
            ))}
          </ul>
        </Question>
      )}
      <Problems field="$.clauses" ctx={ctx} />
    </>
  );
}

function Publish({ a, set, ctx }: Props) {
  const { t } = ctx;
  return (
    <>
      <Question id="q-protocolUrl" field="$.protocolUrl" label={t('q_protocolUrl')} help={t('h_protocolUrl')} def={t('defaultEmpty')} ctx={ctx}>
        <Text id="q-protocolUrl" type="url" value={a.protocolUrl} onChange={(protocolUrl) => set((x) => ({ ...x, protocolUrl }))} />
      </Question>
      <Question id="q-supportEmail" field="$.support" label={t('q_supportEmail')} help={t('h_supportEmail')} def={t('defaultEmpty')} ctx={ctx}>
        <Text id="q-supportEmail" type="email" value={a.supportEmail} onChange={(supportEmail) => set((x) => ({ ...x, supportEmail }))} />
      </Question>
      <Question id="q-askReason" field="$.support-askReason" label={t('q_askReason')} help={t('h_askReason')} ctx={ctx} group>
        <label class="check">
          <input type="checkbox" checked={a.askReason} onChange={(e) => set((x) => ({ ...x, askReason: (e.currentTarget as HTMLInputElement).checked }))} /> {t('q_askReason')}
        </label>
      </Question>
    </>
  );
}

export const SCREEN_VIEWS: Record<Screen, (p: Props) => preact.JSX.Element> = {
  organisation: Organisation,
  clients: Clients,
  confidential: Confidential,
  spokesperson: Spokesperson,
  disclaimer: Disclaimer,
  language: Language,
  severity: Severity,
  publish: Publish,
};

export type { Lang };
