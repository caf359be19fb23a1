import { defineConfig } from 'wxt';

// Entry points declare their own manifest options; this file only holds what is global.
export default defineConfig({
  imports: false,
  manifest: {
    name: 'Guidepost',
    description: 'Warns while you type when a post breaks your organisation’s social media guidelines.',
    permissions: ['storage'],
  },
});
