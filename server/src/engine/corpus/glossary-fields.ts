import { defineMessages } from '../messages';
import type { Locale } from '../types';
import { chineseDate } from './citation';
import { isDate } from '../document/date';

/** The areas of official usage a curated entry belongs to; the embedded glossary keeps one file per area. */
export const GLOSSARY_AREAS = [
  'party-building',
  'theory',
  'economy',
  'reform',
  'rule-of-law',
  'rural',
  'ecology',
  'livelihood',
  'culture',
  'defence',
  'foreign-affairs',
  'hk-macao-taiwan',
  'governance',
  'numbered',
] as const;

export type GlossaryArea = (typeof GLOSSARY_AREAS)[number];

/** The dated facts of a curated entry: what it belongs to, who issued its source and when, since when it is in use. */
export interface DatedFields {
  readonly area?: GlossaryArea;
  /** The body that issued the defining text: 中国共产党第十九次全国代表大会, 国务院. */
  readonly issuer?: string;
  /** The date of the defining text, YYYY[-MM[-DD]]. */
  readonly date?: string;
  /** The official text under corpus/official/ that spells every item out. */
  readonly file?: string;
  /** When the formulation entered official usage, YYYY[-MM[-DD]]. */
  readonly since?: string;
}

const messages = defineMessages({
  badArea: {
    zh: '“{term}”的 area 应为以下之一：{areas}',
    en: '"{term}": "area" must be one of {areas}',
  },
  badText: { zh: '“{term}”的 {field} 应为非空字符串', en: '"{term}": "{field}" must be a non-empty string' },
  badDate: {
    zh: '“{term}”的 {field} 不是有效日期：{value}（应写作 YYYY、YYYY-MM 或 YYYY-MM-DD）',
    en: '"{term}": "{field}" is not a valid date: {value} (write YYYY, YYYY-MM or YYYY-MM-DD)',
  },
  badFile: {
    zh: '“{term}”的 source.file 应为官方文本的文件名（如 gov-report-2024.txt）：{value}',
    en: '"{term}": "source.file" must be the file name of an official text (such as gov-report-2024.txt): {value}',
  },
});

/** A date written for readers: 2017年10月18日 in Chinese, the ISO form otherwise. */
export function formatPartialDate(value: string, locale: Locale): string {
  return locale === 'zh' ? chineseDate(value) : value;
}

/**
 * Reads `area`, `source.issuer`, `source.date`, `source.file` and `since` of an entry. A bad
 * value is reported through `report` (path relative to the entry) and left out; nothing throws.
 */
export function readDatedFields(
  entry: Record<string, unknown>,
  term: string,
  locale: Locale,
  report: (path: string, message: string) => void,
): DatedFields {
  const t = messages(locale);
  const out: { -readonly [K in keyof DatedFields]: DatedFields[K] } = {};
  if (entry.area !== undefined) {
    if (typeof entry.area === 'string' && (GLOSSARY_AREAS as readonly string[]).includes(entry.area)) out.area = entry.area as GlossaryArea;
    else report('.area', t('badArea', { term, areas: GLOSSARY_AREAS.join(', ') }));
  }
  const source = typeof entry.source === 'object' && entry.source !== null ? (entry.source as Record<string, unknown>) : {};
  const text = (value: unknown, field: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
    report(`.${field}`, t('badText', { term, field }));
    return undefined;
  };
  const date = (value: unknown, field: string): string | undefined => {
    const written = text(value, field);
    if (written === undefined) return undefined;
    if (isDate(written)) return written;
    report(`.${field}`, t('badDate', { term, field, value: written }));
    return undefined;
  };
  out.issuer = text(source.issuer, 'source.issuer');
  out.date = date(source.date, 'source.date');
  const file = text(source.file, 'source.file');
  if (file !== undefined) {
    // A bare file name: the official texts are one folder, and a path would let an entry point anywhere.
    if (/^[\w.-]+\.txt$/u.test(file) && !file.startsWith('.')) out.file = file;
    else report('.source.file', t('badFile', { term, value: file }));
  }
  out.since = date(entry.since, 'since');
  for (const key of Object.keys(out) as (keyof DatedFields)[]) if (out[key] === undefined) delete out[key];
  return out;
}
