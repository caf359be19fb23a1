import type { ClientRuntime } from '../messaging/analysis-client.ts';
import { createAnalysisClient } from '../messaging/analysis-client.ts';
import type { PlatformDefinition } from '../platforms/platform.ts';
import { watchComposeBoxes } from './watch-compose-boxes.ts';

/** What every platform's content script does: watch its compose boxes, one analysis port per box. */
export function startContentScript(platform: PlatformDefinition, runtime: ClientRuntime): void {
  watchComposeBoxes(platform, (events, context) => createAnalysisClient(runtime, events, context));
}
