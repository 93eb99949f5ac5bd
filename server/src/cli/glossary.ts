import { sourceLabel, type Locale, type TermEntry } from '../engine';
import { escapeMarkdown } from '../engine/hover';
import { defineMessages } from '../engine/messages';
import { formatPartialDate } from '../engine/corpus/glossary-fields';
import type { GlossaryOptions } from './args';
import type { CommandContext } from './io';

const messages = defineMessages({
  title: { zh: 'Tifa 提法知识库', en: 'Tifa knowledge base' },
  count: { zh: '共 {count} 条提法。', en: '{count} slogan(s).' },
  kind: { zh: '类型', en: 'Kind' },
  items: { zh: '内容', en: 'Items' },
  definition: { zh: '释义', en: 'Definition' },
  since: { zh: '官方使用', en: 'In official usage since' },
  sources: { zh: '出处（{count} 处）', en: 'Sources ({count})' },
  more: { zh: '另有 {count} 处', en: '{count} more' },
});

/** Sources listed per term in Markdown; the JSON output has them all. */
const MAX_SOURCES_SHOWN = 5;

/** `tifa glossary`: every known term, sorted as a Chinese reader expects (by pinyin). */
export function runGlossary(options: GlossaryOptions, context: CommandContext): number {
  const { io, discovery } = context;
  if (!discovery.usable) return 2;
  const engine = discovery.defaultEngine();
  const entries = sortEntries(engine.glossary());
  io.out(options.format === 'json' ? JSON.stringify(entries, null, 2) : glossaryMarkdown(entries, engine.config.locale));
  return 0;
}

export function sortEntries(entries: readonly TermEntry[]): TermEntry[] {
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...entries].sort((a, b) => collator.compare(a.term, b.term) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

export function glossaryMarkdown(entries: readonly TermEntry[], locale: Locale): string {
  const t = messages(locale);
  const out = [`# ${t('title')}`, '', t('count', { count: entries.length })];
  for (const entry of entries) {
    out.push('', `## ${escapeMarkdown(entry.term)}`, '', `- ${t('kind')}: ${entry.kind}`);
    if (entry.items && entry.items.length > 0) out.push(`- ${t('items')}: ${entry.items.map(escapeMarkdown).join('；')}`);
    if (entry.definition) {
      const source = entry.definitionSource ?? '';
      out.push(`- ${t('definition')}: ${escapeMarkdown(entry.definition)}${source ? `（${escapeMarkdown(source)}）` : ''}`);
    }
    if (entry.since) out.push(`- ${t('since')}: ${formatPartialDate(entry.since, locale)}`);
    if (entry.sources.length > 0) {
      out.push(`- ${t('sources', { count: entry.sources.length })}:`);
      for (const source of entry.sources.slice(0, MAX_SOURCES_SHOWN)) {
        const where = sourceLabel(source, ' ');
        out.push(`  - ${escapeMarkdown(source.sentence)}${where ? ` —— ${escapeMarkdown(where)}` : ''} \`${source.source}\``);
      }
      if (entry.sources.length > MAX_SOURCES_SHOWN) out.push(`  - ${t('more', { count: entry.sources.length - MAX_SOURCES_SHOWN })}`);
    }
  }
  return out.join('\n');
}
