// The options page: policy status, sites, the user's additions, a try-out box
// and the effective rules by source.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createLinter, type Lang } from '../../rules/index.ts';
import { type SettingsSnapshot, watchSettings } from '../../platform/settings.ts';
import { PolicyBanner } from './PolicyBanner.tsx';
import { RulesView } from './RulesView.tsx';
import { Sites } from './Sites.tsx';
import { TryPost } from './TryPost.tsx';
import { UserLists } from './UserLists.tsx';
import { TEXT } from './text.ts';

export function OptionsApp({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
  const [snap, setSnap] = useState<SettingsSnapshot>();
  useEffect(() => watchSettings(setSnap), []);
  // Compiled once per change of the stored packs, like the background does.
  const linter = useMemo(() => (snap ? createLinter(snap.layers) : undefined), [snap?.layers]);
  if (!snap || !linter) return null;
  return (
    <main data-tt="options" data-ready="true">
      <h1>{t.title}</h1>
      <PolicyBanner snap={snap} t={t} lang={lang} />
      <Sites snap={snap} t={t} />
      <UserLists snap={snap} t={t} />
      <TryPost linter={linter} t={t} lang={lang} />
      <RulesView linter={linter} locked={snap.settings.lockUserRules && !!snap.company} t={t} lang={lang} />
    </main>
  );
}
