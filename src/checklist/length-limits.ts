import twitterText from 'twitter-text';
import { DEFAULT_LIMITS, lengthResult, measureGraphemePost, type LengthInput, type PostLength } from './post-length.ts';

export { blueskyShortUrl, DEFAULT_LIMITS, type LengthInput, type PostLength } from './post-length.ts';

const HUGE = 20_000;

/** Counts a post the way its platform's composer does; X with twitter-text, X's own weighted count. */
export function measurePost(input: LengthInput): PostLength {
  if (input.platform !== 'x') return measureGraphemePost({ ...input, platform: input.platform });
  // Every character weighs at least 1 (a link 23), so a paste this far over the limit is over whatever it holds,
  // and twitter-text's entity parsing is not worth running on it.
  const weighed = input.text.length > HUGE ? input.text.length : twitterText.parseTweet(input.text).weightedLength;
  return lengthResult('x', weighed, DEFAULT_LIMITS.x, 'weighted characters');
}
