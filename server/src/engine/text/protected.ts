import type { Span } from '../types';

/**
 * Stretches of text that punctuation rules leave alone because they are not prose:
 * URLs, e-mail addresses, Markdown code, HTML comments, entities and tags, the target of a
 * Markdown link or image, a container fence (`::: tip`), emoticons and YAML front matter.
 */
/** Each pattern with the literals one of which any match contains, so most texts skip the scan. */
type Pattern = readonly [RegExp, readonly string[]];
const CODE: readonly Pattern[] = [
  [/```[\s\S]*?(?:```|$)/gu, ['```']],
  [/`[^`\r\n]+`/gu, ['`']],
];
const OTHER: readonly Pattern[] = [
  [/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/gu, ['---']],
  [/<!--[\s\S]*?-->/gu, ['<!--']],
  [/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef“”‘’《》，。；：！？、]+/giu, ['://', 'www.', 'WWW.']],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, ['@']],
  [/&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/gu, ['&']],
  [/<\/?[a-zA-Z][\w-]*(?:\s[^<>\r\n]*)?\/?>/gu, ['<']],
  // The target of [text](target) or ![alt](target), with one level of brackets inside it.
  [/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\r\n]*")?\)/gu, ['](']],
  [/^[ \t]*:{3,}/gmu, [':::']],
  // A line of an indented Markdown code block that reads as code: a comment or a shell prompt.
  // Indentation alone proves nothing, as plain-text drafts indent their paragraphs with spaces.
  [/^(?: {4}|\t)[ \t]*(?:\/\/|\/\*|#|\$ |>>> ).*$/gmu, ['//', '/*', '#', '$ ', '>>> ']],
  // Emoticons: :) and ;-) anywhere but after a Latin word; :( and :D only where no word or bracket follows (要点:(1) is a colon); kaomoji such as (^_^) or T_T.
  [/(?<![A-Za-z0-9(（])[:;=]'?-?(?:\)|[DPp](?![\p{L}\p{N}])|\((?![\p{L}\p{N}(（]))|\(?(?:\^_*\^|[Tt]_+[Tt]|[oO>]_[<oO])\)?/gu, [':', ';', '=', '^', '_']],
];
/** Every literal, longest first, so that one pass over the text tells which of them occur. */
const LITERALS = new RegExp(
  [...new Set([...CODE, ...OTHER].flatMap(([, literals]) => literals))]
    .sort((a, b) => b.length - a.length)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))
    .join('|'),
  'gu',
);

const lastBuilt = new Map<boolean, { text: string; ranges: ProtectedRanges }>();

/** The protected ranges of `text`, shared by the rules that check one text in turn. */
export function protectedRanges(text: string, codeOnly = false): ProtectedRanges {
  const last = lastBuilt.get(codeOnly);
  if (last && last.text === text) return last.ranges;
  const ranges = new ProtectedRanges(text, codeOnly);
  lastBuilt.set(codeOnly, { text, ranges });
  return ranges;
}

export class ProtectedRanges {
  private readonly spans: Span[] = [];

  /** `codeOnly`: Markdown code alone, where ignore comments are examples rather than comments. */
  constructor(
    private readonly text: string,
    codeOnly = false,
  ) {
    const spans: Span[] = [];
    const present = new Set<string>();
    for (const m of text.matchAll(LITERALS)) present.add(m[0]);
    // A literal inside a longer one found (` in ```) is present too.
    const occurs = (literal: string) => [...present].some((found) => found.includes(literal));
    for (const [pattern, literals] of codeOnly ? CODE : [...CODE, ...OTHER]) {
      if (!literals.some(occurs)) continue;
      for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    spans.sort((a, b) => a.start - b.start);
    // Merged, so that one binary search answers `has`.

    for (const span of spans) {
      const last = this.spans[this.spans.length - 1];
      if (last && span.start <= last.end) this.spans[this.spans.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
      else this.spans.push(span);
    }
  }

  /** The protected stretches that hold a line break (code fences, comments, front matter): they must be read whole, never line by line. */
  overLines(): Span[] {
    return this.spans.filter((span) => /[\r\n]/u.test(this.text.slice(span.start, span.end)));
  }

  /** The start of the protected stretch that ends exactly at `offset`, if one does. */
  startOfEndingAt(offset: number): number | undefined {
    const at = this.find(offset - 1);
    return at !== undefined && this.spans[at].end === offset ? this.spans[at].start : undefined;
  }

  /** True when `offset` lies inside a protected stretch. */
  has(offset: number): boolean {
    return this.find(offset) !== undefined;
  }

  private find(offset: number): number | undefined {
    let low = 0;
    let high = this.spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = this.spans[mid];
      if (span.start > offset) high = mid - 1;
      else if (span.end <= offset) low = mid + 1;
      else return mid;
    }
    return undefined;
  }
}
