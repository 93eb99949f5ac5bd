import { locateItems } from '../canonical/enumerated';
import { insideTitle } from '../canonical/drafted';
import { findListRuns } from '../canonical/runs';
import { writtenEnumerations } from '../canonical/written';
import type { KnowledgeBase, TermEntry, TermHistory } from '../corpus/knowledge';
import { chineseDate } from '../corpus/citation';
import { onOrAfter } from '../document/date';
import { defineMessages, type Translate } from '../messages';
import type { Locale, Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  form: {
    zh: '“{written}”的提法已于{since}起改为“{current}”',
    en: '“{written}” has been replaced by “{current}” in official usage since {since}',
  },
  item: {
    zh: '“{term}”中的“{written}”已于{since}起改为“{current}”',
    en: 'In “{term}”, “{written}” has been replaced by “{current}” in official usage since {since}',
  },
  fix: { zh: '改为现行表述“{current}”', en: 'Change to the current “{current}”' },
});

interface FormChange {
  readonly entry: TermEntry;
  readonly form: string;
  readonly to: string;
  readonly until: string;
}

interface ItemsChange {
  readonly entry: TermEntry;
  readonly old: readonly string[];
  readonly until: string;
  /** The current item for each old one that was replaced, by index. */
  readonly replaced: ReadonlyMap<number, string>;
}

interface Changes {
  readonly forms: readonly FormChange[];
  readonly items: readonly ItemsChange[];
}

const changesOf = new WeakMap<KnowledgeBase, Changes>();

/** The earlier wordings of every entry, arranged for the check; built once per knowledge base. */
function changes(knowledge: KnowledgeBase): Changes {
  let found = changesOf.get(knowledge);
  if (found) return found;
  const forms: FormChange[] = [];
  const items: ItemsChange[] = [];
  for (const entry of knowledge.all()) {
    for (const h of entry.history ?? []) {
      if (h.form && h.form !== (h.to ?? entry.term)) forms.push({ entry, form: h.form, to: h.to ?? entry.term, until: h.until });
      const replaced = replacedItems(entry, h);
      if (h.items && replaced.size > 0) items.push({ entry, old: h.items, until: h.until, replaced });
    }
  }
  found = { forms, items };
  changesOf.set(knowledge, found);
  return found;
}

/** The old items that gave way to another, where the list kept its length: an item added or dropped has no one-to-one fix. */
function replacedItems(entry: TermEntry, history: TermHistory): Map<number, string> {
  const replaced = new Map<number, string>();
  const current = entry.items;
  if (!history.items || !current || current.length !== history.items.length) return replaced;
  history.items.forEach((item, i) => {
    if (!current.includes(item) && current[i] !== item) replaced.set(i, current[i]);
  });
  return replaced;
}

/** A form that holds quotation marks is quoted inside the message's own: “‘一带一路’战略”. */
function nested(text: string): string {
  return text.replace(/“/gu, '‘').replace(/”/gu, '’');
}

function since(until: string, locale: Locale): string {
  return locale === 'zh' ? chineseDate(until) : until;
}

function finding(span: Span, message: string, current: string, t: Translate<'fix'>): RuleFinding {
  return {
    code: 'superseded-phrase',
    span,
    message,
    fixes: [{ title: t('fix', { current }), edits: [{ span, newText: current }], safe: true, preferred: true }],
  };
}

/** An earlier form written out: “一带一路”战略 → “一带一路”倡议. */
function formFindings(text: string, change: FormChange, locale: Locale): RuleFinding[] {
  const t = messages(locale);
  const out: RuleFinding[] = [];
  // A form inside its own replacement (小康社会 in 全面小康社会) is the current wording, not the old one.
  const inside = change.to.indexOf(change.form);
  for (let at = text.indexOf(change.form); at >= 0; at = text.indexOf(change.form, at + change.form.length)) {
    if (insideTitle(text, at) || (inside >= 0 && text.startsWith(change.to, at - inside))) continue;
    const span = { start: at, end: at + change.form.length };
    const message = t('form', { written: nested(change.form), current: nested(change.to), since: since(change.until, locale) });
    out.push(finding(span, message, change.to, t));
  }
  return out;
}

