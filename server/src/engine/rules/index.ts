import { duplicateSentence } from './duplicate-sentence';
import type { Rule } from './rule';

/** Every rule the engine runs, in reporting order. */
export const RULES: readonly Rule[] = [duplicateSentence];
