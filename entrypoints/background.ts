// Background: compiles the effective pack once per change and lints drafts
// for the content scripts. Listeners are registered synchronously so a woken
// service worker does not miss the message that woke it.
import { defineBackground } from 'wxt/utils/define-background';
import { watchLayers } from '../src/platform/packs.ts';
import { createLintService, listenForClients } from '../src/platform/lint-service.ts';
import { currentShortcut, forwardCommands } from '../src/platform/commands.ts';
import { showWelcomeOnInstall } from '../src/platform/welcome.ts';
import { followColorScheme } from '../src/platform/scheme.ts';
import { answerOpenOptions } from '../src/platform/pages.ts';

export default defineBackground(() => {
  const service = createLintService();
  listenForClients(service);
  forwardCommands();
  void currentShortcut().then((s) => service.setShortcut(s));
  showWelcomeOnInstall();
  followColorScheme();
  answerOpenOptions();
  watchLayers((state) => service.update(state));
});
