import browser from 'webextension-polyfill';
import {
  addedInstanceOrigins,
  DEFAULT_INSTANCE_HOSTS,
  instanceMatchPattern,
  parseInstanceInput,
} from '../../../src/platforms/mastodon/instances.ts';
import type { OptionsSection } from './section.ts';

type Tone = 'info' | 'success' | 'error';

/**
 * The Mastodon instances Guidepost runs on: the defaults, the ones the user added (each a granted optional
 * host permission, see src/background/mastodon-instances.ts) and a form to add one.
 */
export const mastodonInstancesSection: OptionsSection = {
  id: 'mastodon-instances',
  title: 'Mastodon instances',
  async mount(body) {
    body.innerHTML = TEMPLATE;
    const addedList = body.querySelector<HTMLUListElement>('[data-added-list]')!;
    const noneAdded = body.querySelector<HTMLElement>('[data-none-added]')!;
    const form = body.querySelector<HTMLFormElement>('form')!;
    const input = form.querySelector<HTMLInputElement>('input')!;
    const status = body.querySelector<HTMLElement>('[data-status]')!;

    const defaultsList = body.querySelector<HTMLUListElement>('[data-default-list]')!;
    for (const host of DEFAULT_INSTANCE_HOSTS) {
      const item = instanceItem(host);
      const badge = document.createElement('span');
      badge.className = 'instance__badge';
      badge.textContent = 'Always on';
      item.append(badge);
      defaultsList.append(item);
    }

    // What is granted now; kept in memory so the Add handler can decide without waiting (see below).
    let added: string[] = [];

    const showStatus = (message: string, tone: Tone) => {
      status.textContent = message;
      status.dataset.tone = tone;
      input.setAttribute('aria-invalid', String(tone === 'error'));
    };

    const render = async () => {
      const { origins = [] } = await browser.permissions.getAll();
      added = addedInstanceOrigins(origins);
      const focusedHost = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-host]')?.dataset.host;
      addedList.replaceChildren(
        ...added.map((origin) => {
          const host = new URL(origin).hostname;
          const item = instanceItem(host);
          const remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'instance__remove';
          remove.textContent = 'Remove';
          remove.setAttribute('aria-label', `Remove ${host}`);
          remove.addEventListener('click', () => void removeInstance(origin, host));
          item.append(remove);
          return item;
        }),
      );
      noneAdded.hidden = added.length > 0;
      // A re-render must not drop keyboard focus on the floor.
      if (focusedHost) addedList.querySelector<HTMLElement>(`[data-host="${CSS.escape(focusedHost)}"] button`)?.focus();
    };

    const removeInstance = async (origin: string, host: string) => {
      const index = added.indexOf(origin);
      try {
        const removed = await browser.permissions.remove({ origins: [instanceMatchPattern(origin)] });
        if (!removed) return showStatus(`${host} could not be removed. Try again, or remove it in your browser’s extension settings.`, 'error');
        await render();
        showStatus(`Removed ${host}. Guidepost no longer runs there; pages already open keep it until you reload them.`, 'success');
        // Keep the keyboard user in the list: the next Remove button, else the previous one, else the input.
        const buttons = addedList.querySelectorAll<HTMLButtonElement>('button');
        (buttons[Math.min(index, buttons.length - 1)] ?? input).focus();
      } catch (error) {
        showStatus(`${host} could not be removed: ${describeError(error)}`, 'error');
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const parsed = parseInstanceInput(input.value);
      if (!parsed.ok) {
        showStatus(parsed.error, 'error');
        input.focus();
        return;
      }
      if (parsed.isDefault) return showStatus(`${parsed.host} is always on; there is nothing to add.`, 'info');
      if (added.includes(parsed.origin)) return showStatus(`${parsed.host} is already in your list.`, 'info');
      // Asked before any await: browsers only show the permission prompt while handling the user's action.
      const request = browser.permissions.request({ origins: [instanceMatchPattern(parsed.origin)] });
      showStatus(`Asking your browser to allow Guidepost on ${parsed.host}…`, 'info');
      request.then(
        async (granted) => {
          if (!granted) {
            return showStatus(`Guidepost was not allowed on ${parsed.host}, so nothing changed. You can try again at any time.`, 'error');
          }
          input.value = '';
          await render();
          showStatus(`Added ${parsed.host}. Guidepost now checks your posts there, in tabs that are already open too.`, 'success');
        },
        (error: unknown) => showStatus(`Your browser did not let Guidepost ask for ${parsed.host}: ${describeError(error)}`, 'error'),
      );
    });

    // Grants and removals made elsewhere (the toolbar popup, the browser's extension settings) show up here too.
    browser.permissions.onAdded.addListener(() => void render());
    browser.permissions.onRemoved.addListener(() => void render());
    await render();
  },
};

function instanceItem(host: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'instance';
  item.dataset.host = host;
  const name = document.createElement('span');
  name.className = 'instance__host';
  name.textContent = host;
  item.append(name);
  return item;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Static markup only: hosts and messages are always set through textContent.
const TEMPLATE = `
  <p>
    Guidepost underlines posts that break your guidelines while you write them on these Mastodon instances.
    Adding an instance asks your browser to let Guidepost read and change pages on that site only, so it can
    check what you type in the compose box; your posts are checked on this device and their text never leaves it.
  </p>
  <h3 id="mastodon-defaults-title">Always on</h3>
  <ul class="instance-list" data-default-list aria-labelledby="mastodon-defaults-title"></ul>
  <h3 id="mastodon-added-title">Added by you</h3>
  <ul class="instance-list" data-added-list aria-labelledby="mastodon-added-title"></ul>
  <p class="instance-list__empty" data-none-added>None yet.</p>
  <form class="add-instance" novalidate>
    <label for="mastodon-instance-address">Add an instance</label>
    <div class="add-instance__row">
      <input id="mastodon-instance-address" name="address" type="text" inputmode="url" autocomplete="off"
        autocapitalize="off" spellcheck="false" placeholder="social.coop"
        aria-describedby="mastodon-instance-hint mastodon-instance-status" />
      <button type="submit">Add</button>
    </div>
    <p id="mastodon-instance-hint" class="add-instance__hint">
      The instance’s address, a link to any page on it, or your handle (like @you@social.coop).
    </p>
    <p id="mastodon-instance-status" class="add-instance__status" data-status role="status" aria-live="polite"></p>
  </form>
`;
