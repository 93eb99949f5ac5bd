import { enumerationRuns, type EnumerationRun } from '../document/enumerations';
import type { Paragraph, Sentence } from '../document/model';
import { chineseNumeral, chineseNumeralValue } from '../text/numerals';
import { lastAtOrBefore } from '../text/lines';
import { defineMessages } from '../messages';
import type { Span } from '../types';
import type { DocumentRule, RuleContext, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '“{phrase}”应列 {promised} 项，下文列出 {listed} 项',
    en: "'{phrase}' announces {promised} items, but {listed} are listed",
  },
  known: { zh: '。语料中的“{term}”：{items}', en: ". The corpus gives '{term}' as: {items}" },
  missing: { zh: '。对照语料，未列出：{items}', en: '. Compared with the corpus, not listed: {items}' },
  related: { zh: '列出的第一项', en: 'The first listed item' },
  fix: { zh: '把“{from}”改为“{to}”', en: "Change '{from}' to '{to}'" },
});

/** Any counting phrase: 五个, 三件, 四点, 两个方面. A sentence with two of them introduces the phrases, not their items. */
const ANY_COUNT = /([两二三四五六七八九十]{1,3})(?:个方面|个|点|项|条|件|种|方面)/gu;
/** Phrases that announce a list: 以下四点, “五个转变”, 三件大事： */
const ANNOUNCING = /(以下|如下|下列)?([两二三四五六七八九十]{1,3})(个方面|个|点|项|条|件|种|方面)/u;
const QUOTED_BEFORE = /((?:“[^“”]{1,30}”[、，,和及与]?){2,})$/u;
const MAX_ITEMS = 20;
const MAX_NOUN = 6;

interface Announcement {
  readonly phrase: Span;
  readonly numeral: Span;
  readonly promised: number;
  /** The slogan the numeral belongs to, e.g. 五个转变 in 推动“五个转变”, to look up in the knowledge base. */
  readonly term?: string;
  /** The phrase sits inside quotation marks. */
  readonly quoted: boolean;
}

/**
 * A phrase that announces a number of items (“五个转变”, 以下四点, 三件大事：) followed by
 * an enumeration of a different length. The document's own enumeration is read: 一是…二是…,
 * numbered headings, quoted items just before the phrase, or a list of clauses that
 * share their opening verb. Where the corpus knows the slogan's items, the message names them.
 */
export const itemCount: DocumentRule = {
  scope: 'document',
  code: 'item-count',
  defaultSeverity: 'warning',
  description: { zh: '列举的项数与所说的数目不符', en: 'An enumeration whose length differs from the number announced' },
  check(context) {
    const { text, document, locale } = context;
    const t = messages(locale);
    const runs = firstItemOrder(enumerationRuns(document));
    const findings: RuleFinding[] = [];
    const counts = countPhraseStarts(text);
    let next = 0;
    for (const paragraph of document.paragraphs) {
      paragraph.sentences.forEach((sentence, s) => {
        while (next < counts.length && counts[next] < sentence.span.start) next++;
        if (next === counts.length || counts[next] >= sentence.span.end) return;
        const announcement = announcementIn(sentence);
        if (!announcement) return;
        const listed = listedCount(text, announcement, paragraph, s, runs, document.paragraphs);
        if (!listed || listed.count === announcement.promised) return;
        const from = text.slice(announcement.numeral.start, announcement.numeral.end);
        const to = listed.count === 2 && from === '两' ? '两' : chineseNumeral(listed.count);
        findings.push({
          code: 'item-count',
          span: announcement.phrase,
          message: t('message', { phrase: text.slice(announcement.phrase.start, announcement.phrase.end), promised: announcement.promised, listed: listed.count }) + knownItems(context, announcement, t),
          related: listed.first ? [{ span: listed.first, message: t('related') }] : undefined,
          fixes: [{ title: t('fix', { from, to }), edits: [{ span: announcement.numeral, newText: to }], safe: false }],
        });
      });
    }
    return findings;
  },
};

/**
 * Where counting phrases start, found in one pass over the text: most sentences hold none,
 * and reading each sentence apart costs more than the whole text at once.
 */
function countPhraseStarts(text: string): number[] {
  return Array.from(text.matchAll(ANY_COUNT), (m) => m.index);
}

function announcementIn(sentence: Sentence): Announcement | undefined {
  const phrases = [...sentence.text.matchAll(ANY_COUNT)];
  if (phrases.length !== 1) return undefined;
  const m = ANNOUNCING.exec(sentence.text);
  if (!m) return undefined;
  const promised = chineseNumeralValue(m[2]);
  if (promised === undefined || promised < 2 || promised > MAX_ITEMS) return undefined;
  const at = m.index;
  const before = sentence.text[at - 1];
  if (before === '等') return undefined;
  const quoted = before === '“' ? /^[^“”]{1,20}(?=”)/u.exec(sentence.text.slice(at))?.[0] : undefined;
  const end = quoted ? at + quoted.length : m[1] ? at + m[0].length : at + m[0].length + hanRunLength(sentence.text, at + m[0].length);
  const numeralAt = at + (m[1]?.length ?? 0);
  const original = (offset: number) => sentence.span.start + offset;
  // Offsets inside a sentence map one to one unless the sentence spans a broken line; such announcements are skipped.
  if (sentence.span.end - sentence.span.start !== sentence.text.length) return undefined;
  return {
    phrase: { start: original(at), end: original(end) },
    numeral: { start: original(numeralAt), end: original(numeralAt + m[2].length) },
    promised,
    term: quoted ?? (m[1] ? undefined : sentence.text.slice(at, end)),
    quoted: quoted !== undefined,
  };
}

