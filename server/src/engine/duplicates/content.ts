/**
 * The characters that carry meaning for duplicate detection: letters (Han ideographs
 * included, 𠀀 too) and digits. Punctuation, symbols and whitespace are dropped, so
 * “提起来。” and “提起来，” compare equal; full-width letters and digits fold to ASCII.
 */
const NOT_CONTENT = /[^\p{L}\p{N}]+/gu;
const TO_FOLD = /[A-Z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;
const HAS_TO_FOLD = /[A-Z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  return (code >= 0xff10 ? String.fromCharCode(code - 0xfee0) : ch).toLowerCase();
}

export function contentOf(text: string, start = 0, end = text.length): string {
  const content = text.slice(start, end).replace(NOT_CONTENT, '');
  return HAS_TO_FOLD.test(content) ? content.replace(TO_FOLD, fold) : content;
}

const TO_NORMALIZE = /[ \t\u3000\u00a0\ufeff\r\n,;:?!()]/gu;
const TWIN: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const normalize = (ch: string) => TWIN[ch] ?? '';

/**
 * The exact-duplicate key of a sentence: its text with whitespace removed and half-width
 * punctuation in its full-width form (the same key as `normalizeForCompare`, built faster).
 */
export function compareKey(text: string, start = 0, end = text.length): string {
  return text.slice(start, end).replace(TO_NORMALIZE, normalize);
}
