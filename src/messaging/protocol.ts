import '../core/zod-config.ts';
import * as z from 'zod/mini';
import { analyzeInputSchema, categories, findingSchema, licenceMetadataSchema, platforms, profiles, severities } from '../core/types.ts';

/**
 * The one protocol between content scripts, popup, options and the background worker. Every payload is
 * parsed with these schemas at the receiving end; anything that does not parse is dropped with a reason.
 */

/** Content scripts open one long-lived port per compose box under this name. */
export const COMPOSE_PORT_NAME = 'guidepost/compose';

const seq = z.int().check(z.nonnegative());

/** A phrase the user chose to always ignore (the same limits as the vocabulary's ignore list). */
export const ignoredPhraseSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** Content script -> background, over the compose port. */
export const composeRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('analyze'),
    seq,
    input: analyzeInputSchema,
    /** The signed-in account as the page shows it, for per-account settings. */
    account: z.optional(z.string().check(z.maxLength(200))),
  }),
  z.object({ type: z.literal('ignore-phrase'), phrase: ignoredPhraseSchema }),
  /** Someone is about to type (a compose box got focus, or is still focused): start and warm the worker. */
  z.object({ type: z.literal('wake') }),
]);
export type ComposeRequest = z.infer<typeof composeRequestSchema>;

/** A post's length as its platform counts it, against the platform's limit. */
export const postLengthSchema = z.object({
  count: z.int().check(z.nonnegative()),
  limit: z.int().check(z.positive()),
  unit: z.enum(['weighted characters', 'characters']),
  over: z.boolean(),
});

/** Background -> content script, over the compose port. `seq` echoes the request it answers. */
export const composeResponseSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('findings'),
    seq,
    findings: z.array(findingSchema),
    /** X's weighted length (twitter-text lives in the worker only); the other platforms are counted in the page. */
    length: z.optional(postLengthSchema),
  }),
  z.object({ type: z.literal('error'), seq, message: z.string() }),
  /** Settings that change findings were saved (here or in another tab): every box should check again. */
  z.object({ type: z.literal('settings-changed') }),
  /** Something the last answer depended on arrived later (a Commons lookup): this box should check again. */
  z.object({ type: z.literal('recheck') }),
]);
export type ComposeResponse = z.infer<typeof composeResponseSchema>;

/** One-shot requests from extension pages (popup, options) with `runtime.sendMessage`. */
export const runtimeRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('analyze'), input: analyzeInputSchema }),
  z.object({ type: z.literal('ping') }),
]);
export type RuntimeRequest = z.infer<typeof runtimeRequestSchema>;

export const runtimeResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('findings'), findings: z.array(findingSchema) }),
  z.object({ type: z.literal('pong'), version: z.string() }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type RuntimeResponse = z.infer<typeof runtimeResponseSchema>;

/** Who sent a message, as the browser reports it (the subset of `runtime.MessageSender` we rely on). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

/**
 * Only this extension's own pages and its content scripts may talk to the background. Other extensions
 * have a different id; web pages cannot reach us without `externally_connectable`, but we check anyway.
 */
export function isTrustedSender(sender: SenderInfo | undefined, extensionId: string, extensionOrigin: string): boolean {
  if (!sender || sender.id !== extensionId) return false;
  const url = sender.url ?? sender.origin ?? '';
  const fromExtensionPage = url.startsWith(extensionOrigin);
  const fromContentScript = sender.tab !== undefined && /^https:\/\//.test(url);
  return fromExtensionPage || fromContentScript;
}

/** A short reason for a payload that failed its schema: the first issue, with its path. */
export function describeInvalid(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid message';
  const path = issue.path.length ? issue.path.map(String).join('.') : 'message';
  return `${path}: ${issue.message}`;
}

// ---------------------------------------------------------------------------------------------------------
// The publish checklist (issue 5): what content scripts tell the background, and what the popup and a tab say.

/** The popup opens this port to the active tab's content script (`tabs.connect`) to show its live checklist. */
export const CHECKLIST_PORT_NAME = 'guidepost/checklist';

const shortText = (max: number) => z.string().check(z.maxLength(max));

/** One finding as the checklist and the audit log keep it: what it is, and the words it is about. */
export const checklistFindingSchema = z.object({
  rule: shortText(100),
  category: z.enum(categories),
  severity: z.enum(severities),
  message: shortText(500),
  explanation: z.optional(shortText(2000)),
  /** The flagged words, cut to 200 characters. */
  phrase: shortText(200),
  /** The finding is in the quoted or reposted post, not in the user's own words. */
  quoted: z.optional(z.boolean()),
});
export type ChecklistFinding = z.infer<typeof checklistFindingSchema>;


/** A check software can't make, ticked by the user: "media licence confirmed", "checked with the comms team". */
export const manualItemSchema = z.object({ id: shortText(50), label: shortText(300), checked: z.boolean() });

/**
 * What "Post anyway" leaves behind, kept only in this browser (storage.local): when, where, and which findings
 * and unticked items the user published over.
 */
export const auditRecordSchema = z.object({
  /** ISO 8601 time of the override. */
  at: shortText(40),
  platform: z.enum(platforms),
  host: shortText(253),
  account: z.optional(shortText(200)),
  /** How the publish was attempted: the platform's button, Ctrl/Cmd+Enter, or Guidepost's own checklist. */
  trigger: z.enum(['button', 'keyboard', 'checklist']),
  findings: z.array(checklistFindingSchema).check(z.maxLength(100)),
  /** Labels of the manual items left unticked. */
  unchecked: z.array(shortText(300)).check(z.maxLength(20)),
  /** The post's length when it was over the platform's limit. */
  length: z.optional(postLengthSchema),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** Content script -> background, one-shot (`runtime.sendMessage`); the sender's tab is taken from the browser. */
export const tabEventSchema = z.discriminatedUnion('type', [
  /** The open findings in the tab's active compose box (for the badge), and whether Guidepost failed there. */
  z.object({ type: z.literal('tab-status'), open: z.int().check(z.nonnegative()), failed: z.boolean() }),
  /** "Post anyway" was chosen: keep the record. */
  z.object({ type: z.literal('audit'), record: auditRecordSchema }),
  /** A post went out through the gate (for the optional reminder to check reactions). */
  z.object({ type: z.literal('published'), platform: z.enum(platforms) }),
]);
export type TabEvent = z.infer<typeof tabEventSchema>;

/** Background -> content script (`tabs.sendMessage`): the keyboard shortcut asks for the checklist. */
export const tabCommandSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('open-checklist') })]);
export type TabCommand = z.infer<typeof tabCommandSchema>;

