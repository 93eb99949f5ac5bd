import { attachmentNote } from './attachment-note';
import { brokenParagraph } from './broken-paragraph';
import { corpusOverlap } from './corpus-overlap';
import { duplicateClause } from './duplicate-clause';
import { dateFormat } from './date-format';
import { documentNumber } from './document-number';
import { duplicateSentence } from './duplicate-sentence';
import { ellipsis } from './ellipsis';
import { enumerationOrder } from './enumeration-order';
import { headingLadder } from './heading-ladder';
import { itemCount } from './item-count';
import { nearDuplicate } from './near-duplicate';
import { noncanonicalPhrase } from './noncanonical-phrase';
import { numberRange } from './number-range';
import { punctuationWidth } from './punctuation-width';
import type { Rule } from './rule';
import { strayHeading } from './stray-heading';
import { supersededPhrase } from './superseded-phrase';
import { titleMarkSeparator } from './title-mark-separator';
import { unbalancedPair } from './unbalanced-pair';
import { wrongCharacter } from './wrong-character';
import { yearZero } from './year-zero';

/** Every rule the engine runs, in reporting order. */
export const RULES: readonly Rule[] = [
  duplicateSentence, duplicateClause, nearDuplicate, corpusOverlap, noncanonicalPhrase, supersededPhrase,
  punctuationWidth, unbalancedPair, titleMarkSeparator, ellipsis, yearZero,
  brokenParagraph, strayHeading, enumerationOrder, itemCount, wrongCharacter,
  documentNumber, dateFormat, headingLadder, attachmentNote, numberRange,
];
