import type { Locale } from './types';

/** Every user-facing string of the engine, in both languages. `{name}` marks a parameter. */
const MESSAGES = {
  'duplicate-sentence.message': {
    zh: '句子重复：与第 {line} 行的句子相同',
    en: 'Repeated sentence: the same as the sentence on line {line}',
  },
  'duplicate-sentence.related': { zh: '首次出现', en: 'First occurrence' },
  'duplicate-sentence.fix': { zh: '删除重复的句子', en: 'Delete the repeated sentence' },
  'hover.sources': { zh: '出处', en: 'Sources' },
  'hover.items': { zh: '内容', en: 'Items' },
  'hover.definition': { zh: '释义', en: 'Definition' },
  'hover.inDocument': { zh: '本文出现 {count} 次', en: 'Appears {count} times in this document' },
  'hover.noItems': {
    zh: '语料未列出其具体内容，以下为原文语境。',
    en: 'The corpus does not spell out its items; the context follows.',
  },
  'completion.detail': { zh: '提法 · 语料中出现 {count} 次', en: 'Slogan · {count} uses in the corpus' },
  'fixAll.title': { zh: 'Tifa：修复全部可自动修复的问题', en: 'Tifa: fix all auto-fixable problems' },
  'engine.failed': {
    zh: 'Tifa 无法分析本文档：{error}',
    en: 'Tifa could not analyse this document: {error}',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => {
    let text: string = MESSAGES[key][locale];
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
