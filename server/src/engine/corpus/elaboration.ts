import type { Block } from './passage';
import type { NumberedShape } from './numerals';
import { sentenceEnd } from './enumerations';

/** Sentences after the one naming a slogan that may still spell it out. */
const MAX_FOLLOWING = 3;
/** A passage longer than this shows its opening and its close, the middle elided. */
const MAX_PASSAGE = 90;

interface Occurrence {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ('。！？'.includes(text[i])) return i + 1;
  return 0;
}

/**
 * The passage that elaborates a slogan whose items were not read: the sentence naming it
 * and the sentences after it up to one that counts it again (…等八个方面误区), the middle of
 * a long one elided. Without such a close, the sentence naming it, where the items were
 * guessed at (`guessed`). Undefined when no occurrence is followed by an elaboration and none was guessed.
 */
export function elaboration(
  blocks: readonly Block[],
  occurrences: readonly Occurrence[],
  term: string,
  shape: NumberedShape | undefined,
  guessed: Occurrence | undefined,
): string | undefined {
  const naming = (occurrence: Occurrence) => {
    const text = blocks[occurrence.block].text;
    const end = sentenceEnd(text, occurrence.end);
    return { text, end, sentence: text.slice(sentenceStart(text, occurrence.start), end).trim() };
  };
  if (shape) {
    for (const occurrence of occurrences) {
      const { text, end, sentence } = naming(occurrence);
      const close = findClose(text, end, term, term.slice(shape.at, shape.at + shape.length), shape.noun);
      if (close) return `${sentence}${elide(text.slice(end, close.end), close.at - end)}`;
    }
  }
  return guessed && naming(guessed).sentence;
}

/**
 * The first sentence after `from` that counts the noun again in other words (等八个方面误区);
 * the term itself written again closes nothing.
 */
function findClose(text: string, from: number, term: string, numeral: string, noun: string): { at: number; end: number } | undefined {
  if (noun.length < 2) return undefined;
  const recount = new RegExp(`${numeral}(?:个|项|种|条|类|大)?(?:方面)?${noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'gu');
  let at = from;
  for (let k = 0; k < MAX_FOLLOWING && at < text.length; k++) {
    const end = sentenceEnd(text, at);
    const found = [...text.slice(at, end).matchAll(recount)].filter((m) => m[0] !== term);
    const last = found[found.length - 1];
    if (last) {
      const count = at + (last.index ?? 0);
      // The passage ends with the clause that counts again.
      const clause = text.slice(count + last[0].length, end).search(/[，；。！？]/u);
      return { at: count, end: clause < 0 ? end : count + last[0].length + clause };
    }
    at = end;
  }
  return undefined;
}

/** The opening clause, ……, and the close from the count on (with a 等 before it). */
function elide(passage: string, closeAt: number): string {
  const body = passage.replace(/[。！？]$/u, '');
  if (body.length <= MAX_PASSAGE) return body;
  const firstClause = body.search(/[，；：]/u);
  const opening = firstClause > 0 ? body.slice(0, firstClause) : body.slice(0, MAX_PASSAGE / 2);
  const tailStart = body[closeAt - 1] === '等' ? closeAt - 1 : closeAt;
  return `${opening}……${body.slice(tailStart)}`;
}
