import { loadCompromise, type Nlp } from './compromise.ts';

export type View = ReturnType<Nlp>;

let nlp: Nlp | undefined;
const compromise = (): Nlp => (nlp ??= loadCompromise());

/** Parses one segment with compromise. Rules reach it through `context.nlp()`, which parses each segment once. */
export function parseSegment(text: string): View {
  return compromise()(text);
}

/** Loads compromise now, when nothing waits on it, so the first post that needs it is not the one that pays. */
export function preloadNlp(): void {
  compromise();
}

/** Whether compromise has been loaded in this process (the worker loads it on first use or when idle). */
export function nlpLoaded(): boolean {
  return nlp !== undefined;
}

/** Character spans (UTF-16, relative to the parsed text) of every match of a compromise pattern. */
export function matchSpans(view: View, pattern: string): Array<{ start: number; end: number; text: string }> {
  const json = view.match(pattern).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  return json.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, text: m.text }));
}
