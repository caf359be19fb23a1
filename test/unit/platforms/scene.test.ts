// @vitest-environment happy-dom
// The scene helpers themselves: the second reading really goes without innerText.
import { expect, it } from 'vitest';
import { loadScene, withoutInnerText } from './scene.ts';

it('withoutInnerText hides innerText for the reading, and only for it', () => {
  loadScene('threads-reply');
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
  expect(dialog.innerText).toContain('Whoever keeps editing');
  expect(withoutInnerText(() => dialog.innerText)).toBeUndefined();
  expect(dialog.innerText).toContain('Whoever keeps editing');
});

it('loads a scene’s <html> attributes and content in place of the last one', () => {
  loadScene('threads-reply');
  expect(document.documentElement.className).toBe('__fb-light-mode');
  loadScene('x-home');
  expect(document.documentElement.className).toBe('');
  expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(0);
  expect(document.querySelector('[data-testid="tweetTextarea_0"]')).not.toBeNull();
});
