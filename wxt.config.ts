// Build configuration: one manifest for Chrome/Edge (MV3) and Firefox.
import { defineConfig } from 'wxt';
import { EXTENSION_KEY, GECKO_ID } from './src/extension-id.ts';
import { localeFiles } from './src/i18n/index.ts';
import { OPEN_FINDINGS_COMMAND, OPEN_FINDINGS_KEY } from './src/commands.ts';
import { iconPath, iconSet } from './src/icons.ts';

export default defineConfig({
  // Explicit imports show the architecture (style.md §12).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  hooks: {
    // _locales is written from the one glossary (src/i18n), not kept as a second copy.
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, contents] of Object.entries(localeFiles())) files.push({ relativeDest: `_locales/${lang}/messages.json`, contents });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: iconSet('light'),
    action: {
      default_icon: iconSet('light', [16, 32]),
      // Firefox picks the icon by toolbar theme: `light` is the icon drawn for dark toolbars.
      ...(browser === 'firefox' ? { theme_icons: [16, 32].map((size) => ({ light: iconPath('dark', size), dark: iconPath('light', size), size })) } : {}),
    },
    // Only storage: packs and the user's additions; alarms: refreshing an admin's
    // rulePackUrl. No host permissions beyond the content-script matches,
    // no tabs; the only network request is that pack URL, when an admin sets one.
    permissions: ['storage', 'alarms'],
    // The keyboard way into the card (LinkedIn's editor takes Tab, so the badge is not always reachable).
    commands: {
      [OPEN_FINDINGS_COMMAND]: { suggested_key: { default: OPEN_FINDINGS_KEY }, description: '__MSG_cmdOpenCard__' },
    },
    // The fixed key keeps the Chrome ID stable (khpbkkneccooaloglmlnbfaepfgalpne), which
    // admin policy is keyed by. Firefox rejects `key` and uses the gecko id instead.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: EXTENSION_KEY,
          // Admin policy schema, generated from the pack schema (scripts/managed-schema.ts).
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
