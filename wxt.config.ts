import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { lazyCompromise } from './src/build/lazy-compromise.ts';

// Drawn by `npm run generate:icons` (test/tools/make-icons.ts).
const toolbarIcons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Entry points declare their own manifest options; this file only holds what is global.
export default defineConfig({
  imports: false,
  // compromise is evaluated when first needed, not every time the worker wakes.
  vite: () => ({ plugins: [lazyCompromise(fileURLToPath(new URL('.', import.meta.url)))] }),
  // Separate output folders let two builds (e.g. parallel test runs) coexist.
  outDir: process.env.GUIDEPOST_OUT_DIR || '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Guidepost',
    description: 'Warns while you type when a post breaks your organisation’s social media guidelines.',
    // scripting: content scripts for Mastodon instances the user adds; activeTab: the popup reads the tab's address;
    // alarms: the optional reminder to check reactions after publishing (src/background/reminders.ts).
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    // Mastodon instances the user adds, one exact https origin at a time (src/background/mastodon-instances.ts),
    // and notifications, asked for only when the user turns the reminder on.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'], optional_permissions: ['notifications'] }
      : { optional_permissions: ['https://*/*', 'notifications'] }),
    // WXT lists public/icon/*.png as the extension's icons, but not as the toolbar button's.
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: toolbarIcons, default_title: 'Guidepost' },
    commands: {
      'open-checklist': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Open the Guidepost checklist for the post you are writing',
      },
    },
    // Firefox needs a stable id for storage.sync and managed storage.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'guidepost@guidepost.invalid', strict_min_version: '115.0' } },
    }),
  }),
});
