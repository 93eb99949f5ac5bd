import { defineMessages } from '../messages';
import type { Locale } from '../types';
import type { TermEntry, TermHistory } from './knowledge';
import { formatCitation } from './citation';
import { parseNumeral } from '../text/numerals';
import { isCompositeNumbered, numberedShape } from './numerals';
import { compileUserRegex } from '../text/safe-regex';
import { readDatedFields, type GlossaryArea } from './glossary-fields';
import { isDate } from '../document/date';

/**
 * A curated glossary (also accepted: a bare list, `terms` instead of `entries`, an entry that
 * is only a term): slogans with their definition, items and the public source of the
 * definition. `patterns` are non-canonical spellings of the term; each spec is a
 * textlint-prh style test case — `from` with every pattern replaced by the term must read
 * `to` — checked whenever the glossary loads.
 */
export interface GlossaryFile {
  readonly version?: number;
  readonly entries: readonly GlossaryFileEntry[];
}

export interface GlossaryFileEntry {
  readonly term: string;
  readonly area?: GlossaryArea;
  readonly definition: string;
  readonly items?: readonly string[];
  readonly aliases?: readonly string[];
  /** `file` names the text under corpus/official/ that spells every item out. */
  readonly source: { readonly title: string; readonly issuer?: string; readonly date?: string; readonly file?: string; readonly url?: string };
  /** When the formulation entered official usage: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly since?: string;
  readonly patterns?: readonly string[];
  readonly specs?: readonly { readonly from: string; readonly to: string }[];
  readonly history?: readonly GlossaryFileHistory[];
}

/** An earlier wording of an entry that official usage replaced on `until`: a file writes it as the knowledge base keeps it. */
export type GlossaryFileHistory = TermHistory;

export interface GlossaryProblem {
  /** The glossary's id: its file path, or `builtin:glossary.json`. */
  readonly glossary: string;
  readonly term?: string;
  /** Where in the file: `entries[3].specs[0]`. */
  readonly path: string;
  readonly message: string;
}

export interface LoadedGlossary {
  readonly entries: TermEntry[];
  /** Non-canonical spellings and the term each stands for. */
  readonly patterns: readonly { readonly pattern: RegExp; readonly term: string }[];
  readonly problems: GlossaryProblem[];
}

const messages = defineMessages({
  notObject: { zh: '术语表应为条目数组，或含 entries 数组的 JSON 对象', en: 'A glossary must be a list of entries or a JSON object with an "entries" array' },
  notEntry: { zh: '条目应为对象', en: 'An entry must be an object' },
  noTerm: { zh: '条目缺少 term（非空字符串）', en: 'The entry needs a "term" (a non-empty string)' },
  noDefinition: { zh: '“{term}”缺少 definition（释义）', en: '"{term}" needs a "definition"' },
  noSource: { zh: '“{term}”缺少 source.title（释义出处）', en: '"{term}" needs "source.title": where its definition comes from' },
  badList: { zh: '“{term}”的 {field} 应为字符串数组', en: '"{term}": "{field}" must be an array of strings' },
  countMismatch: {
    zh: '“{term}”列出 {actual} 项，与提法中的数字 {expected} 不符',
    en: '"{term}" lists {actual} items but its numeral promises {expected}',
  },
  duplicate: { zh: '“{term}”在本术语表中重复出现，以后者为准', en: '"{term}" appears twice in this glossary; the later entry wins' },
  badPattern: { zh: '“{term}”的写法模式无效：{pattern}（{reason}）', en: '"{term}": invalid pattern {pattern} ({reason})' },
  badSpec: { zh: '“{term}”的用例应为 {"from": "…", "to": "…"}', en: '"{term}": a spec must be {"from": "…", "to": "…"}' },
  badHistory: {
    zh: '“{term}”的 history 应为数组，每项含 until（日期）及 items（字符串数组）或 form（字符串）',
    en: '"{term}": "history" must be an array of elements with "until" (a date) and "items" (strings) or "form" (a string)',
  },
  badHistoryDate: {
    zh: '“{term}”的 {field} 应为日期 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”',
    en: '"{term}": "{field}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "{value}"',
  },
  badHistoryField: { zh: '“{term}”的 {field} 应为非空字符串', en: '"{term}": "{field}" must be a non-empty string' },
  specFailed: {
    zh: '“{term}”的用例未通过：输入“{from}”，期望“{to}”，实际“{actual}”',
    en: '"{term}": spec failed: from "{from}" expected "{to}" but got "{actual}"',
  },
});

/** The entries of a glossary: `{ "entries": [...] }`, `{ "terms": [...] }` or a bare list; an entry may be just a term. */
function entryList(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return undefined;
  const object = data as { entries?: unknown; terms?: unknown };
  if (Array.isArray(object.entries)) return object.entries;
  return Array.isArray(object.terms) ? object.terms : undefined;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0);
}

