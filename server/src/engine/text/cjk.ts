import { codePointBefore, isBlank, isHan } from './chars';

/** Full-width punctuation of Chinese text: 。，、；：？！“”‘’《》（）〔〕【】…— and the like. */
export function isCjkPunctuation(codePoint: number): boolean {
  return (
    (codePoint >= 0x3000 && codePoint <= 0x303f) ||
    (codePoint >= 0xff01 && codePoint <= 0xff0f) ||
    (codePoint >= 0xff1a && codePoint <= 0xff20) ||
    (codePoint >= 0xff3b && codePoint <= 0xff40) ||
    (codePoint >= 0xff5b && codePoint <= 0xff65) ||
    codePoint === 0x2018 ||
    codePoint === 0x2019 ||
    codePoint === 0x201c ||
    codePoint === 0x201d ||
    codePoint === 0x2026 ||
    codePoint === 0x2014
  );
}

/** A Han character or a full-width mark: what makes a neighbour "Chinese". */
export function isChinese(codePoint: number | undefined): boolean {
  return codePoint !== undefined && (isHan(codePoint) || isCjkPunctuation(codePoint));
}

export function isAsciiAlnum(codePoint: number | undefined): boolean {
  return codePoint !== undefined && ((codePoint >= 0x30 && codePoint <= 0x39) || ((codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a));
}

export function isAsciiDigit(codePoint: number | undefined): boolean {
  return codePoint !== undefined && codePoint >= 0x30 && codePoint <= 0x39;
}

/** The code point just before `offset`, skipping blanks on the same line. */
export function previousVisible(text: string, offset: number): number | undefined {
  let at = offset;
  while (at > 0 && isBlank(text[at - 1])) at--;
  return codePointBefore(text, at);
}

/** The code point at `offset` or after it, skipping blanks on the same line. */
export function nextVisible(text: string, offset: number): number | undefined {
  let at = offset;
  while (at < text.length && isBlank(text[at])) at++;
  return text.codePointAt(at);
}
