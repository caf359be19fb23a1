import '../core/zod-config.ts';
import * as z from 'zod/mini';
import { analyzeInputSchema, findingSchema } from '../core/types.ts';

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

/** Background -> content script, over the compose port. `seq` echoes the request it answers. */
export const composeResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('findings'), seq, findings: z.array(findingSchema) }),
  z.object({ type: z.literal('error'), seq, message: z.string() }),
  /** Settings that change findings were saved (here or in another tab): every box should check again. */
  z.object({ type: z.literal('settings-changed') }),
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
