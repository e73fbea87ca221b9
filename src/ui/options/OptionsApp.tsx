// The options page: where the rules stand, sites, the user's additions and
// exceptions, a try-out box and the effective rules by source.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createLinter, type Lang } from '../../rules/index.ts';
import { type SettingsSnapshot, watchSettings } from '../../platform/settings.ts';
import { currentShortcut } from '../../platform/commands.ts';
import { texts } from '../../i18n/index.ts';
import { AllowList } from './AllowList.tsx';
import { PolicyBanner } from './PolicyBanner.tsx';
import { Reasons } from './Reasons.tsx';
import { RulesView } from './RulesView.tsx';
import { Sites } from './Sites.tsx';
import { TryPost } from './TryPost.tsx';
import { UserLists } from './UserLists.tsx';

export function OptionsApp({ lang }: { lang: Lang }) {
  const t = useMemo(() => texts(lang), [lang]);
  const [snap, setSnap] = useState<SettingsSnapshot>();
  const [shortcut, setShortcut] = useState('');
  useEffect(() => watchSettings(setSnap), []);
  useEffect(() => void currentShortcut().then(setShortcut), []);
  // Compiled once per change of the stored packs, like the background does.
  const linter = useMemo(() => (snap ? createLinter(snap.layers) : undefined), [snap?.layers]);
  if (!snap || !linter) return null;
  return (
    <main class="options" data-tt="options" data-ready="true">
      <h1>{t('optionsTitle')}</h1>
      <PolicyBanner snap={snap} protocolUrl={linter.pack.protocolUrl} t={t} />
      <Sites snap={snap} t={t} />
      <UserLists snap={snap} t={t} />
      <AllowList snap={snap} linter={linter} t={t} />
      <TryPost linter={linter} allowed={snap.allowed} t={t} />
      <RulesView linter={linter} locked={linter.pack.locked && !!snap.company} t={t} />
      <Reasons snap={snap} t={t} />
      <footer class="muted">
        {shortcut && <p data-tt="shortcut">{t('shortcut', { shortcut })}</p>}
        <p>
          <a href="/welcome.html">{t('aboutLink')}</a>
        </p>
      </footer>
    </main>
  );
}
