import type { DocumentModel } from '../document/model';
import { defineMessages } from '../messages';
import type { Locale } from '../types';
import type { CorpusSourceInfo } from './corpus-index';
import type { DuplicateDetector } from './detector';

/** How much of a document matches one corpus source. */
export interface SourceOverlap {
  readonly source: string;
  readonly title: string;
  /** Content characters of the document in sentences that match this source. */
  readonly matchedCharacters: number;
  /** matchedCharacters as a share of the document's content characters, 0–100. */
  readonly percent: number;
  readonly passages: number;
}

export interface OverlapReport {
  /** Content characters (Han, letters, digits) of the document. */
  readonly characters: number;
  /** Sources with any overlap, the largest first. */
  readonly sources: readonly SourceOverlap[];
}

const messages = defineMessages({
  source: { zh: '与《{title}》重合 {percent}%', en: '{percent}% overlaps 《{title}》' },
  separator: { zh: '；', en: '; ' },
  none: { zh: '未发现与语料重合的内容', en: 'Nothing overlaps the corpus' },
});

/** The title a source is known by: its first article's title, else its file name. */
export function sourceTitle(source: CorpusSourceInfo | undefined): string {
  if (!source) return '';
  if (source.title) return source.title;
  const name = source.id.replace(/^builtin:/u, '').split(/[\\/]/u).pop() ?? source.id;
  return name.replace(/\.(txt|md|policy)$/u, '');
}

/** The overall overlap of a document with each corpus source (“与《…》重合 12%”). */
export function overlapReport(detector: DuplicateDetector, document: DocumentModel): OverlapReport {
  const result = detector.analyze(document);
  const bySource = new Map<string, { matched: number; passages: number }>();
  for (const overlap of detector.overlaps(document, 'all')) {
    for (const match of overlap.matches) {
      const entry = bySource.get(match.target.source) ?? { matched: 0, passages: 0 };
      entry.matched += overlap.contentLength;
      entry.passages++;
      bySource.set(match.target.source, entry);
    }
  }
  const characters = result.contentLength;
  const sources = [...bySource].map(([source, { matched, passages }]) => ({
    source,
    title: sourceTitle(detector.corpus.source(source)),
    matchedCharacters: matched,
    percent: characters === 0 ? 0 : Math.round((matched / characters) * 1000) / 10,
    passages,
  }));
  return { characters, sources: sources.sort((a, b) => b.percent - a.percent) };
}

/** One line for the user: “与《…》重合 12%；与《…》重合 3%”, or that nothing overlaps. */
export function overlapSummary(report: OverlapReport, locale: Locale): string {
  const t = messages(locale);
  if (report.sources.length === 0) return t('none');
  return report.sources.map((s) => t('source', { title: s.title, percent: s.percent })).join(t('separator'));
}
