import type { KnowledgeBase, SourceRef, TermEntry } from './corpus/knowledge';
import type { EngineTranslate as Translate } from './messages';
import type { Span } from './types';

export interface HoverResult {
  readonly span: Span;
  readonly entry: TermEntry;
  /** Markdown shown to the user. */
  readonly markdown: string;
}

const MAX_SOURCES_SHOWN = 3;

export function hoverAt(knowledge: KnowledgeBase, text: string, offset: number, t: Translate): HoverResult | undefined {
  const hit = knowledge.termAt(text, offset);
  if (!hit) return undefined;
  const count = knowledge.occurrences(text, hit.entry.term).length;
  return { span: hit.span, entry: hit.entry, markdown: describeTerm(hit.entry, t, count) };
}

/** The Markdown description of a term, used by hover and completion documentation. */
export function describeTerm(entry: TermEntry, t: Translate, countInDocument?: number): string {
  const parts: string[] = [`**${escapeMarkdown(entry.term)}**`];
  if (entry.items && entry.items.length > 0) {
    parts.push(`${t('hover.items')}：\n\n${entry.items.map((item, i) => `${i + 1}. ${escapeMarkdown(item)}`).join('\n')}`);
  }
  if (entry.definition) {
    const from = entry.definitionSource ? `（${escapeMarkdown(entry.definitionSource)}）` : '';
    parts.push(`${t('hover.definition')}：${escapeMarkdown(entry.definition)}${from}`);
  }
  if (entry.sources.length > 0) {
    const shown = entry.sources.slice(0, MAX_SOURCES_SHOWN).map(formatSource);
    parts.push(`${t('hover.sources')}：\n\n${shown.join('\n\n')}`);
  }
  if (countInDocument !== undefined && countInDocument > 0) {
    parts.push(`_${t('hover.inDocument', { count: countInDocument })}_`);
  }
  return parts.join('\n\n---\n\n');
}

function formatSource(ref: SourceRef): string {
  const where = [ref.articleTitle ? `《${ref.articleTitle}》` : undefined, ref.author].filter(Boolean).join(' — ');
  return `> ${escapeMarkdown(ref.sentence)}${where ? `\n>\n> —— ${escapeMarkdown(where)}` : ''}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/gu, (c) => `\\${c}`);
}
