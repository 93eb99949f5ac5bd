import { sourceLabel, type KnowledgeBase, type SourceRef, type TermEntry, type TermHistory } from './corpus/knowledge';
import { chineseDate } from './corpus/citation';
import { defineMessages, type EngineTranslate as Translate } from './messages';
import type { Locale, Span } from './types';
import { formatPartialDate } from './corpus/glossary-fields';

export interface HoverResult {
  readonly span: Span;
  readonly entry: TermEntry;
  /** Markdown shown to the user. */
  readonly markdown: string;
}

export interface DescribeOptions {
  readonly locale?: Locale;
  /** A link to where a source sentence is, when its file is in the workspace. */
  readonly link?: (ref: SourceRef) => string | undefined;
}

const MAX_SOURCES_SHOWN = 3;
/** Characters of context shown on each side of the term in a source sentence. */
const CONTEXT_CHARS = 40;

const messages = defineMessages({
  kindNumbered: { zh: '提法', en: 'Slogan' },
  kindGlossary: { zh: '提法（术语表）', en: 'Slogan (glossary)' },
  kindPhrase: { zh: '规范表述', en: 'Canonical phrasing' },
  kindQuoted: { zh: '引用语', en: 'Quoted term' },
  itemCount: { zh: '{count} 项', en: '{count} items' },
  mismatch: {
    zh: '语料列出 {actual} 项，与提法中的数字 {expected} 不符。',
    en: 'The corpus lists {actual} items, not the {expected} the numeral promises.',
  },
  definitionFrom: { zh: '来源：{source}', en: 'Source: {source}' },
  since: { zh: '官方使用：{date}起', en: 'In official usage since {date}' },
  moreSources: { zh: '另有 {count} 处', en: '{count} more' },
  openSource: { zh: '打开原文', en: 'Open' },
  history: { zh: '表述沿革', en: 'Earlier wording' },
  historyItems: { zh: '{until}前为：{items}', en: 'Before {until}: {items}' },
  historyForm: { zh: '{until}前写作“{form}”，现为“{to}”', en: 'Before {until} written “{form}”, now “{to}”' },
  historySource: { zh: '（据{title}）', en: ' (per {title})' },
});

export function hoverAt(
  knowledge: KnowledgeBase,
  text: string,
  offset: number,
  t: Translate,
  options: DescribeOptions = {},
): HoverResult | undefined {
  const hit = knowledge.termAt(text, offset);
  if (!hit) return undefined;
  const count = countOccurrences(text, hit.entry.term);
  return { span: hit.span, entry: hit.entry, markdown: describeTerm(hit.entry, t, count, options) };
}

/** Counts in the text hovered last: a drafter reading a long document hovers it again and again. */
let counted: { text: string; counts: Map<string, number> } | undefined;

/** How often `term` occurs in `text`, without overlaps. */
function countOccurrences(text: string, term: string): number {
  if (counted?.text !== text) counted = { text, counts: new Map() };
  let count = counted.counts.get(term);
  if (count === undefined) {
    count = 0;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
    counted.counts.set(term, count);
  }
  return count;
}

/**
 * The Markdown description of a term, used by hover and completion documentation: the
 * term, its items in canonical order, its definition and where that comes from, the
 * corpus sentences it appears in (article — author), and its count in the document.
 */
