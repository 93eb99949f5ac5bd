import { isHan } from './text/chars';

type PinyinLibrary = typeof import('pinyin-pro');
let library: PinyinLibrary | undefined;

/**
 * pinyin-pro takes about 150 ms to load its dictionary. Only completion needs it, so it is
 * loaded on first use: the CLI and the language server's start-up do not pay for it.
 */
function pinyinLibrary(): PinyinLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  library ??= require('pinyin-pro') as PinyinLibrary;
  return library;
}

/**
 * Every reading of every character, so a polyphonic character (行 xing/hang, 重 zhong/chong)
 * never blocks a match. Readings are toneless; ü is offered both as `v` and as `u`.
 */
const readingCache = new Map<string, readonly string[]>();

export function readingsOf(char: string): readonly string[] {
  let readings = readingCache.get(char);
  if (readings) return readings;
  const cp = char.codePointAt(0)!;
  if (isHan(cp)) {
    const found = new Set<string>();
    for (const reading of pinyinLibrary().pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true })) {
      const plain = reading.toLowerCase();
      if (!/^[a-z]+$/u.test(plain)) continue;
      found.add(plain);
      if (plain.includes('v')) found.add(plain.replace(/v/gu, 'u'));
    }
    readings = [...found];
  } else if (/^[0-9a-z]$/iu.test(char)) {
    readings = [char.toLowerCase()];
  } else {
    readings = [];
  }
  readingCache.set(char, readings);
  return readings;
}

/** The characters of a term that take part in pinyin matching: punctuation is skipped. */
export function spellableChars(term: string): string[] {
  return [...term].filter((c) => readingsOf(c).length > 0);
}

/**
 * Matches typed pinyin against the start of a sequence of characters. Each character is
 * typed as any non-empty prefix of one of its readings, so initials (`lgwh`), full pinyin
 * (`lianggeweihu`) and mixtures (`liangwh`, `shzh`) all match. Returns the readings that
 * matched, one per character consumed, or undefined.
 */
export function matchPinyin(query: string, chars: readonly string[]): string[] | undefined {
  const q = query.toLowerCase();
  const failed = new Set<number>();
  const path: string[] = [];
  const walk = (charIndex: number, at: number): boolean => {
    if (at === q.length) return true;
    if (charIndex >= chars.length) return false;
    const key = charIndex * (q.length + 1) + at;
    if (failed.has(key)) return false;
    for (const reading of readingsOf(chars[charIndex])) {
      for (let n = Math.min(reading.length, q.length - at); n >= 1; n--) {
        if (!q.startsWith(reading.slice(0, n), at)) continue;
        path.push(reading);
        if (walk(charIndex + 1, at + n)) return true;
        path.pop();
      }
    }
    failed.add(key);
    return false;
  };
  return walk(0, 0) ? path : undefined;
}