/** Where the earlier list is written: next to the term, or as a 、-list of exactly its items. */
function oldListSpans(text: string, change: ItemsChange): Span[][] {
  const lists: Span[][] = [];
  const term = change.entry.term;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
    if (insideTitle(text, at)) continue;
    const from = Math.max(text.lastIndexOf('\n', at) + 1, 0);
    const lineEnd = text.indexOf('\n', at);
    const paragraph = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    for (const written of writtenEnumerations(paragraph, { start: at - from, end: at - from + term.length }, change.old)) {
      const spans = locateItems(paragraph, written, change.old);
      if (spans) lists.push(spans.map((s) => ({ start: s.start + from, end: s.end + from })));
    }
  }
  // A 、-list of exactly the earlier items is looked for only in the lines that hold a replaced one.
  const lines = new Set<number>();
  for (const index of change.replaced.keys()) {
    const item = change.old[index];
    for (let at = text.indexOf(item); at >= 0; at = text.indexOf(item, at + item.length)) lines.add(text.lastIndexOf('\n', at) + 1);
  }
  for (const from of lines) {
    const lineEnd = text.indexOf('\n', from);
    const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    for (const run of findListRuns(line)) {
      const spans = exactRun(line, run.segments, change.old);
      if (spans) lists.push(spans.map((s) => ({ start: s.start + from, end: s.end + from })));
    }
  }
  return lists;
}

/** The items' places when a run of 、-segments is exactly `items`: lead-in words before the first and trailing words after the last allowed. */
function exactRun(text: string, segments: readonly Span[], items: readonly string[]): Span[] | undefined {
  const n = segments.length;
  if (n !== items.length) return undefined;
  const spans: Span[] = [];
  for (let i = 0; i < n; i++) {
    const segment = segments[i];
    const item = items[i];
    const value = text.slice(segment.start, segment.end);
    if (i === 0 && value.endsWith(item)) spans.push({ start: segment.end - item.length, end: segment.end });
    else if (i === n - 1 && i > 0 && value.startsWith(item)) spans.push({ start: segment.start, end: segment.start + item.length });
    else if (value === item) spans.push(segment);
    else return undefined;
  }
  return spans;
}

function itemFindings(text: string, change: ItemsChange, locale: Locale): RuleFinding[] {
  const t = messages(locale);
  const out: RuleFinding[] = [];
  for (const spans of oldListSpans(text, change)) {
    for (const [index, current] of change.replaced) {
      const span = spans[index];
      if (insideTitle(text, span.start)) continue;
      const message = t('item', { term: change.entry.term, written: change.old[index], current, since: since(change.until, locale) });
      out.push(finding(span, message, current, t));
    }
  }
  return out;
}

/**
 * A formulation that official usage replaced before the document's date: an earlier form
 * (“一带一路”战略), or a slogan's earlier items (“四个全面” led by 全面建成小康社会 after
 * October 2020). A document dated before the change may say it, and a title 《…》 quotes
 * what was said then.
 */
export const supersededPhrase: DocumentRule = {
  scope: 'document',
  code: 'superseded-phrase',
  defaultSeverity: 'warning',
  description: {
    zh: '官方表述已更新、文档日期时已被取代的提法',
    en: 'A formulation that official usage had replaced by the date of the document',
  },
  check({ text, knowledge, locale, date }) {
    const { forms, items } = changes(knowledge);
    if (forms.length === 0 && items.length === 0) return [];
    const day = date?.();
    if (!day) return [];
    const out: RuleFinding[] = [];
    for (const change of forms) if (onOrAfter(day.date, change.until)) out.push(...formFindings(text, change, locale));
    for (const change of items) if (onOrAfter(day.date, change.until)) out.push(...itemFindings(text, change, locale));
    const seen = new Set<string>();
    return out
      .sort((a, b) => a.span.start - b.span.start)
      .filter((f) => {
        const key = `${f.span.start}:${f.span.end}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  },
};