export function describeTerm(entry: TermEntry, t: Translate, countInDocument?: number, options: DescribeOptions = {}): string {
  const m = messages(options.locale ?? 'zh');
  const kind = { numbered: m('kindNumbered'), glossary: m('kindGlossary'), phrase: m('kindPhrase'), quoted: m('kindQuoted') }[entry.kind];
  const items = entry.items && entry.items.length > 0 ? entry.items : undefined;
  const header = [`**${escapeMarkdown(entry.term)}**`, kind, items ? m('itemCount', { count: items.length }) : undefined];
  const parts: string[] = [header.filter(Boolean).join(' · ')];
  if (items) {
    const list = items.map((item, i) => `${i + 1}. ${escapeMarkdown(item)}`).join('\n');
    const warning =
      entry.itemsMatchNumeral === false && entry.numeral !== undefined
        ? `\n\n_${m('mismatch', { actual: items.length, expected: entry.numeral })}_`
        : '';
    parts.push(`${t('hover.items')}：\n\n${list}${warning}`);
  }
  if (entry.definition) {
    const locale = options.locale ?? 'zh';
    const source = entry.definitionSource ? escapeMarkdown(entry.definitionSource) : undefined;
    const linked = source && entry.definitionUrl ? `[${source}](${entry.definitionUrl})` : source;
    const since = entry.since ? `\n\n${m('since', { date: formatPartialDate(entry.since, locale) })}` : '';
    parts.push(`${t('hover.definition')}：${escapeMarkdown(entry.definition)}${linked ? `\n\n${m('definitionFrom', { source: linked })}` : ''}${since}`);
  }
  if (!items && !entry.definition && entry.kind === 'numbered') {
    parts.push(`_${t('hover.noItems')}_${entry.context ? `\n\n> ${highlight(entry.context, entry.term)}` : ''}`);
  }
  if (entry.history && entry.history.length > 0) parts.push(describeHistory(entry.history, entry.term, m, options.locale ?? 'zh'));
  if (entry.sources.length > 0) {
    const shown = entry.sources.slice(0, MAX_SOURCES_SHOWN).map((ref) => formatSource(ref, entry.term, options, m('openSource')));
    const more = entry.sources.length - MAX_SOURCES_SHOWN;
    if (more > 0) shown.push(`_${m('moreSources', { count: more })}_`);
    parts.push(`${t('hover.sources')}：\n\n${shown.join('\n\n')}`);
  }
  if (countInDocument !== undefined && countInDocument > 0) {
    parts.push(`_${countInDocument === 1 ? t('hover.inDocumentOnce') : t('hover.inDocument', { count: countInDocument })}_`);
  }
  return parts.join('\n\n---\n\n');
}

/** The earlier wordings of a term, each with the date it gave way and where it was written. */
function describeHistory(history: readonly TermHistory[], term: string, m: ReturnType<typeof messages>, locale: Locale): string {
  const date = (value: string) => (locale === 'zh' ? chineseDate(value) : value);
  const lines = history.map((h) => {
    const until = date(h.until);
    const said = [
      h.items ? m('historyItems', { until, items: h.items.join('、') }) : undefined,
      h.form ? m('historyForm', { until, form: nested(h.form), to: nested(h.to ?? term) }) : undefined,
    ].filter(Boolean).join(locale === 'zh' ? '；' : '; ');
    const title = h.source && [h.source.title, h.source.date && date(h.source.date)].filter(Boolean).join(locale === 'zh' ? '，' : ', ');
    return `- ${escapeMarkdown(said)}${title ? escapeMarkdown(m('historySource', { title })) : ''}`;
  });
  return `${m('history')}：\n\n${lines.join('\n')}`;
}

/** Quotation marks inside a quoted form become single ones: “‘一带一路’战略”. */
function nested(text: string): string {
  return text.replace(/“/gu, '‘').replace(/”/gu, '’');
}

function formatSource(ref: SourceRef, term: string, options: DescribeOptions, open: string): string {
  const where = sourceLabel(ref);
  const link = options.link?.(ref);
  const title = where ? escapeMarkdown(where) : '';
  const heading = link ? `${title}${title ? ' ' : ''}[${open}](${link})` : title;
  const quote = `> ${highlight(excerpt(ref.sentence, term), term)}`;
  return heading ? `${quote}\n>\n> —— ${heading}` : quote;
}

/** The sentence cut to the neighbourhood of the term, so a long sentence does not flood the hover. */
function excerpt(sentence: string, term: string): string {
  const at = sentence.indexOf(term);
  if (at < 0 || sentence.length <= 2 * CONTEXT_CHARS + term.length) return sentence;
  const start = Math.max(0, at - CONTEXT_CHARS);
  const end = Math.min(sentence.length, at + term.length + CONTEXT_CHARS);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

function highlight(sentence: string, term: string): string {
  return sentence
    .split(term)
    .map(escapeMarkdown)
    .join(`**${escapeMarkdown(term)}**`);
}

/** Escapes the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/gu, (c) => `\\${c}`);
}
