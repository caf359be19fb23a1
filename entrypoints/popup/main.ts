import browser, { type Runtime } from 'webextension-polyfill';
import { CHECKLIST_PORT_NAME, checklistPortMessageSchema, describeInvalid, type ChecklistPortRequest } from '../../src/messaging/protocol.ts';
import { classifyTabUrl, instanceMatchPattern, type TabSite } from '../../src/platforms/mastodon/instances.ts';
import { renderChecklist, type ChecklistCallbacks } from '../../src/popup/render-checklist.ts';

/** How long a tab's content script has to send its first snapshot before the popup shows the site's status. */
const SNAPSHOT_WAIT_MS = 400;
/** Reconnection after the tab's page went away (a reload, a navigation) or Guidepost was just turned on there. */
const RECONNECT_DELAY_MS = 500;
const RECONNECT_ATTEMPTS = 6;

const checklist = document.querySelector<HTMLElement>('#checklist')!;
const site = document.querySelector<HTMLElement>('#site')!;
const status = document.querySelector<HTMLElement>('#site-status')!;
const enable = document.querySelector<HTMLButtonElement>('#enable-site')!;

/**
 * End-to-end tests open popup.html as an ordinary extension tab, where "the active tab" would be that page
 * itself; `?tab=<id>` names the tab to show instead. The toolbar popup never has it.
 */
const tabParam = new URLSearchParams(location.search).get('tab');
const namedTabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

for (const link of document.querySelectorAll<HTMLAnchorElement>('#open-settings, #manage-instances')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage().then(() => closePopup());
  });
}

/** Closes the toolbar popup; a test's page opened with `?tab=` stays, so the test can go on reading it. */
function closePopup(): void {
  if (namedTabId === undefined) window.close();
}

function showView(view: 'checklist' | 'site'): void {
  checklist.hidden = view !== 'checklist';
  site.hidden = view !== 'site';
}

/** What the popup says about the tab's site where no checklist answers; learnt once the tab is known. */
let tabSite: TabSite = { kind: 'other' };
/** Called when the user adds this tab's site as a Mastodon instance. */
let onInstanceAdded = () => {};

/** Sets the site's status line; the same words again are not written, so screen readers don't repeat them. */
function say(text: string): void {
  if (status.textContent !== text) status.textContent = text;
}

function showSite(): void {
  showView('site');
  enable.hidden = tabSite.kind !== 'addable';
  switch (tabSite.kind) {
    case 'built-in':
    case 'added':
      say(`Guidepost is checking your posts on ${tabSite.host}.`);
      return;
    case 'other':
      say('Guidepost checks your posts on X, Bluesky, Threads and Mastodon.');
      return;
    case 'addable': {
      const { host, origin } = tabSite;
      say(`Is ${host} a Mastodon instance? Guidepost can check your posts there too; they never leave this device.`);
      enable.textContent = 'Add this Mastodon instance';
      enable.onclick = () => {
        // Asked straight from the click: the permission prompt needs the user's action. Firefox closes the
        // popup when its prompt opens, so nothing below may be needed for the grant to take effect: the
        // background sees permissions.onAdded, registers the content script and starts it in this tab.
        const request = browser.permissions.request({ origins: [instanceMatchPattern(origin)] });
        request.then(
          (granted) => {
            if (!granted) {
              say(`Guidepost was not allowed on ${host}, so nothing changed.`);
              return;
            }
            tabSite = { kind: 'added', host, origin };
            showSite();
            onInstanceAdded();
          },
          (error: unknown) => {
            say(`Your browser did not let Guidepost ask for ${host}: ${error instanceof Error ? error.message : String(error)}`);
          },
        );
      };
    }
  }
}

/** The tab the popup is about: the one named by `?tab=`, or the active tab of this window. */
async function targetTab(): Promise<{ id?: number; url?: string }> {
  if (namedTabId !== undefined) {
    // Without the "tabs" permission the address is only there where Guidepost has host access; that will do.
    const tab = await browser.tabs.get(namedTabId).catch(() => undefined);
    return { id: namedTabId, url: tab?.url };
  }
  // activeTab (granted by opening this popup) lets us read the active tab's address without the "tabs" permission.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/** Whether a content script is expected to start in the tab soon (the user just added the instance). */
let startingSoon = false;
/** The open checklist port, if any: one at a time. */
let openPort: Runtime.Port | undefined;

/**
 * Listens to the tab's checklist. Where no content script answers (another site, a browser page), the port
 * closes at once or stays silent, and the site's status is shown instead; a snapshot arriving later wins.
 */
function listen(tabId: number, attemptsLeft: number): void {
  let port: Runtime.Port;
  try {
    // The top frame only: that is where the compose boxes' checklist lives.
    port = browser.tabs.connect(tabId, { name: CHECKLIST_PORT_NAME, frameId: 0 });
  } catch {
    showSite();
    return;
  }
  openPort = port;
  let received = false;
  const timer = window.setTimeout(() => {
    if (!received) showSite();
  }, SNAPSHOT_WAIT_MS);

  const send = (request: ChecklistPortRequest) => {
    try {
      port.postMessage(request);
    } catch {
      // The tab went away; its disconnect is handled below.
    }
  };
  const callbacks: ChecklistCallbacks = {
    setManual: (id, checked) => send({ type: 'set-manual', id, checked }),
    setDoubtful: (doubtful) => send({ type: 'set-doubtful', doubtful }),
    showFinding: (index) => {
      send({ type: 'show-finding', index });
      // A turn of the event loop first, so the message is on its way before the popup's page goes.
      window.setTimeout(closePopup, 0);
    },
  };

  port.onMessage.addListener((message: unknown) => {
    const parsed = checklistPortMessageSchema.safeParse(message);
    if (!parsed.success) {
      console.warn(`Guidepost popup: dropped a checklist message (${describeInvalid(parsed.error)})`);
      return;
    }
    received = true;
    startingSoon = false;
    window.clearTimeout(timer);
    renderChecklist(document, checklist, parsed.data.snapshot, callbacks);
    showView('checklist');
  });

  port.onDisconnect.addListener(() => {
    // Read, so Chrome does not log "Unchecked runtime.lastError" when no content script was there.
    void browser.runtime.lastError;
    window.clearTimeout(timer);
    openPort = undefined;
    showSite();
    // The page went away (a reload, a navigation) or its script is still starting: the next one may answer.
    if ((received || startingSoon) && attemptsLeft > 0) {
      window.setTimeout(() => listen(tabId, attemptsLeft - 1), RECONNECT_DELAY_MS);
    }
  });
}

async function start(): Promise<void> {
  const [tab, { origins = [] }] = await Promise.all([targetTab(), browser.permissions.getAll()]);
  tabSite = classifyTabUrl(tab.url, origins);
  const tabId = tab.id;
  if (tabId === undefined) {
    showSite();
    return;
  }
  onInstanceAdded = () => {
    startingSoon = true;
    if (!openPort) window.setTimeout(() => listen(tabId, RECONNECT_ATTEMPTS), RECONNECT_DELAY_MS);
  };
  listen(tabId, RECONNECT_ATTEMPTS);
}

void start();
