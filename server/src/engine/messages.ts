import type { Locale } from './types';

/** A table of user-facing strings in both languages; `{name}` marks a parameter. */
export type MessageTable = Record<string, Readonly<Record<Locale, string>>>;

export type Translate<K extends string = string> = (key: K, params?: Record<string, string | number>) => string;

/**
 * Declares a module's messages next to the code that uses them and returns a lookup
 * for a locale: `const t = messages(locale); t('key', { line: 3 })`.
 */
export function defineMessages<T extends MessageTable>(table: T): (locale: Locale) => Translate<Extract<keyof T, string>> {
  // Each template is cut at its parameters once, not searched again for every message made.
  const compiled: Record<Locale, Map<string, readonly string[]>> = { zh: new Map(), en: new Map() };
  const partsOf = (key: string, locale: Locale) => {
    const cut = compiled[locale];
    let parts = cut.get(key);
    if (!parts) cut.set(key, (parts = table[key][locale].split(/\{(\w+)\}/u)));
    return parts;
  };
  return (locale) => (key, params) => {
    const parts = partsOf(key, locale);
    if (parts.length === 1) return parts[0];
    const pieces = parts.slice();
    for (let i = 1; i < parts.length; i += 2) {
      const value = params?.[parts[i]];
      pieces[i] = value === undefined ? `{${parts[i]}}` : String(value);
    }
    // Joined rather than concatenated: the message is a string of its own, not a chain that
    // keeps alive the document its parameters were cut from.
    return pieces.join('');
  };
}

/** `zh` for any zh-* locale, English otherwise. */
export function localeFrom(tag: string | undefined): Locale {
  return tag && tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Messages of the engine's own surface: hover, completion, fix-all. */
export const engineMessages = defineMessages({
  'hover.sources': { zh: '出处', en: 'Sources' },
  'hover.items': { zh: '内容', en: 'Items' },
  'hover.definition': { zh: '释义', en: 'Definition' },
  'hover.inDocument': { zh: '本文出现 {count} 次', en: 'Appears {count} times in this document' },
  'hover.inDocumentOnce': { zh: '本文出现 1 次', en: 'Appears once in this document' },
  'hover.noItems': {
    zh: '语料未列出其具体内容，以下为原文语境。',
    en: 'The corpus does not spell out its items; the context follows.',
  },
  largeDocument: {
    zh: '本文档很长（{total} 字符），为保持编辑流畅，Tifa 只检查前 {analyzed} 字符。',
    en: 'This document is very long ({total} characters); to keep the editor responsive, Tifa checks only the first {analyzed} characters.',
  },
  tooManyProblems: {
    zh: 'Tifa：另有 {left} 个问题未显示（每个文档最多显示 {max} 个，见设置 tifa.maxNumberOfProblems；tifa check 报告全部问题）',
    en: 'Tifa: {left} more problems not shown (at most {max} per document, see the setting tifa.maxNumberOfProblems; tifa check reports them all)',
  },
  'fixAll.title': { zh: 'Tifa：修复全部可自动修复的问题', en: 'Tifa: fix all auto-fixable problems' },
});

export type EngineTranslate = ReturnType<typeof engineMessages>;
