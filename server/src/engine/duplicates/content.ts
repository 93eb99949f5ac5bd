import { FULL_WIDTH_TWIN } from '../text/chars';

/**
 * The characters that carry meaning for duplicate detection: Han ideographs (𠀀 too),
 * Latin letters and digits. Punctuation, symbols, emoji and whitespace are dropped, so
 * “提起来。” and “提起来，” compare equal; full-width letters and digits fold to ASCII.
 * The classes are spelled out as ranges: a Unicode property class is several times slower,
 * and this runs on every sentence.
 */
const NOT_CONTENT = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3007A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ud840-\ud8bf\udc00-\udfff]+/g;
/** A supplementary-plane character outside the Han planes 2 and 3 (an emoji, say), as a surrogate pair. */
const OTHER_PAIRS = /[\ud800-\ud83f\ud8c0-\udbff][\udc00-\udfff]/g;
const HAS_HIGH_SURROGATE = /[\ud800-\udbff]/;
const TO_FOLD = /[A-Z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const HAS_TO_FOLD = /[A-Z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  return (code >= 0xff10 ? String.fromCharCode(code - 0xfee0) : ch).toLowerCase();
}

export function contentOf(text: string, start = 0, end = text.length): string {
  let raw = text.slice(start, end);
  if (HAS_HIGH_SURROGATE.test(raw)) raw = raw.replace(OTHER_PAIRS, '');
  const content = raw.replace(NOT_CONTENT, '');
  return HAS_TO_FOLD.test(content) ? content.replace(TO_FOLD, fold) : content;
}

const TO_NORMALIZE = /[ \t\u3000\u00a0\ufeff\r\n,;:?!()]/g;
const normalize = (ch: string) => FULL_WIDTH_TWIN[ch] ?? '';

/**
 * The exact-duplicate key of a sentence: its text with whitespace removed and half-width
 * punctuation in its full-width form (the same key as `normalizeForCompare`, built faster).
 */
export function compareKey(text: string, start = 0, end = text.length): string {
  return text.slice(start, end).replace(TO_NORMALIZE, normalize);
}
