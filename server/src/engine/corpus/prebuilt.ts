import type { SourceRef, TermEntry, TermKind } from './knowledge';
import { formatCitation, type Citation } from './citation';

/**
 * A compact, JSON-ready form of what mining a corpus source yields, built once at build time
 * so the server does not re-mine the embedded corpus at every start. Article titles and
 * authors are stored once per source; a fingerprint of the text guards against a stale index.
 */
export interface CorpusIndex {
  readonly version: typeof INDEX_VERSION;
  readonly sources: readonly IndexedSource[];
}

interface IndexedSource {
  readonly id: string;
  readonly fingerprint: string;
  /** A digest of the text recorded with its provenance (the SHA-256 prefix of an official text), when it has one. */
  readonly digest?: string;
  readonly articles: readonly [title: string | null, author: string | null][];
  readonly entries: readonly IndexedEntry[];
}

type IndexedRef = [article: number, start: number, end: number, sentence: string, atStart?: number, atEnd?: number];

interface IndexedEntry extends Omit<TermEntry, 'sources' | 'kind'> {
  readonly kind: TermKind;
  readonly refs: readonly IndexedRef[];
}

const INDEX_VERSION = 1;

/** FNV-1a over the UTF-16 units, with the length: cheap, and enough to notice an edited corpus. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

export function buildCorpusIndex(sources: readonly { id: string; text: string; entries: readonly TermEntry[]; digest?: string }[]): CorpusIndex {
  return {
    version: INDEX_VERSION,
    sources: sources.map(({ id, text, entries, digest }) => {
      const articles: [string | null, string | null][] = [];
      const articleIndex = (ref: SourceRef) => {
        const key = articles.findIndex(([title, author]) => title === (ref.articleTitle ?? null) && author === (ref.author ?? null));
        if (key >= 0) return key;
        articles.push([ref.articleTitle ?? null, ref.author ?? null]);
        return articles.length - 1;
      };
      return {
        id,
        fingerprint: fingerprint(text),
        ...(digest ? { digest } : {}),
        articles,
        entries: entries.map(({ sources, ...rest }) => ({
          ...rest,
          refs: sources.map((ref): IndexedRef => {
            const row: IndexedRef = [articleIndex(ref), ref.span.start, ref.span.end, ref.sentence];
            if (ref.at) row.push(ref.at.start, ref.at.end);
            return row;
          }),
        })),
      };
    }),
  };
}

/**
 * The entries indexed for a source, or undefined when the index does not hold this source
 * or was built from a different text.
 */
export function entriesFromIndex(index: unknown, id: string, text: string): TermEntry[] | undefined {
  const source = indexedSource(index, id);
  return source && source.fingerprint === fingerprint(text) ? entriesOf(source) : undefined;
}

/**
 * The entries indexed for a source whose text the caller knows only by the digest its
 * provenance records: the embedded official texts are then not read at start.
 */
export function entriesFromIndexByDigest(index: unknown, id: string, digest: string, citation?: Citation): TermEntry[] | undefined {
  const source = indexedSource(index, id);
  return source && source.digest === digest ? entriesOf(source, citation) : undefined;
}

function indexedSource(index: unknown, id: string): IndexedSource | undefined {
  if (typeof index !== 'object' || index === null || (index as CorpusIndex).version !== INDEX_VERSION) return undefined;
  return (index as CorpusIndex).sources.find((s) => s.id === id);
}

/** The entries of an indexed source; cited by `citation`, as the engine cites an official text, when it is given. */
function entriesOf(source: IndexedSource, citation?: Citation): TermEntry[] {
  const label = citation && formatCitation(citation);
  return source.entries.map(({ refs, ...rest }) => ({
    ...rest,
    ...(label && rest.definition !== undefined ? { definitionSource: label } : {}),
    sources: refs.map(([article, start, end, sentence, atStart, atEnd]): SourceRef => {
      const [title, author] = source.articles[article] ?? [null, null];
      return {
        source: source.id,
        articleTitle: title ?? undefined,
        author: author ?? undefined,
        span: { start, end },
        sentence,
        at: atStart !== undefined && atEnd !== undefined ? { start: atStart, end: atEnd } : undefined,
        ...(citation ? { citation } : {}),
      };
    }),
  }));
}
