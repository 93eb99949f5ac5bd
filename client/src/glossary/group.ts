import type { GlossaryEntry } from '../../../server/src/lsp/protocol';

type SourceRef = GlossaryEntry['sources'][number];

/** A group of the glossary view: the entries found in one article or one glossary file. */
export interface GlossaryGroup {
  readonly label: string;
  /** The corpus source or glossary file the group comes from. */
  readonly source: string;
  /** Each entry with where this group's source has it, if it has a place. */
  readonly members: { readonly entry: GlossaryEntry; readonly ref?: SourceRef }[];
}

const BUILTIN = 'builtin:';

/**
 * Groups entries by the article (or, without one, the source) they are found in; an entry
 * cited by several articles appears under each. Curated entries that no article cites form
 * one group: each names its own source, and one group per source would hold one entry each.
 */
export function groupBySource(entries: readonly GlossaryEntry[], curatedLabel: string): GlossaryGroup[] {
  const groups = new Map<string, { label: string; source: string; members: { entry: GlossaryEntry; ref?: SourceRef }[] }>();
  const add = (key: string, label: string, source: string, entry: GlossaryEntry, ref?: SourceRef) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, source, members: [] }));
    if (!group.members.some((m) => m.entry === entry)) group.members.push(ref ? { entry, ref } : { entry });
  };
  for (const entry of entries) {
    if (entry.sources.length === 0) {
      add('\u0000curated', curatedLabel, curatedLabel, entry);
      continue;
    }
    for (const ref of entry.sources) {
      const source = ref.source.startsWith(BUILTIN) ? ref.source.slice(BUILTIN.length) : ref.source;
      add(`${source}\u0000${ref.articleTitle ?? ''}`, ref.articleTitle ?? source, source, entry, ref);
    }
  }
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...groups.values()].map((g) => ({ ...g, members: g.members.sort((a, b) => collator.compare(a.entry.term, b.entry.term)) }));
}
