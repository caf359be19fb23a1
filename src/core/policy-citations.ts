import type { PolicyCitation } from './types.ts';

// Seed files are the guideline documents in shared/seeds (see its README); quotes are verbatim.
const STRATEGY_2024 = '001_b85db6dbd37026c3.txt';
const UNDERSTANDING_2016 = '000_e8e8b1b4ff4e163a.txt';
const CIS_A2K = '003_3112ccb0d3c44757.txt';

export const citations = {
  politicalCandidates: { source: STRATEGY_2024, quote: 'We do not endorse any political candidates.' },
  products: { source: STRATEGY_2024, quote: 'We do not endorse any products.' },
  disputes: { source: STRATEGY_2024, quote: 'We do not engage in any dispute with other accounts.' },
  articleSubjects: {
    source: CIS_A2K,
    quote:
      'Do not evaluate or attempt to resolve complaints by celebrities or their fans about edits to a Wikipedia article. Direct them to the FAQ for Article Subjects.',
  },
  sarcasm: { source: STRATEGY_2024, quote: 'We do not post sarcasm or irony.' },
  snark: { source: UNDERSTANDING_2016, quote: 'Do not post sarcasm, “snarky” or unfriendly tones' },
  unfriendly: { source: STRATEGY_2024, quote: 'We do not post "snarky" or unfriendly tones.' },
  reposts: { source: STRATEGY_2024, quote: 'We do not repost anything that contains the above.' },
  personalVoice: {
    source: CIS_A2K,
    quote:
      'Do not post anything on your personal accounts that could be confused with CIS-A2K official messaging. Your personal accounts don’t speak for CIS-A2K.',
  },
  personalPolitics: {
    source: CIS_A2K,
    quote: 'If you post political opinions on social media, please refrain from mentioning CIS-A2K or CIS-A2K projects.',
  },
  mediaFreeLicences: {
    source: STRATEGY_2024,
    quote:
      'We do not post media that is not freely licensed under CC, in the public domain, or owned or co-owned by the Wikimedia Foundation. An exception is media used with permission from the author.',
  },
  mediaCc0Only: {
    source: CIS_A2K,
    quote:
      'Do not post media that is not either owned or co-owned by CIS-A2K (such as photos we take), in the public domain or licensed under CC0. An exception is media used with permission from the author.',
  },
  accessible: { source: STRATEGY_2024, quote: 'Consistent, inclusive, and accessible' },
} as const satisfies Record<string, PolicyCitation>;
