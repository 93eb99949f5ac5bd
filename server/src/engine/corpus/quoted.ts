import type { DocumentModel } from '../document/model';
import type { SourceRef, TermEntry } from './knowledge';
import { articleAuthor } from './passage';

/** Quoted text longer than 30 characters is a quotation, not a slogan. */
const QUOTED = /“([^“”\r\n]{2,30})”/gu;

/** A quoted span of text that reads as a term, not a quoted sentence. */
function isTermLike(inner: string): boolean {
  return !/[。！？!?]/u.test(inner) && !/^\s|\s$/u.test(inner);
}

/** Collects every quoted term “…” with the sentences it appears in. */
export function collectQuotedTerms(model: DocumentModel, source: string): TermEntry[] {
  const found = new Map<string, SourceRef[]>();
  for (const article of model.articles) {
    const articleTitle = article.title?.text;
    const author = articleAuthor(article);
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const m of sentence.text.matchAll(QUOTED)) {
          const term = m[1];
          if (!isTermLike(term)) continue;
          const refs = found.get(term) ?? [];
          refs.push({ source, articleTitle, author, span: sentence.span, sentence: sentence.text });
          found.set(term, refs);
        }
      }
    }
  }
  return [...found].map(([term, sources]) => ({ term, kind: 'quoted' as const, sources }));
}
