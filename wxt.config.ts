// Build configuration: one manifest for Chrome/Edge (MV3) and Firefox.
import { defineConfig } from 'wxt';
import { EXTENSION_KEY, GECKO_ID } from './src/extension-id.ts';

export default defineConfig({
  // Explicit imports show the architecture (style.md §12).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only storage: packs and the user's additions; alarms: refreshing an admin's
    // rulePackUrl. No host permissions beyond the content-script matches,
    // no tabs; the only network request is that pack URL, when an admin sets one.
    permissions: ['storage', 'alarms'],
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
