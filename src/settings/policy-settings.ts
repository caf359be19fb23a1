import { builtInMediaPolicies, type BuiltInPolicyId, type MediaPolicy } from '../core/media/media-policy.ts';
import { z } from '../core/zod.ts';

/**
 * Which organisation policy Guidepost applies, kept in `storage.local`: one of the built-in policies for now (the
 * policy editor is a later issue). Read field by field: a bad value falls back to its default and is named.
 */
export const POLICY_SETTINGS_KEY = 'guidepost.policy';

export const builtInPolicyIds = Object.keys(builtInMediaPolicies) as BuiltInPolicyId[];

export interface PolicySettings {
  id: BuiltInPolicyId;
}

export const DEFAULT_POLICY_SETTINGS: PolicySettings = { id: 'wikimedia-foundation' };

const fieldSchemas = {
  id: z.string().refine((id): id is BuiltInPolicyId => (builtInPolicyIds as string[]).includes(id), {
    message: `not one of ${builtInPolicyIds.join(', ')}`,
  }),
};

export function parsePolicySettings(value: unknown): { settings: PolicySettings; problems: string[] } {
  if (value === undefined) return { settings: { ...DEFAULT_POLICY_SETTINGS }, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: { ...DEFAULT_POLICY_SETTINGS }, problems: [`${POLICY_SETTINGS_KEY} is not an object; the defaults are used`] };
  }
  const stored = value as Record<string, unknown>;
  const problems: string[] = [];
  const field = <K extends keyof PolicySettings>(key: K): PolicySettings[K] => {
    if (stored[key] === undefined) return DEFAULT_POLICY_SETTINGS[key];
    const parsed = fieldSchemas[key].safeParse(stored[key]);
    if (parsed.success) return parsed.data as PolicySettings[K];
    problems.push(`${POLICY_SETTINGS_KEY}.${key} was reset to ${String(DEFAULT_POLICY_SETTINGS[key])}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return DEFAULT_POLICY_SETTINGS[key];
  };
  return { settings: { id: field('id') }, problems };
}

/** The media part of the chosen policy. */
export function mediaPolicyFor(settings: PolicySettings): MediaPolicy {
  return builtInMediaPolicies[settings.id];
}

/**
 * The media rule of a policy in words, for the options page: "Media: owned, public domain, CC0, CC BY, CC BY-SA,
 * or with the author's written permission".
 */
export function describeMediaRule(policy: MediaPolicy): string {
  const names: Record<MediaPolicy['licences'][number], string> = {
    'public-domain': 'public domain',
    cc0: 'CC0',
    'cc-by': 'CC BY',
    'cc-by-sa': 'CC BY-SA',
  };
  const allowed = ['owned', ...policy.licences.map((kind) => names[kind])];
  return `Media: ${allowed.join(', ')}, or with the author’s written permission`;
}

/** The storage area methods these settings need (a subset of `browser.storage.local`). */
export interface PolicySettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readPolicySettings(storage: Pick<PolicySettingsStorage, 'get'>): Promise<{ settings: PolicySettings; problems: string[] }> {
  return parsePolicySettings((await storage.get(POLICY_SETTINGS_KEY))[POLICY_SETTINGS_KEY]);
}

export async function savePolicySettings(storage: PolicySettingsStorage, settings: PolicySettings): Promise<void> {
  await storage.set({ [POLICY_SETTINGS_KEY]: { id: settings.id } });
}
