/**
 * The characters that carry meaning for duplicate detection: Han ideographs, letters and
 * digits. Punctuation and whitespace are dropped, so “提起来。” and “提起来，” compare equal,
 * and full-width letters and digits fold to their ASCII twins.
 */
export interface Content {
  readonly text: string;
  /** `origin[i]` is the offset, in the text it was read from, of the i-th unit of `text`. */
  readonly origin: Int32Array;
}

function contentUnit(code: number): number {
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10 + 0x30;
  if (code >= 0xff21 && code <= 0xff3a) return code - 0xff21 + 0x61;
  if (code >= 0xff41 && code <= 0xff5a) return code - 0xff41 + 0x61;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return code;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return code;
  if (code === 0x3007) return code;
  // Surrogate halves stand for supplementary-plane ideographs such as 𠀀; both halves are kept.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  return -1;
}

/** The content of `text.slice(start, end)`, with offsets relative to `text`. */
export function readContent(text: string, start = 0, end = text.length): Content {
  const units: number[] = [];
  const origin = new Int32Array(end - start);
  for (let i = start; i < end; i++) {
    const unit = contentUnit(text.charCodeAt(i));
    if (unit < 0) continue;
    origin[units.length] = i;
    units.push(unit);
  }
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return { text: out, origin: origin.slice(0, units.length) };
}

/** Just the content characters of `text`. */
export function contentOf(text: string): string {
  return readContent(text).text;
}