/** A pattern is literal text, or a regular expression written /…/ that cannot backtrack catastrophically. */
export function compilePattern(pattern: string): RegExp {
  const regex = /^\/(.+)\/([a-z]*)$/u.exec(pattern);
  if (regex) return compileUserRegex(regex[1], regex[2].includes('g') ? regex[2] : `${regex[2]}g`);
  return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu');
}

/** Replaces every non-canonical spelling in `text` with the term. */
function applyPatterns(text: string, patterns: LoadedGlossary['patterns']): string {
  let out = text;
  for (const { pattern, term } of patterns) out = out.replace(pattern, term);
  return out;
}

/**
 * The number of items a term promises: 4 for 四个关系, 8 for 三融五跨; undefined when it has no
 * numeral. A term whose numerals each count their own part may also promise their sum: 五位一体
 * is five things made one, but 三会一课 is three meetings and one lecture, 三去一降一补 five
 * tasks and 双随机、一公开 three; the count the entry lists is taken when it is one of the two.
 */
function promisedCount(term: string, listed?: number): number | undefined {
  const shape = numberedShape(term);
  const numerals = [...term.matchAll(/[一二两双三四五六七八九十]+/gu)].map((m) => parseNumeral(m[0]) ?? 0);
  const sum = numerals.reduce((total, n) => total + n, 0);
  if (shape && numerals.length > 1 && listed === sum) return listed;
  if (shape) return shape.count;
  if (!isCompositeNumbered(term)) return undefined;
  return sum;
}

type HistoryProblem = 'badHistory' | 'badHistoryDate' | 'badHistoryField';

/**
 * The earlier wordings of an entry. An element that cannot be read is reported and left
 * out: a wrong date would make the check flag text that was right when it was written.
 */
