import type { DocumentKind, Engine, Finding } from '../engine';

/**
 * Documents longer than this (in UTF-16 units, about 1.5 MB of Chinese in UTF-8, a book of some
 * 250 pages) are checked up to the last paragraph break before it, so that a keystroke's re-check
 * stays under 100 ms whatever the text: the document-wide rules read all of the checked part on
 * every keystroke.
 */
export const MAX_ANALYZED_LENGTH = 500_000;

/**
 * The first analysis of a document just opened checks only this much of it when the editor can
 * be told of the rest: the start of the text, which the drafter sees first, gets its findings at
 * once, and the whole checked part follows right after.
 */
export const QUICK_ANALYZED_LENGTH = 20_000;

/**
 * Only documents longer than this get a quick first analysis. In a shorter one the first analysis
 * costs mostly what every first analysis costs (code not yet compiled, knowledge not yet arranged),
 * and a quick one would only put the complete diagnostics later.
 */
export const QUICK_ABOVE_LENGTH = 100_000;

/** What the analysis reads of a document: its length and its start, without building the whole text. */
export interface AnalysisSource {
  readonly length: number;
  /** The first `end` code units. */
  textUpTo(end: number): string;
  /** As `String.prototype.lastIndexOf` for one character. */
  lastIndexOf(char: string, from: number): number;
}

/** A text already in one string, as an `AnalysisSource`. */
export function stringSource(text: string): AnalysisSource {
  return { length: text.length, textUpTo: (end) => text.slice(0, end), lastIndexOf: (char, from) => text.lastIndexOf(char, from) };
}

/** Findings for one version of one document. */
export interface Analysis {
  readonly version: number;
  /** The length of the whole text. */
  readonly length: number;
  readonly findings: readonly Finding[];
  /** How much of the text was checked: all of it unless the document is very large. */
  readonly analyzedLength: number;
  /** False for a quick first analysis that checked less than a full one would. */
  readonly complete: boolean;
}

/** The length of the prefix of `text` that is analysed: all of it, or up to a paragraph break near the limit. */
export function analyzedLength(text: string | AnalysisSource, limit = MAX_ANALYZED_LENGTH): number {
  if (text.length <= limit) return text.length;
  const lastBreak = text.lastIndexOf('\n', limit);
  return lastBreak > limit / 2 ? lastBreak + 1 : limit;
}

/**
 * Runs the engine per document version and keeps the latest result, so diagnostics,
 * code actions and fix-all agree on one analysis. If the engine throws on a document,
 * that document gets a single finding saying so and every other document keeps working.
 */
export class AnalysisCache {
  private readonly results = new Map<string, Analysis>();

  constructor(
    private readonly engine: () => Engine,
    private readonly onError: (uri: string, error: unknown) => void,
    private readonly onTruncated: (uri: string, analyzed: number, total: number) => void = () => undefined,
  ) {}

  /**
   * `kind` tells a .policy document, which the 公文 format rules always check. A `quick` analysis
   * of a document longer than QUICK_ABOVE_LENGTH checks at most QUICK_ANALYZED_LENGTH; any other
   * analysis replaces it with a complete one.
   */
  get(uri: string, version: number, source: string | AnalysisSource, kind?: DocumentKind, options?: { quick?: boolean }): Analysis {
    const cached = this.results.get(uri);
    if (cached && cached.version === version && cached.length === source.length && (cached.complete || options?.quick)) return cached;
    const text = typeof source === 'string' ? stringSource(source) : source;
    let findings: readonly Finding[];
    const full = analyzedLength(text);
    const length = options?.quick && text.length > QUICK_ABOVE_LENGTH ? Math.min(full, analyzedLength(text, QUICK_ANALYZED_LENGTH)) : full;
    if (length === full && full < text.length) this.onTruncated(uri, length, text.length);
    try {
      findings = this.engine().analyze(text.textUpTo(length), { kind });
    } catch (error) {
      this.onError(uri, error);
      const message = error instanceof Error ? error.message : String(error);
      findings = [
        {
          code: 'engine-error',
          severity: 'error',
          span: { start: 0, end: 0 },
          message: `Tifa: ${message}`,
        },
      ];
    }
    const analysis = { version, length: text.length, findings, analyzedLength: length, complete: length === full };
    this.results.set(uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
