import browser from 'webextension-polyfill';
import { classifyTabUrl, instanceMatchPattern, type TabSite } from '../../src/platforms/mastodon/instances.ts';

const status = document.querySelector<HTMLElement>('#site-status')!;
const enable = document.querySelector<HTMLButtonElement>('#enable-site')!;
const manage = document.querySelector<HTMLAnchorElement>('#manage-instances')!;

manage.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage().then(() => window.close());
});

function show(site: TabSite): void {
  enable.hidden = site.kind !== 'addable';
  switch (site.kind) {
    case 'built-in':
    case 'added':
      status.textContent = `Guidepost is checking your posts on ${site.host}.`;
      return;
    case 'other':
      status.textContent = 'Guidepost checks your posts on X, Bluesky, Threads and Mastodon.';
      return;
    case 'addable': {
      const { host, origin } = site;
      status.textContent = `Is ${host} a Mastodon instance? Guidepost can check your posts there too; they never leave this device.`;
      enable.textContent = `Check posts on ${host}`;
      enable.onclick = () => {
        // Asked straight from the click: the permission prompt needs the user's action. Firefox closes the
        // popup when its prompt opens, so nothing below may be needed for the grant to take effect: the
        // background sees permissions.onAdded, registers the content script and starts it in this tab.
        const request = browser.permissions.request({ origins: [instanceMatchPattern(origin)] });
        request.then(
          (granted) => {
            if (granted) show({ kind: 'added', host, origin });
            else status.textContent = `Guidepost was not allowed on ${host}, so nothing changed.`;
          },
          (error: unknown) => {
            status.textContent = `Your browser did not let Guidepost ask for ${host}: ${error instanceof Error ? error.message : String(error)}`;
          },
        );
      };
    }
  }
}

async function start(): Promise<void> {
  // activeTab (granted by opening this popup) lets us read the active tab's address without the "tabs" permission.
  const [[tab], { origins = [] }] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.permissions.getAll(),
  ]);
  show(classifyTabUrl(tab?.url, origins));
}

void start();
