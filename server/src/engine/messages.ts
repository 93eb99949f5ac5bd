import type { Locale } from './types';

/** A table of user-facing strings in both languages; `{name}` marks a parameter. */
export type MessageTable = Record<string, Readonly<Record<Locale, string>>>;

export type Translate<K extends string = string> = (key: K, params?: Record<string, string | number>) => string;

/**
 * Declares a module's messages next to the code that uses them and returns a lookup
 * for a locale: `const t = messages(locale); t('key', { line: 3 })`.
 */
export function defineMessages<T extends MessageTable>(table: T): (locale: Locale) => Translate<Extract<keyof T, string>> {
  return (locale) => (key, params) => {
    let text: string = table[key][locale];
    if (params) {
      for (const [name, value] of Object.entries(params)) text = text.split(`{${name}}`).join(String(value));
    }
    return text;
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
  'fixAll.title': { zh: 'Tifa：修复全部可自动修复的问题', en: 'Tifa: fix all auto-fixable problems' },
});

export type EngineTranslate = ReturnType<typeof engineMessages>;
