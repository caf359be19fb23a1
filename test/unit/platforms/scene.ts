// Loads a committed fixture scene (see capture-html.ts) into happy-dom's document, and reads what a platform
// definition makes of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposeBox, PlatformDefinition, PostContext } from '../../../src/platforms/platform.ts';

/** Replaces the test document's <html> with the scene's, attributes included. */
export function loadScene(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, 'html', `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const attribute of [...root.attributes]) root.removeAttribute(attribute.name);
  for (const attribute of [...parsed.documentElement.attributes]) root.setAttribute(attribute.name, attribute.value);
  root.replaceChildren(...[...parsed.documentElement.childNodes].map((node) => document.importNode(node, true)));
  return document;
}

/** One compose box as a test compares it: what it is, where it sits, what it holds, and what surrounds it. */
export interface BoxReading {
  tag: string;
  editor: ComposeBox['editor'];
  field: ComposeBox['field'];
  testId?: string;
  inDialog: boolean;
  /** The editor's own text as the DOM holds it (a textarea's typed value is not serialised: empty). */
  text: string;
  context: PostContext;
}

export interface SceneReading {
  account: string | undefined;
  boxes: BoxReading[];
}

/** Everything `platform` reads from the scene now in the document. */
export function readScene(platform: PlatformDefinition, doc: Document = document): SceneReading {
  return {
    account: platform.accountHandle(doc),
    boxes: platform.findComposeBoxes(doc).map(({ element, editor, field }) => ({
      tag: element.tagName.toLowerCase(),
      editor,
      field,
      ...(element.dataset.testid === undefined ? {} : { testId: element.dataset.testid }),
      inDialog: element.closest('[role="dialog"]') !== null,
      text: element.textContent ?? '',
      context: platform.postContext(element),
    })),
  };
}

/**
 * Runs `read` with `innerText` missing, so `visibleText` falls back to `textContent`. happy-dom has no layout:
 * its `innerText` only guesses line breaks from computed `display`, and Chromium's differs. An adapter that
 * returns the same text both ways has picked the element that holds the post's text, not a container whose
 * text depends on how the page is laid out.
 */
export function withoutInnerText<T>(read: () => T): T {
  const prototype = HTMLElement.prototype;
  const own = Object.getOwnPropertyDescriptor(prototype, 'innerText');
  Object.defineProperty(prototype, 'innerText', { configurable: true, get: () => undefined });
  try {
    return read();
  } finally {
    if (own) Object.defineProperty(prototype, 'innerText', own);
    else delete (prototype as { innerText?: string }).innerText;
  }
}

/** The scene read with happy-dom's `innerText` and without it; tests expect both to equal the fixture's texts. */
export function readSceneBothWays(platform: PlatformDefinition, name: string): { withInnerText: SceneReading; withTextContent: SceneReading } {
  loadScene(name);
  return { withInnerText: readScene(platform), withTextContent: withoutInnerText(() => readScene(platform)) };
}