/** The noun after a count, 核心要素 in 五个核心要素：Han characters, at most a few. */
function hanRunLength(text: string, from: number): number {
  let n = 0;
  while (n < MAX_NOUN && /\p{Script=Han}/u.test(text[from + n] ?? '')) n++;
  return n;
}

interface Listed {
  readonly count: number;
  readonly first?: Span;
}

function listedCount(
  text: string,
  announcement: Announcement,
  paragraph: Paragraph,
  index: number,
  runs: RunsByStart,
  paragraphs: readonly Paragraph[],
): Listed | undefined {
  const sentence = paragraph.sentences[index];
  const run = runRightAfter(text, runs, announcement, paragraph, index);
  if (run) return { count: run.markers.length, first: run.markers[0].span };
  const head = text.slice(sentence.span.start, announcement.phrase.start - (announcement.quoted ? 1 : 0));
  const quoted = QUOTED_BEFORE.exec(head);
  if (quoted) return { count: quoted[1].match(/“/gu)!.length };
  const tail = text.slice(announcement.phrase.end, sentence.span.end).replace(/[”：:。！？\s]/gu, '');
  if (tail.length > 0) return undefined;
  const next = paragraph.sentences[index + 1] ?? (sentence.text.endsWith('：') ? paragraphs[paragraph.index + 1]?.sentences[0] : undefined);
  if (!next) return undefined;
  const clauses = next.text.replace(/[。！？]$/u, '').split(/[；;]/u).map((c) => c.trim());
  if (clauses.length < 2 || clauses.some((c) => c.length < 4)) return undefined;
  const opening = clauses[0].slice(0, 2);
  if (!/^\p{Script=Han}{2}$/u.test(opening) || clauses.some((c) => !c.startsWith(opening))) return undefined;
  return { count: clauses.length, first: next.span };
}

/** The enumerations with where each first item starts, which is their order. */
interface RunsByStart {
  readonly runs: readonly EnumerationRun[];
  readonly starts: readonly number[];
}

function firstItemOrder(runs: readonly EnumerationRun[]): RunsByStart {
  return { runs, starts: runs.map((run) => run.markers[0].span.start) };
}

/**
 * The first run whose first item follows the announcement. Only runs that start between the
 * announcement and the next sentence, or the blanks after the paragraph, can: they are found by
 * a binary search, not by reading every run of the document for every announcement.
 */
function runRightAfter(text: string, { runs, starts }: RunsByStart, announcement: Announcement, paragraph: Paragraph, index: number): EnumerationRun | undefined {
  if (runs.length === 0) return undefined;
  const sentence = paragraph.sentences[index];
  const next = paragraph.sentences[index + 1];
  let bound = next ? Math.max(sentence.span.end, next.span.start) : paragraph.span.end;
  if (!next) while (bound < text.length && /\s/u.test(text[bound])) bound++;
  const from = announcement.phrase.end;
  for (let k = starts[0] >= from ? 0 : lastAtOrBefore(starts, from - 1) + 1; k < runs.length && starts[k] <= bound; k++) {
    if (startsRightAfter(text, runs[k], announcement, paragraph, index)) return runs[k];
  }
  return undefined;
}

/** The run's first item follows the announcement: in the same sentence, as the next sentence, or at the next paragraph or heading. */
function startsRightAfter(
  text: string,
  run: EnumerationRun,
  announcement: Announcement,
  paragraph: Paragraph,
  index: number,
): boolean {
  const first = run.markers[0];
  if (first.value !== 1 || run.markers.length < 2) return false;
  const sentence = paragraph.sentences[index];
  if (first.span.start >= announcement.phrase.end && first.span.start < sentence.span.end) return true;
  const next = paragraph.sentences[index + 1];
  if (next) return first.span.start === next.span.start;
  if (!/[：:]$/u.test(sentence.text) || first.span.start < paragraph.span.end) return false;
  return /^\s*$/u.test(text.slice(paragraph.span.end, first.span.start));
}

/** The corpus's items for the slogan, naming those the document leaves out when there are any. */
function knownItems(context: RuleContext, announcement: Announcement, t: ReturnType<typeof messages>): string {
  if (!announcement.term) return '';
  const items = context.knowledge.get(announcement.term)?.items;
  if (!items || items.length === 0) return '';
  const after = context.text.slice(announcement.phrase.end);
  const missing = items.filter((item) => !after.includes(item));
  if (missing.length > 0 && missing.length < items.length) return t('missing', { term: announcement.term, items: missing.join('、') });
  return t('known', { term: announcement.term, items: items.join('、') });
}
