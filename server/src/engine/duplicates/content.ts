/**
 * The characters that carry meaning for duplicate detection: letters (Han ideographs
 * included, 𠀀 too) and digits. Punctuation, symbols and whitespace are dropped, so
 * “提起来。” and “提起来，” compare equal; full-width letters and digits fold to ASCII.
 */
const NOT_CONTENT = /[^\p{L}\p{N}]+/gu;
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;
const HAS_FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

export function contentOf(text: string, start = 0, end = text.length): string {
  const content = text.slice(start, end).replace(NOT_CONTENT, '');
  const folded = HAS_FULL_WIDTH.test(content) ? content.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)) : content;
  return folded.toLowerCase();
}

const BLANKS = /[ \t\u3000\u00a0\ufeff\r\n]+/gu;
const HALF_WIDTH = /[,;:?!()]/gu;
const TWIN: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * The exact-duplicate key of a sentence: its text with whitespace removed and half-width
 * punctuation in its full-width form (the same key as `normalizeForCompare`, built faster).
 */
export function compareKey(text: string, start = 0, end = text.length): string {
  return text.slice(start, end).replace(BLANKS, '').replace(HALF_WIDTH, (ch) => TWIN[ch]);
}
