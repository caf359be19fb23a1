import browser from 'webextension-polyfill';
import { createAuditLogSection } from './sections/audit-log.ts';
import { createCommonsSection } from './sections/commons.ts';
import { mastodonInstancesSection } from './sections/mastodon-instances.ts';
import { createPolicySection } from './sections/policy.ts';
import { createReminderSection } from './sections/reminder.ts';
import type { OptionsSection } from './sections/section.ts';

/** In page order. A new settings area is a new module under sections/ and one entry here. */
const sections: readonly OptionsSection[] = [
  createPolicySection({ storage: browser.storage }),
  mastodonInstancesSection,
  createCommonsSection({ storage: browser.storage }),
  createReminderSection({ storage: browser.storage, permissions: browser.permissions }),
  createAuditLogSection({ storage: browser.storage }),
];

const container = document.querySelector<HTMLElement>('#sections')!;
for (const section of sections) {
  const element = document.createElement('section');
  element.id = section.id;
  element.className = 'settings-section';
  element.setAttribute('aria-labelledby', `${section.id}-title`);
  const heading = document.createElement('h2');
  heading.id = `${section.id}-title`;
  heading.textContent = section.title;
  const body = document.createElement('div');
  body.className = 'settings-section__body';
  element.append(heading, body);
  container.append(element);
  Promise.resolve(section.mount(body)).catch((error: unknown) => {
    body.textContent = `This section could not load: ${error instanceof Error ? error.message : String(error)}`;
    body.classList.add('settings-section__body--failed');
  });
}
