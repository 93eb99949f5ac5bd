import { defineMessages } from './messages';
import { protectedRanges, type ProtectedRanges } from './text/protected';
import type { RuleFinding } from './rules/rule';
import type { Locale, Span } from './types';

/** The code of the finding that reports an unknown rule code in an ignore comment. */
export const UNKNOWN_RULE = 'unknown-rule';

/** How `unknown-rule` presents itself among the rules. */
export const UNKNOWN_RULE_INFO = {
  code: UNKNOWN_RULE,
  defaultSeverity: 'warning',
  description: { zh: '忽略注释中不存在的规则代码', en: 'An unknown rule code in an ignore comment' },
} as const;

const messages = defineMessages({
  unknown: {
    zh: '忽略注释中的规则代码“{code}”不存在',
    en: "Unknown rule code '{code}' in an ignore comment",
  },
});

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

interface Directive {
  readonly kind: DirectiveKind;
  /** The whole comment or line. */
  readonly span: Span;
  /** Named rule codes; empty means every rule. */
  readonly codes: readonly { code: string; span: Span }[];
}

/** `<!-- tifa-disable a b -->` anywhere, in Markdown and plain text alike. */
const COMMENT = /<!--\s*tifa-(disable-next-line|disable|enable)\b([^\r\n]*?)-->/gu;
/** `tifa-disable a, b` on a line of its own, the plain-text form. */
const BARE_LINE = /^[ \t]*tifa-(disable-next-line|disable|enable)\b([^\S\r\n]+[\w, \t-]*)?[ \t]*$/gmu;
const CODE = /[\w-]+/gu;

/**
 * Ignore comments: `tifa-disable [codes]` … `tifa-enable [codes]` switch rules off for a
 * stretch of text, `tifa-disable-next-line [codes]` for the next non-blank line. Without
 * codes they apply to every rule. Findings that touch a comment's own text are dropped too.
 * Inside Markdown code the words are an example, not a comment.
 */
export class Suppressions {
  private readonly regions: { code?: string; span: Span }[] = [];
  private readonly directives: Directive[];

  constructor(text: string) {
    this.directives = readDirectives(text);
    const open = new Map<string | undefined, number>();
    for (const directive of this.directives) {
      const codes = directive.codes.length > 0 ? directive.codes.map((c) => c.code) : [undefined];
      if (directive.kind === 'disable') {
        for (const code of codes) if (!open.has(code)) open.set(code, directive.span.end);
      } else if (directive.kind === 'enable') {
        const closing = directive.codes.length > 0 ? codes : [...open.keys()];
        for (const code of closing) {
          const start = open.get(code);
          if (start === undefined) continue;
          this.regions.push({ code, span: { start, end: directive.span.start } });
          open.delete(code);
        }
      } else {
        const line = nextLine(text, directive.span.end);
        if (line) for (const code of codes) this.regions.push({ code, span: line });
      }
    }
    for (const [code, start] of open) this.regions.push({ code, span: { start, end: text.length } });
  }

  get isEmpty(): boolean {
    return this.directives.length === 0;
  }

  /** The text with every ignore comment blanked out, offsets and line breaks kept, so rules never read the comments. */
  masked(text: string): string {
    if (this.directives.length === 0) return text;
    let out = '';
    let at = 0;
    for (const { span } of this.directives) {
      out += text.slice(at, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/gu, ' ');
      at = span.end;
    }
    return out + text.slice(at);
  }

  /** True when a finding of `code` at `span` is switched off. */
  suppresses(code: string, span: Span): boolean {
    if (code === UNKNOWN_RULE) return false;
    // A finding that reaches into a comment (a paragraph joined across it) would edit the comment away.
    for (const directive of this.directives) if (span.start < directive.span.end && directive.span.start < span.end) return true;
    return this.regions.some((r) => (r.code === undefined || r.code === code) && span.start >= r.span.start && span.start < r.span.end);
  }

  /** A finding for every code in a comment that `known` does not hold. */
  unknownCodes(known: ReadonlySet<string>, locale: Locale): RuleFinding[] {
    const t = messages(locale);
    return this.directives.flatMap((d) =>
      d.codes.filter((c) => !known.has(c.code)).map((c) => ({ code: UNKNOWN_RULE, span: c.span, message: t('unknown', { code: c.code }) })),
    );
  }
}

function readDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  // Every directive names itself: a text without the word has none, and a long one is not scanned line by line.
  if (!text.includes('tifa-')) return directives;
  let code: ProtectedRanges | undefined;
  const collect = (pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      code ??= protectedRanges(text, true);
      if (code.has(start)) continue;
      const argsAt = start + m[0].indexOf(m[1]) + m[1].length;
      const args = m[2] ?? '';
      const codes = [...args.matchAll(CODE)].map((c) => ({ code: c[0], span: { start: argsAt + c.index, end: argsAt + c.index + c[0].length } }));
      directives.push({ kind: m[1] as DirectiveKind, span: { start, end: start + m[0].length }, codes });
    }
  };
  collect(COMMENT);
  collect(BARE_LINE);
  return directives.sort((a, b) => a.span.start - b.span.start);
}

/** The next line after `offset` that has any text, without its line break. */
function nextLine(text: string, offset: number): Span | undefined {
  let at = text.indexOf('\n', offset);
  const lone = text.indexOf('\r', offset);
  if (at < 0 || (lone >= 0 && lone < at)) at = lone;
  if (at < 0) return undefined;
  let start = at + 1;
  for (;;) {
    while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (start >= text.length) return undefined;
    if (text.slice(start, end).trim()) return { start, end };
    start = end;
  }
}
