import {
  COMMONS_CACHE_DAYS,
  COMMONS_CACHE_KEY,
  COMMONS_SETTINGS_KEY,
  readCommonsSettings,
  saveCommonsSettings,
  type CommonsSettingsStorage,
} from '../../../src/settings/commons-settings.ts';
import { element } from './element.ts';
import type { OptionsSection } from './section.ts';

/** What the section needs of `browser.storage`; tests pass an in-memory one. */
export interface CommonsSectionApis {
  storage: {
    local: CommonsSettingsStorage & { remove(key: string): Promise<void> };
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

/**
 * The opt-in lookup of licences for Wikimedia Commons files linked in a post (src/background/commons-lookup.ts):
 * the only network request Guidepost makes, so the label says exactly what is sent and where.
 */
export function createCommonsSection(apis: CommonsSectionApis): OptionsSection {
  return {
    id: 'commons',
    title: 'Wikimedia Commons lookups',
    async mount(body) {
      const checkbox = element('input', { type: 'checkbox', id: 'commons-enabled', 'aria-describedby': 'commons-help commons-status' });
      const help = element(
        'p',
        { id: 'commons-help', class: 'field-help' },
        'When this is on and a post links to a file on Wikimedia Commons, Guidepost sends the names of the linked ' +
          'files — never your post — to commons.wikimedia.org, to read each file’s licence and author, and offers the ' +
          `credit the licence asks for. Answers are kept in this browser for ${COMMONS_CACHE_DAYS} days. Off until you turn it on.`,
      );
      const cached = element('p', { id: 'commons-cached', class: 'field-help' });
      const clear = element('button', { type: 'button', class: 'button--secondary', 'aria-describedby': 'commons-cached' }, 'Clear cache');
      const status = element('p', { id: 'commons-status', class: 'form-status', role: 'status' });
      body.append(
        element('div', { class: 'checkbox-field' }, checkbox, element('label', { for: 'commons-enabled' }, 'Look up the licences of Commons files linked in my posts')),
        help,
        element('div', { class: 'commons-cache' }, cached, clear),
        status,
      );

      const showStatus = (message: string, tone: 'success' | 'error') => {
        status.textContent = message;
        status.dataset.tone = tone;
      };

      const render = async () => {
        const { settings, problems } = await readCommonsSettings(apis.storage.local);
        checkbox.checked = settings.enabled;
        if (problems.length > 0) showStatus(`A saved setting could not be read and was reset (${problems.join('; ')}).`, 'error');
      };

      const renderCache = async () => {
        const stored = (await apis.storage.local.get(COMMONS_CACHE_KEY).catch((): Record<string, unknown> => ({})))[COMMONS_CACHE_KEY] as { entries?: unknown } | undefined;
        const entries = stored && typeof stored.entries === 'object' && stored.entries !== null ? Object.keys(stored.entries).length : 0;
        cached.textContent = entries === 0 ? 'No answers are cached.' : `Answers for ${entries} ${entries === 1 ? 'file are' : 'files are'} cached.`;
        clear.disabled = entries === 0;
      };

      checkbox.addEventListener('change', () => {
        const enabled = checkbox.checked;
        saveCommonsSettings(apis.storage.local, { enabled }).then(
          () =>
            showStatus(
              enabled
                ? 'Lookups are on: the names of Commons files linked in a post are sent to commons.wikimedia.org.'
                : 'Lookups are off: nothing is sent to Commons.',
              'success',
            ),
          async (error: unknown) => {
            showStatus(`The setting could not be saved: ${error instanceof Error ? error.message : String(error)}`, 'error');
            await render();
          },
        );
      });

      clear.addEventListener('click', () => {
        apis.storage.local.remove(COMMONS_CACHE_KEY).then(
          () => showStatus('The cache is cleared: Commons will be asked again about the next file a post links to.', 'success'),
          (error: unknown) => showStatus(`The cache could not be cleared: ${error instanceof Error ? error.message : String(error)}`, 'error'),
        );
      });

      apis.storage.onChanged.addListener((changes, area) => {
        if (area !== 'local') return;
        if (COMMONS_SETTINGS_KEY in changes) void render();
        if (COMMONS_CACHE_KEY in changes) void renderCache();
      });
      await Promise.all([render(), renderCache()]);
    },
  };
}
