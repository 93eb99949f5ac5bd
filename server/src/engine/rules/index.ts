import { corpusOverlap } from './corpus-overlap';
import { duplicateClause } from './duplicate-clause';
import { duplicateSentence } from './duplicate-sentence';
import { nearDuplicate } from './near-duplicate';
import { noncanonicalPhrase } from './noncanonical-phrase';
import type { Rule } from './rule';

/** Every rule the engine runs, in reporting order. */
export const RULES: readonly Rule[] = [duplicateSentence, duplicateClause, nearDuplicate, corpusOverlap, noncanonicalPhrase];
