// The user's own clients and terms: add and remove. Stored in storage.local.
import { useState } from 'preact/hooks';
import { editUserList, type SettingsSnapshot, userLists } from '../../platform/settings.ts';
import type { Texts } from '../../i18n/index.ts';

function EditableList({ title, list, items, t }: { title: string; list: 'clients' | 'confidential'; items: string[]; t: Texts }) {
  const [draft, setDraft] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    void editUserList(list, 'add', draft).then(() => setDraft(''));
  };
  return (
    <div class="list" data-tt={`user-${list}`}>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <ul class="chips">
          {items.map((name) => (
            <li key={name}>
              {name}
              <button type="button" class="x" aria-label={t('remove', { name })} onClick={() => void editUserList(list, 'remove', name)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <input value={draft} aria-label={title} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" disabled={!draft.trim()}>
          {t('add')}
        </button>
      </form>
    </div>
  );
}

export function UserLists({ snap, t }: { snap: SettingsSnapshot; t: Texts }) {
  const { clients, terms } = userLists(snap.userPack);
  return (
    <section aria-labelledby="tt-mine">
      <h2 id="tt-mine">{t('mine')}</h2>
      <p class="muted">{t('mineHint')}</p>
      <div class="columns">
        <EditableList title={t('clients')} list="clients" items={clients} t={t} />
        <EditableList title={t('terms')} list="confidential" items={terms} t={t} />
      </div>
    </section>
  );
}
