import type { ClientRuntime } from '../messaging/analysis-client.ts';
import { createAnalysisClient } from '../messaging/analysis-client.ts';
import type { PlatformDefinition } from '../platforms/platform.ts';
import { watchComposeBoxes } from './watch-compose-boxes.ts';

/** Marks this page's isolated world as watched, so a second injection does nothing. */
const STARTED = Symbol.for('guidepost.content-script');

/**
 * What every platform's content script does: watch its compose boxes, one analysis port per box. A tab can
 * receive the script twice (a Mastodon instance granted while its page loads gets both the registered script and
 * the one injected into open tabs); the second copy shares the isolated world and leaves at once.
 */
export function startContentScript(platform: PlatformDefinition, runtime: ClientRuntime): void {
  const world = globalThis as typeof globalThis & { [STARTED]?: boolean };
  if (world[STARTED]) return;
  world[STARTED] = true;
  watchComposeBoxes(platform, (events, context) => createAnalysisClient(runtime, events, context));
}
