import type { AnyRule } from '../define-rule.ts';
import conductArticleSubject from './conduct-article-subject.ts';
import conductDispute from './conduct-dispute.ts';
import endorsementPolitical from './endorsement-political.ts';
import endorsementProduct from './endorsement-product.ts';
import toneSarcasm from './tone-sarcasm.ts';
import toneSarcasmContext from './tone-sarcasm-context.ts';
import toneShouting from './tone-shouting.ts';
import toneShoutingStops from './tone-shouting-stops.ts';
import toneUnfriendly from './tone-unfriendly.ts';
import voiceOfficial from './voice-official.ts';
import voicePoliticalAffiliation from './voice-political-affiliation.ts';

/** Every rule Guidepost knows. A conventions test checks each has a file, a test table and an entry here. */
export const registry: readonly AnyRule[] = [
  endorsementProduct,
  endorsementPolitical,
  conductDispute,
  conductArticleSubject,
  toneSarcasm,
  toneSarcasmContext,
  toneUnfriendly,
  toneShouting,
  toneShoutingStops,
  voiceOfficial,
  voicePoliticalAffiliation,
] as AnyRule[];
