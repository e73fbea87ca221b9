// Content script: wiring only. Picks the site adapter and starts the
// controller; the linter itself runs in the background.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '../src/sites/index.ts';
import { HOST_MATCHES } from '../src/sites/matches.ts';
import { startController } from '../src/ui/controller.ts';
import { connectLinter, label, uiLanguage } from '../src/platform/content.ts';
import { answerTabStatus } from '../src/platform/tab-status.ts';
import { reportColorScheme } from '../src/platform/scheme.ts';
import { allowAlways } from '../src/platform/allow-list.ts';
import { askOpenOptions } from '../src/platform/pages.ts';
import { keepReason } from '../src/platform/reasons.ts';
import { onOpenFindings } from '../src/platform/commands.ts';

export default defineContentScript({
  matches: HOST_MATCHES,
  // Same-origin iframes (LinkedIn's /preload/ composer) get their own instance.
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const controller = startController({
      adapter,
      doc: document,
      lang: uiLanguage(),
      label,
      connect: connectLinter,
      hooks: {
        allowAlways,
        openSettings: () => void askOpenOptions(),
        keepReason: (reason, findings) =>
          void keepReason({
            at: Date.now(),
            site: adapter.id,
            categories: findings.map((f) => f.category),
            reason,
          }).catch(() => {}),
        copy: (text) =>
          navigator.clipboard.writeText(text).then(
            () => true,
            () => false,
          ),
        onOpenFindings,
      },
    });
    if (window === window.top) reportColorScheme();
    // The popup asks the top frame what this tab shows.
    if (window === window.top) answerTabStatus(() => ({ platform: adapter.id, ...controller.counts() }));
  },
});
