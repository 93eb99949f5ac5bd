/** Character classes for Chinese policy text. */

/** CJK ideographs, including the supplementary planes (𠀀 is U+20000). */
export function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    codePoint === 0x3007 // 〇
  );
}

export function isHanAt(text: string, offset: number): boolean {
  const cp = text.codePointAt(offset);
  return cp !== undefined && isHan(cp);
}

/** The code point that ends just before `offset`, honouring surrogate pairs. */
export function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(offset - 2);
  }
  return low;
}

/** Half-width punctuation and its full-width twin as GB/T 15834 uses it in Chinese text. */
export const FULL_WIDTH_TWIN: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Marks that end a sentence. */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '…']);

/** Marks that close a quotation or bracket and stay with the sentence before them. */
export const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〕', '】']);

/** Marks that separate clauses inside a sentence. */
export const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);

export function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r';
}

export function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\ufeff';
}

/** Whitespace by UTF-16 unit, line breaks included: what trimming a line or a sentence removes. */
export function isSpaceCode(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}
