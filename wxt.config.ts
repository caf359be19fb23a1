import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { lazyCompromise } from './src/build/lazy-compromise.ts';

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
    // scripting: content scripts for Mastodon instances the user adds; activeTab: the popup reads the tab's address.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Mastodon instances the user adds, one exact https origin at a time (src/background/mastodon-instances.ts).
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*'] } : { optional_permissions: ['https://*/*'] }),
    // Firefox needs a stable id for storage.sync and managed storage.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'guidepost@guidepost.invalid', strict_min_version: '115.0' } },
    }),
  }),
});
