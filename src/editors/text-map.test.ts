// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapText } from './text-map.ts';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root" contenteditable="true">${html}</div>`;
  return document.getElementById('root')!;
}

/** The text a range covers, read from the DOM, not from the map. */
const covered = (range: Range | undefined) => range?.toString();

describe('mapText', () => {
  const cases: Array<{ name: string; html: string; text: string }> = [
    { name: 'Draft.js blocks with entity spans', html:
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hello </span></span><span class="entity"><span data-text="true">#wiki</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">维基百科 🎉</span></span></div></div></div>',
      text: 'Hello #wiki\n\n维基百科 🎉' },
    { name: 'Lexical paragraphs, a line break and an empty paragraph', html:
      '<p dir="ltr"><span data-lexical-text="true">one</span><br><span data-lexical-text="true">two</span></p><p><br></p><p dir="rtl"><span data-lexical-text="true">ويكيبيديا</span></p>',
      text: 'one\ntwo\n\nويكيبيديا' },
    { name: 'a line break ending a paragraph (Lexical keeps two <br>)', html: '<p><span>end</span><br><br></p><p><span>next</span></p>', text: 'end\n\nnext' },
    { name: 'ProseMirror hard break and trailing break', html:
      '<p>a<br>b</p><p>c<br><br class="ProseMirror-trailingBreak"></p><p><br class="ProseMirror-trailingBreak"></p><p>d <span class="character-limit-exceeded">over</span></p>',
      text: 'a\nb\nc\n\n\nd over' },
    { name: 'widgets marked contenteditable=false', html: '<p>see <span contenteditable="false">[card]</span>this</p>', text: 'see this' },
    { name: 'an empty editor', html: '<p><br></p>', text: '' },
    { name: 'combining marks and surrogate pairs stay UTF-16', html: '<p>cafe\u0301 👩‍🔬 done</p>', text: 'cafe\u0301 👩‍🔬 done' },
  ];
  for (const { name, html, text } of cases) {
    it(`reads ${name}`, () => {
      expect(mapText(editor(html)).text).toBe(text);
    });
  }

  it('maps every word of a decorated Draft.js post back to exactly its DOM text', () => {
    const root = editor(cases[0]!.html);
    const map = mapText(root);
    for (const word of ['Hello', '#wiki', '维基百科', '🎉', 'lo #wi']) {
      const start = map.text.indexOf(word);
      expect(covered(map.toRange(start, start + word.length))).toBe(word);
    }
  });

  it('maps spans across line breaks and blocks', () => {
    const map = mapText(editor(cases[3]!.html));
    const start = map.text.indexOf('b\nc');
    expect(covered(map.toRange(start, start + 3))).toBe('bc');
    const over = map.text.indexOf('over');
    const range = map.toRange(over, over + 4)!;
    expect((range.startContainer.parentNode as Element).className).toBe('character-limit-exceeded');
    expect(range.startOffset).toBe(0);
  });

  it('round-trips DOM positions to offsets, at text nodes and between elements', () => {
    const root = editor(cases[1]!.html);
    const map = mapText(root);
    for (let offset = 0; offset <= map.text.length; offset++) {
      const position = map.toDomPosition(offset, 'forward')!;
      expect(map.toOffset(position.node, position.offset)).toBe(offset === 7 || offset === 8 ? 9 : offset);
    }
    // A caret placed in the empty paragraph (element position) sits at that line's offset.
    const empty = root.querySelectorAll('p')[1]!;
    expect(map.toOffset(empty, 0)).toBe(map.text.indexOf('ويكيبيديا'));
  });

  it('refuses spans outside the text and positions outside the editor', () => {
    const map = mapText(editor('<p>short</p>'));
    expect(map.toRange(3, 3)).toBeUndefined();
    expect(map.toRange(2, 99)).toBeUndefined();
    expect(map.toOffset(document.body, 0)).toBeUndefined();
  });
});
