import type { AnyRule } from '../define-rule.ts';
import endorsementPolitical from './endorsement-political.ts';
import toneSarcasm from './tone-sarcasm.ts';

/** Every rule Guidepost knows. A conventions test checks each has a file, a test table and an entry here. */
export const registry: readonly AnyRule[] = [endorsementPolitical, toneSarcasm] as AnyRule[];
