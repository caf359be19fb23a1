/** One entry of a phrase list: what to look for, why it matters, and where that reading comes from. */
export interface LexiconEntry {
  text: string;
  note: string;
  source: string;
}
