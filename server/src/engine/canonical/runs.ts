import type { Span } from '../types';

/** A list written with the enumeration comma: 练就过硬的政治判断力、政治领悟力、政治执行力. */
export interface ListRun {
  /** The text between the commas; the first may carry lead-in words, the last trailing words. */
  readonly segments: readonly Span[];
  /** The run is the whole of a quotation: “马上就办、办就办好”. */
  readonly quoted: boolean;
}

/** Anything that ends a clause, a quotation or a line; the enumeration comma does not. */
const CLAUSE_BREAKS = '，,。．.；;：:！!？?“”‘’"\'「」『』（）()《》〈〉【】—…·/|';
/** Every character \s matches: whitespace breaks a clause too. */
const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The breaks by code unit, so the scan over every character is a table lookup; filled from the lists, not by testing all 65,536 units at start-up. */
const IS_BREAK = new Uint8Array(0x10000);
for (const ch of CLAUSE_BREAKS + WHITESPACE) IS_BREAK[ch.charCodeAt(0)] = 1;
const ENUMERATION_COMMA = 0x3001;

/** Every clause of `text` that holds at least two items separated by 、. */
export function findListRuns(text: string): ListRun[] {
  const runs: ListRun[] = [];
  let clauseStart = 0;
  let segments: Span[] = [];
  let segmentStart = 0;
  const close = (end: number) => {
    if (segments.length > 0) {
      segments.push({ start: segmentStart, end });
      const quoted = text[clauseStart - 1] === '“' && text[end] === '”';
      runs.push({ segments, quoted });
    }
    segments = [];
  };
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (i === text.length || IS_BREAK[code] === 1) {
      close(i);
      clauseStart = i + 1;
      segmentStart = i + 1;
    } else if (code === ENUMERATION_COMMA) {
      segments.push({ start: segmentStart, end: i });
      segmentStart = i + 1;
    }
  }
  return runs;
}