/** A rule group's line in the popup: endorsements, conduct, tone, voice, media, length. */
export const ruleGroupSchema = z.object({
  id: shortText(50),
  label: shortText(100),
  status: z.enum(['pass', 'warn']),
  count: z.int().check(z.nonnegative()),
});

/** The active compose box's checklist, as the popup shows it. */
export const checklistSnapshotSchema = z.object({
  platform: z.enum(platforms),
  host: shortText(253),
  account: z.optional(shortText(200)),
  profile: z.enum(profiles),
  /** False when the page has no compose box open; the rest then describes nothing. */
  composing: z.boolean(),
  /** "failed": Guidepost could not check this post (publishing is not held back). */
  state: z.enum(['checking', 'current', 'failed']),
  groups: z.array(ruleGroupSchema),
  findings: z.array(checklistFindingSchema),
  manual: z.array(manualItemSchema),
  /** The user marked the post as doubtful: "checked with the communications team" joins the manual items. */
  doubtful: z.boolean(),
  length: z.optional(postLengthSchema),
});
export type ChecklistSnapshot = z.infer<typeof checklistSnapshotSchema>;

/** Content script -> popup over the checklist port. */
export const checklistPortMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: checklistSnapshotSchema }),
]);

/** Popup -> content script over the checklist port. */
export const checklistPortRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set-manual'), id: shortText(50), checked: z.boolean() }),
  z.object({ type: z.literal('set-doubtful'), doubtful: z.boolean() }),
  /** Put the caret on the index-th finding of the snapshot (the popup then closes). */
  z.object({ type: z.literal('show-finding'), index: z.int().check(z.nonnegative()) }),
]);
export type ChecklistPortRequest = z.infer<typeof checklistPortRequestSchema>;

// ---------------------------------------------------------------------------------------------------------
// Media (issue 6): a content script hands the start of an attached file to the worker, which reads its metadata.

/** How much of a file is read: licence metadata sits in the first segments of JPEG, PNG and TIFF files. */
export const MEDIA_HEAD_BYTES = 512 * 1024;

/** Content script -> background (`runtime.sendMessage`): the first MEDIA_HEAD_BYTES of a file, base64. */
export const readMediaRequestSchema = z.object({
  type: z.literal('read-media'),
  name: shortText(255),
  mime: shortText(100),
  size: z.int().check(z.nonnegative()),
  head: z.string().check(z.maxLength(Math.ceil(MEDIA_HEAD_BYTES / 3) * 4)),
});
export type ReadMediaRequest = z.infer<typeof readMediaRequestSchema>;

export const readMediaResponseSchema = z.object({
  type: z.literal('media-metadata'),
  /** "failed": the file could not be parsed (corrupt, truncated, or a format without metadata Guidepost reads). */
  read: z.enum(['read', 'failed']),
  metadata: z.optional(licenceMetadataSchema),
  /** The metadata names a licence or a rights holder (else the checklist asks the user). */
  licensed: z.optional(z.boolean()),
});
export type ReadMediaResponse = z.infer<typeof readMediaResponseSchema>;
