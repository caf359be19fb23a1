import nlp from 'compromise';

export type View = ReturnType<typeof nlp>;

/** Parses one segment with compromise. Rules reach it through `context.nlp()`, which parses each segment once. */
export function parseSegment(text: string): View {
  return nlp(text);
}

/** Character spans (UTF-16, relative to the parsed text) of every match of a compromise pattern. */
export function matchSpans(view: View, pattern: string): Array<{ start: number; end: number; text: string }> {
  const json = view.match(pattern).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  return json.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, text: m.text }));
}