function readHistory(
  value: unknown,
  report: (path: string, key: HistoryProblem, params?: Record<string, string>) => void,
): TermHistory[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    report('', 'badHistory');
    return undefined;
  }
  const history: TermHistory[] = [];
  value.forEach((raw: unknown, k) => {
    const at = `[${k}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return report(at, 'badHistory');
    const element = raw as Record<string, unknown>;
    if (typeof element.until !== 'string' || !isDate(element.until)) {
      return report(`${at}.until`, 'badHistoryDate', { field: 'until', value: String(element.until ?? '') });
    }
    const hasItems = element.items !== undefined;
    const hasForm = element.form !== undefined;
    if (!hasItems && !hasForm) return report(at, 'badHistory');
    if (hasItems && (!isStringArray(element.items) || element.items.length < 2)) return report(`${at}.items`, 'badHistory');
    for (const field of ['form', 'to'] as const) {
      const text = element[field];
      if (text !== undefined && (typeof text !== 'string' || !text.trim())) return report(`${at}.${field}`, 'badHistoryField', { field });
    }
    let source: TermHistory['source'];
    if (element.source !== undefined) {
      const s = element.source as { title?: unknown; date?: unknown } | null;
      if (typeof s?.title !== 'string' || !s.title.trim()) return report(`${at}.source`, 'badHistoryField', { field: 'source.title' });
      if (s.date !== undefined && (typeof s.date !== 'string' || !isDate(s.date))) {
        return report(`${at}.source.date`, 'badHistoryDate', { field: 'source.date', value: String(s.date) });
      }
      source = { title: s.title, date: s.date as string | undefined };
    }
    history.push({
      until: element.until,
      items: hasItems ? (element.items as string[]) : undefined,
      form: hasForm ? (element.form as string).trim() : undefined,
      to: typeof element.to === 'string' ? element.to.trim() : undefined,
      source,
    });
  });
  return history.length > 0 ? history : undefined;
}

/** Reads and checks a glossary; a bad entry is reported and skipped, never thrown. */
export function loadGlossary(data: unknown, glossary: string, locale: Locale): LoadedGlossary {
  const t = messages(locale);
  const problems: GlossaryProblem[] = [];
  const entries = new Map<string, TermEntry>();
  const patterns: { pattern: RegExp; term: string }[] = [];
  const list = entryList(data);
  if (!Array.isArray(list)) {
    problems.push({ glossary, path: '', message: t('notObject') });
    return { entries: [], patterns, problems };
  }
  const specsToCheck: { term: string; path: string; from: string; to: string }[] = [];
  list.forEach((item: unknown, index) => {
    const at = `entries[${index}]`;
    const raw = typeof item === 'string' ? { term: item } : item;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({ glossary, path: at, message: t('notEntry') });
      return;
    }
    const entry = raw as Record<string, unknown>;
    const term = typeof entry.term === 'string' ? entry.term.trim() : '';
    if (!term) {
      problems.push({ glossary, path: at, message: t('noTerm') });
      return;
    }
    const report = (path: string, message: string) => problems.push({ glossary, term, path: `${at}${path}`, message });
    const hasDefinition = typeof entry.definition === 'string' && entry.definition.trim() !== '';
    if (entry.definition !== undefined && !hasDefinition) report('.definition', t('noDefinition', { term }));
    const source = entry.source as { title?: unknown; url?: unknown; issuer?: unknown; date?: unknown } | undefined;
    if (hasDefinition && (typeof source?.title !== 'string' || !source.title.trim())) report('.source', t('noSource', { term }));
    for (const field of ['items', 'aliases', 'patterns'] as const) {
      if (entry[field] !== undefined && !isStringArray(entry[field])) report(`.${field}`, t('badList', { term, field }));
    }
    const dated = readDatedFields(entry, term, locale, report);
    const items = isStringArray(entry.items) ? entry.items : undefined;
    const expected = promisedCount(term, items?.length);
    if (items && expected !== undefined && items.length !== expected) {
      report('.items', t('countMismatch', { term, actual: items.length, expected }));
    }
    const own: { pattern: RegExp; term: string }[] = [];
    const accepted: string[] = [];
    for (const pattern of isStringArray(entry.patterns) ? entry.patterns : []) {
      try {
        own.push({ pattern: compilePattern(pattern), term });
        accepted.push(pattern);
      } catch (error) {
        report('.patterns', t('badPattern', { term, pattern, reason: error instanceof Error ? error.message : String(error) }));
      }
    }
    patterns.push(...own);
    if (entry.specs !== undefined) {
      if (!Array.isArray(entry.specs)) report('.specs', t('badSpec', { term }));
      else
        entry.specs.forEach((spec: unknown, k) => {
          const s = spec as { from?: unknown; to?: unknown } | null;
          if (typeof s?.from !== 'string' || typeof s.to !== 'string') report(`.specs[${k}]`, t('badSpec', { term }));
          else specsToCheck.push({ term, path: `${at}.specs[${k}]`, from: s.from, to: s.to });
        });
    }
    const history = readHistory(entry.history, (path, key, params) => report(`.history${path}`, t(key, { term, ...params })));
    if (entries.has(term)) report('', t('duplicate', { term }));
    entries.set(term, {
      term,
      kind: 'glossary',
      definition: typeof entry.definition === 'string' ? entry.definition : undefined,
      definitionSource: typeof source?.title === 'string' ? formatCitation({ title: source.title, issuer: stringOr(source.issuer), date: stringOr(source.date) }) : undefined,
      definitionUrl: typeof source?.url === 'string' ? source.url : undefined,
      definitionIssuer: dated.issuer,
      definitionDate: dated.date,
      definitionFile: dated.file,
      since: dated.since,
      area: dated.area,
      items,
      numeral: expected,
      itemsMatchNumeral: items && expected !== undefined ? items.length === expected : undefined,
      aliases: isStringArray(entry.aliases) ? entry.aliases : undefined,
      // Only the patterns that compiled: a refused one is reported once, here, and never tried again.
      variants: accepted.length > 0 ? accepted : undefined,
      history,
      sources: [],
    });
  });
  for (const spec of specsToCheck) {
    // A spec sees every pattern of the glossary, so one entry's pattern cannot silently break another's text.
    const actual = applyPatterns(spec.from, patterns);
    if (actual !== spec.to) {
      problems.push({ glossary, term: spec.term, path: spec.path, message: t('specFailed', { term: spec.term, from: spec.from, to: spec.to, actual }) });
    }
  }
  return { entries: [...entries.values()], patterns, problems };
}
