/** One entry of a phrase list: what to look for, why it matters, and where that reading comes from. */
export interface LexiconEntry<Extra = object> {
  text: string;
  note: string;
  source: string;
  extra?: Extra;
}
