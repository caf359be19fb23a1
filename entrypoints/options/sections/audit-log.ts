import { AUDIT_LOG_KEY, clearAuditLog, readAuditLog, type AuditStorage } from '../../../src/checklist/audit-log.ts';
import { platformNames } from '../../../src/checklist/platform-names.ts';
import type { AuditRecord, ChecklistFinding } from '../../../src/messaging/protocol.ts';
import { categoryLabels } from '../../../src/overlay/finding-labels.ts';
import { element } from './element.ts';
import type { OptionsSection } from './section.ts';

type Tone = 'info' | 'success' | 'error';

/** What the section needs of the browser; tests pass in-memory ones. */
export interface AuditLogSectionApis {
  storage: {
    local: AuditStorage;
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
  /** Hands the export to the browser as a download (by default through an object URL). */
  saveFile?(blob: Blob, fileName: string): void;
  now?(): Date;
}

const triggerLabels: Record<AuditRecord['trigger'], string> = {
  button: 'with the site’s post button',
  keyboard: 'with Ctrl+Enter or ⌘+Enter',
  checklist: 'from Guidepost’s checklist',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/**
 * The posts published over a warning ("Post anyway"), from the log the background keeps
 * (src/checklist/audit-log.ts): newest first, with an export and a way to clear it. Every stored value is
 * set as text.
 */
export function createAuditLogSection(apis: AuditLogSectionApis): OptionsSection {
  const saveFile = apis.saveFile ?? downloadFile;
  const now = apis.now ?? (() => new Date());
  return {
    id: 'audit-log',
    title: 'Posts published over a warning',
    async mount(body) {
      const status = element('p', { class: 'form-status', role: 'status' });
      const problems = element('div', { class: 'audit-log__problems', hidden: true });
      const empty = element('p', { class: 'audit-log__empty', tabindex: '-1' }, 'No post has been published over a warning in this browser.');
      const caption = element('caption');
      const rows = element('tbody');
      const table = element(
        'table',
        { class: 'audit-log' },
        caption,
        element(
          'thead',
          {},
          element('tr', {}, ...['When', 'Where', 'Published over'].map((label) => element('th', { scope: 'col' }, label))),
        ),
        rows,
      );
      const exportButton = element('button', { type: 'button' }, 'Export as JSON');
      const clearButton = element('button', { type: 'button', class: 'button--secondary' }, 'Clear log');
      const actions = element('div', { class: 'audit-log__actions' }, exportButton, clearButton);
      const question = element('p', { id: 'audit-log-confirm-question' });
      const confirmButton = element('button', { type: 'button', class: 'button--danger' }, 'Delete all records');
      const cancelButton = element('button', { type: 'button', class: 'button--secondary' }, 'Cancel');
      const confirm = element(
        'div',
        { class: 'audit-log__confirm', role: 'group', 'aria-labelledby': 'audit-log-confirm-question', hidden: true },
        question,
        element('div', { class: 'audit-log__actions' }, confirmButton, cancelButton),
      );
      body.append(
        element(
          'p',
          {},
          'When you publish a post over Guidepost’s warnings (“Post anyway”), it notes here when and where, and what ' +
            'it warned about. The record stays in this browser and is never sent anywhere; the latest 500 are kept.',
        ),
        problems,
        empty,
        table,
        actions,
        confirm,
        status,
      );

      let records: AuditRecord[] = [];

      const showStatus = (message: string, tone: Tone) => {
        status.textContent = message;
        status.dataset.tone = tone;
      };

      const render = async () => {
        const log = await readAuditLog(apis.storage.local);
        records = log.records;
        const count = records.length;
        caption.textContent = `${count} ${count === 1 ? 'post' : 'posts'}, newest first`;
        rows.replaceChildren(...[...records].reverse().map(recordRow));
        empty.hidden = count > 0;
        table.hidden = count === 0;
        // Cleared meanwhile (in another options tab): there is nothing left to confirm.
        if (count === 0) confirm.hidden = true;
        actions.hidden = count === 0 || !confirm.hidden;
        question.textContent = `Delete all ${count} ${count === 1 ? 'record' : 'records'} from this browser? This can’t be undone.`;
        problems.hidden = log.problems.length === 0;
        problems.replaceChildren(
          element('p', {}, 'Some stored records could not be read and are not shown:'),
          element('ul', {}, ...log.problems.map((problem) => element('li', {}, problem))),
        );
      };

      const closeConfirm = () => {
        confirm.hidden = true;
        actions.hidden = records.length === 0;
      };

      exportButton.addEventListener('click', () => {
        const exportedAt = now();
        const json = JSON.stringify({ exportedAt: exportedAt.toISOString(), records }, null, 2);
        saveFile(new Blob([json], { type: 'application/json' }), `guidepost-audit-log-${exportedAt.toISOString().slice(0, 10)}.json`);
        showStatus(`Exported ${records.length} ${records.length === 1 ? 'record' : 'records'}.`, 'success');
      });

      clearButton.addEventListener('click', () => {
        confirm.hidden = false;
        actions.hidden = true;
        // The safe choice has focus, so a second Enter does not delete.
        cancelButton.focus();
      });

      cancelButton.addEventListener('click', () => {
        closeConfirm();
        clearButton.focus();
      });

      confirmButton.addEventListener('click', async () => {
        try {
          await clearAuditLog(apis.storage.local);
          closeConfirm();
          await render();
          showStatus('The log was cleared.', 'success');
          empty.focus();
        } catch (error) {
          showStatus(`The log could not be cleared: ${error instanceof Error ? error.message : String(error)}`, 'error');
        }
      });

      // New records (from any tab) and clearing in another options tab show up at once.
      apis.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && AUDIT_LOG_KEY in changes) void render();
      });
      await render();
    },
  };
}

function recordRow(record: AuditRecord): HTMLTableRowElement {
  const when = element(
    'th',
    { scope: 'row' },
    element('time', { datetime: record.at }, formatTime(record.at)),
    element('span', { class: 'audit-log__detail' }, triggerLabels[record.trigger]),
  );
  const where = element(
    'td',
    {},
    element('span', { class: 'audit-log__platform' }, platformNames[record.platform]),
    record.account && element('span', { class: 'audit-log__detail' }, record.account),
    element('span', { class: 'audit-log__detail' }, record.host),
  );
  const items = [
    ...record.findings.map(findingItem),
    record.unchecked.length > 0 && element('li', {}, element('strong', {}, 'Not ticked'), ': ', record.unchecked.join('; ')),
    record.length &&
      element(
        'li',
        {},
        element('strong', {}, record.length.over ? 'Too long' : 'Length'),
        `: ${record.length.count} of ${record.length.limit} ${record.length.unit}`,
      ),
  ].filter((item): item is HTMLLIElement => Boolean(item));
  const over = element('td', {}, items.length > 0 ? element('ul', { class: 'audit-log__findings' }, ...items) : 'Nothing recorded');
  return element('tr', {}, when, where, over);
}

function findingItem(finding: ChecklistFinding): HTMLLIElement {
  return element(
    'li',
    {},
    element('strong', {}, categoryLabels[finding.category] ?? finding.category),
    `: ${finding.message}`,
    finding.phrase &&
      element('span', { class: 'audit-log__detail' }, `“${finding.phrase}”${finding.quoted ? ', in the quoted post' : ''}`),
  );
}

function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = element('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has had time to start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
