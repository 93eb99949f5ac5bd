import type { DocumentModel } from '../document/model';
import type { SourceRef, TermEntry } from './knowledge';
import { mergeEntries } from './knowledge';
import { mineNumbered, type Occurrence } from './numbered';
import { mineAttributed } from './attributed';
import { readPassage, type Passage } from './passage';
import { minePhrases } from './phrases';
import { collectQuotedTerms } from './quoted';

function refAt(passage: Passage, source: string, occurrence: Occurrence): SourceRef {
  const block = passage.blocks[occurrence.block];
  const article = passage.articles[block.article];
  const sentence = block.sentenceAt(occurrence.start);
  return {
    source,
    articleTitle: article?.title,
    author: article?.author,
    span: sentence.span,
    sentence: sentence.text,
    at: { start: block.toOriginal(occurrence.start), end: block.toOriginal(occurrence.end - 1) + 1 },
  };
}

/**
 * Everything the knowledge base learns from one corpus source: quoted terms, numbered
 * slogans with their items, and canonical multi-item phrasings.
 */
export function mineCorpus(model: DocumentModel, source: string): TermEntry[] {
  const passage = readPassage(model);
  const numbered: TermEntry[] = [...mineNumbered(passage), ...mineAttributed(passage)].map((slogan) => {
    const sources = slogan.occurrences.map((o) => refAt(passage, source, o));
    const definitionRef = slogan.definitionAt && refAt(passage, source, slogan.definitionAt);
    return {
      term: slogan.term,
      kind: 'numbered' as const,
      numeral: slogan.numeral,
      items: slogan.items,
      itemsMatchNumeral: slogan.itemsMatchNumeral,
      itemPattern: slogan.pattern,
      definition: slogan.definition,
      definitionSource: definitionRef && [definitionRef.articleTitle && `《${definitionRef.articleTitle}》`, definitionRef.author].filter(Boolean).join(' '),
      context: slogan.context,
      sources,
    };
  });
  const spelledOut = numbered.flatMap((e) => (e.items && e.itemsMatchNumeral ? [e.items] : []));
  const phrases: TermEntry[] = minePhrases(passage, spelledOut).map((phrase) => ({
    term: phrase.term,
    kind: 'phrase' as const,
    items: phrase.items,
    sources: phrase.occurrences.map((o) => refAt(passage, source, o)),
  }));
  const quoted = collectQuotedTerms(model, source).filter((entry) => !entry.term.includes('、'));
  return mergeEntries([numbered, phrases, quoted]);
}
