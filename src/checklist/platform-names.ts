import type { Platform } from '../core/types.ts';

/** How each platform is named to the user (in notifications and on the options page). */
export const platformNames: Record<Platform, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
};
