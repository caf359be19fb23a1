import nlp from 'compromise/two';

export type Nlp = typeof nlp;

/**
 * Returns compromise (its tokenizer and part-of-speech tagger: rules only ask for tags such as `#Person`).
 * Node, the CLI and the tests import it like any module. The extension build swaps this file for one that
 * evaluates compromise on the first call instead (src/build/lazy-compromise.ts): unpacking its lexicon
 * costs a waking worker about 240 ms, and most posts never need it.
 */
export function loadCompromise(): Nlp {
  return nlp;
}
