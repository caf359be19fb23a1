import type { Platform } from '../core/types.ts';

/** What Guidepost knows about one site's compose boxes. Selectors live in the platform's folder. */
export interface PlatformDefinition {
  id: Platform;
  /** Every compose box currently in the page, in document order. */
  findComposeBoxes(root: ParentNode): HTMLElement[];
  /** Whether this compose box is answering another post. */
  isReply(box: HTMLElement): boolean;
}
