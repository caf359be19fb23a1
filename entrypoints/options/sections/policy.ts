import { builtInMediaPolicies } from '../../../src/core/media/media-policy.ts';
import {
  builtInPolicyIds,
  describeMediaRule,
  POLICY_SETTINGS_KEY,
  readPolicySettings,
  savePolicySettings,
  type PolicySettings,
  type PolicySettingsStorage,
} from '../../../src/settings/policy-settings.ts';
import { element } from './element.ts';
import type { OptionsSection } from './section.ts';

/** What the section needs of `browser.storage`; tests pass an in-memory one. */
export interface PolicySectionApis {
  storage: {
    local: PolicySettingsStorage;
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

/** Which organisation's guidelines Guidepost applies: one of the built-in policies (a policy editor comes later). */
export function createPolicySection(apis: PolicySectionApis): OptionsSection {
  return {
    id: 'policy',
    title: 'Organisation policy',
    async mount(body) {
      const select = element(
        'select',
        { id: 'policy-id', 'aria-describedby': 'policy-media-rule policy-status' },
        ...builtInPolicyIds.map((id) => element('option', { value: id }, builtInMediaPolicies[id].name)),
      );
      const rule = element('p', { id: 'policy-media-rule', class: 'policy-rule' });
      const status = element('p', { id: 'policy-status', class: 'form-status', role: 'status' });
      body.append(
        element(
          'p',
          {},
          'Guidepost checks your posts against the guidelines of the organisation you post for. The policies differ ' +
            'in the media they accept:',
        ),
        element(
          'dl',
          { class: 'policy-list' },
          ...builtInPolicyIds.flatMap((id) => [
            element('dt', {}, builtInMediaPolicies[id].name),
            element('dd', {}, describeMediaRule(builtInMediaPolicies[id])),
          ]),
        ),
        element('div', { class: 'select-field' }, element('label', { for: 'policy-id' }, 'Apply the guidelines of'), select),
        rule,
        status,
      );

      const show = (settings: PolicySettings) => {
        select.value = settings.id;
        rule.textContent = `${builtInMediaPolicies[settings.id].name}: ${describeMediaRule(builtInMediaPolicies[settings.id])}.`;
      };

      const render = async () => {
        const { settings, problems } = await readPolicySettings(apis.storage.local);
        show(settings);
        if (problems.length > 0) {
          status.textContent = `A saved setting could not be read and was reset (${problems.join('; ')}).`;
          status.dataset.tone = 'error';
        }
      };

      select.addEventListener('change', () => {
        const id = select.value as PolicySettings['id'];
        if (!builtInPolicyIds.includes(id)) return;
        show({ id });
        savePolicySettings(apis.storage.local, { id }).then(
          () => {
            status.textContent = `Saved: posts are now checked against ${builtInMediaPolicies[id].name}’s guidelines, in every open tab.`;
            status.dataset.tone = 'success';
          },
          async (error: unknown) => {
            status.textContent = `The setting could not be saved: ${error instanceof Error ? error.message : String(error)}`;
            status.dataset.tone = 'error';
            await render();
          },
        );
      });

      // A change made in another options tab shows up here too.
      apis.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && POLICY_SETTINGS_KEY in changes) void render();
      });
      await render();
    },
  };
}
