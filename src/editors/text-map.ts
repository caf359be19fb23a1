/**
 * Plain text of a rich editor's DOM, with a map back from text offsets to DOM positions.
 *
 * The apps put their own spans inside the editable element (X's entity spans, Bluesky's over-limit
 * decoration, Lexical's text spans), so text is read from the leaf text nodes, not from any one
 * element. A block boundary or a `<br>` counts as one "\n". A `<br>` that ends its block draws no
 * line of its own (editors keep one there so an empty line has height), so it counts for nothing.
 * Subtrees marked `contenteditable="false"` are widgets (placeholders, embeds) and are skipped.
 * Offsets are UTF-16 code units, as DOM ranges use.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);

/** One piece of the text: a text node's data, or the newline a `<br>` stands for. */
interface Segment {
  /** Offset of the segment's first character in the text. */
  start: number;
  node: Text | HTMLBRElement;
}

// Range.START_TO_START, spelled out so this file needs no Range global.
const START_TO_START = 0;

export interface DomPosition {
  node: Node;
  offset: number;
}

export interface TextMap {
  readonly text: string;
  /** The DOM position at `offset`. At a boundary between two pieces, `forward` prefers the later one. */
  toDomPosition(offset: number, affinity?: 'forward' | 'backward'): DomPosition | undefined;
  /** A live Range over [start, end), or undefined when the span is empty or outside the text. */
  toRange(start: number, end: number): Range | undefined;
  /** The text offset of a DOM position inside the root (a selection end), or undefined when outside. */
  toOffset(node: Node, offset: number): number | undefined;
}

export function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);
}

/** Reads `root` into text and segments in one walk. */
export function mapText(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  let text = '';
  // A newline is owed when a block closed; it is written before the next content, so text never ends in one.
  let owedBreak = false;
  let inlineSinceBreak = false;

  const emitBreakIfOwed = () => {
    if (owedBreak) {
      text += '\n';
      owedBreak = false;
    }
  };

  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data === '') continue;
        emitBreakIfOwed();
        segments.push({ start: text.length, node: child as Text });
        text += data;
        inlineSinceBreak = true;
      } else if (child.nodeType === 1) {
        const element = child as HTMLElement;
        if (element.tagName === 'BR') {
          if (isLastInBlock(element, root)) continue;
          emitBreakIfOwed();
          segments.push({ start: text.length, node: element as HTMLBRElement });
          text += '\n';
          inlineSinceBreak = false;
          continue;
        }
        if (element.getAttribute('contenteditable') === 'false') continue;
        if (element.tagName === 'STYLE' || element.tagName === 'SCRIPT' || element.tagName === 'TEMPLATE') continue;
        const block = BLOCK_TAGS.has(element.tagName);
        if (block) {
          // A block after inline text in the same parent starts a new line too.
          if (owedBreak || (inlineSinceBreak && text !== '')) {
            text += '\n';
            owedBreak = false;
          }
          inlineSinceBreak = false;
        }
        walk(element);
        if (block) {
          owedBreak = true;
          inlineSinceBreak = false;
        }
      }
    }
  };
  walk(root);

  const segmentLength = (segment: Segment) => (segment.node.nodeType === 3 ? (segment.node as Text).data.length : 1);

  /** Index of the last segment starting at or before `offset`. */
  const segmentAt = (offset: number): number => {
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (segments[middle]!.start <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };

  const positionIn = (segment: Segment, within: number): DomPosition => {
    if (segment.node.nodeType === 3) return { node: segment.node, offset: within };
    // Before or after the <br>, expressed in its parent.
    const br = segment.node;
    const index = Array.prototype.indexOf.call(br.parentNode!.childNodes, br) as number;
    return { node: br.parentNode!, offset: index + (within > 0 ? 1 : 0) };
  };

  const toDomPosition = (offset: number, affinity: 'forward' | 'backward' = 'forward'): DomPosition | undefined => {
    if (offset < 0 || offset > text.length || segments.length === 0) return undefined;
    const index = segmentAt(offset);
    const current = index >= 0 ? segments[index]! : undefined;
    if (current && offset < current.start + segmentLength(current)) {
      // Inside a piece; at its very start, `backward` prefers the end of the previous piece.
      if (offset === current.start && affinity === 'backward' && index > 0) {
        const previous = segments[index - 1]!;
        if (previous.start + segmentLength(previous) === offset) return positionIn(previous, segmentLength(previous));
      }
      return positionIn(current, offset - current.start);
    }
    // Past the end of `current`: in a block newline, or at the very end.
    const next = segments[index + 1];
    if (affinity === 'forward' && next) return positionIn(next, 0);
    if (current) return positionIn(current, segmentLength(current));
    return next ? positionIn(next, 0) : undefined;
  };

  return {
    text,
    toDomPosition,
    toRange(start, end) {
      if (!(start < end)) return undefined;
      const from = toDomPosition(start, 'forward');
      const to = toDomPosition(end, 'backward');
      if (!from || !to) return undefined;
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    toOffset(node, offset) {
      if (!root.contains(node)) return undefined;
      if (node.nodeType === 3) {
        const segment = segments.find((s) => s.node === node);
        if (segment) return segment.start + Math.min(offset, segmentLength(segment));
      }
      // An element position (or an empty text node): the text offset of the next piece at or after it.
      const doc = root.ownerDocument;
      const probe = doc.createRange();
      probe.setStart(node, Math.min(offset, node.nodeType === 3 ? (node as Text).data.length : node.childNodes.length));
      for (const segment of segments) {
        const point = doc.createRange();
        point.selectNode(segment.node);
        // The first piece that starts at or after the position.
        if (probe.compareBoundaryPoints(START_TO_START, point) <= 0) return segment.start;
      }
      return text.length;
    },
  };
}

/** True when nothing but whitespace-free emptiness follows `br` before its block ends. */
function isLastInBlock(br: Element, root: HTMLElement): boolean {
  let node: Node = br;
  while (node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && (next as Text).data !== '') return false;
      if (next.nodeType === 1) {
        const element = next as Element;
        if (BLOCK_TAGS.has(element.tagName)) return true;
        if (element.tagName === 'BR' || (element.textContent ?? '') !== '') return false;
      }
    }
    const parent = node.parentNode;
    if (!parent || BLOCK_TAGS.has((parent as Element).tagName ?? '')) return true;
    node = parent;
  }
  return true;
}
