import { defineMessages } from '../messages';
import { detectorOf } from '../duplicates/context';
import { CLAUSE_WINDOW, MIN_CLAUSE } from '../duplicates/thresholds';
import { clauseDeletionSpan } from './deletion';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '分句重复：“{clause}”在第 {line} 行刚刚出现过',
    en: 'Repeated clause: “{clause}” was just used on line {line}',
  },
  sameLine: {
    zh: '分句重复：“{clause}”在本段前面刚刚出现过',
    en: 'Repeated clause: “{clause}” was just used earlier in this paragraph',
  },
  related: { zh: '前一次出现', en: 'Previous occurrence' },
  fix: { zh: '删除重复的分句', en: 'Delete the repeated clause' },
});

/**
 * A clause of at least MIN_CLAUSE characters that repeats a clause of the same sentence or
 * of the CLAUSE_WINDOW sentences before it. Its fix is not applied by fix-all: the sentence
 * left behind may need rewording.
 */
export const duplicateClause: DocumentRule = {
  scope: 'document',
  code: 'duplicate-clause',
  defaultSeverity: 'warning',
  description: {
    zh: `相邻句子中重复出现的分句（不少于 ${MIN_CLAUSE} 字，前 ${CLAUSE_WINDOW} 句以内）`,
    en: `A clause (${MIN_CLAUSE}+ characters) repeated within the same or the ${CLAUSE_WINDOW} preceding sentences`,
  },
  check(context) {
    const { text, locale } = context;
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const found = detectorOf(context).analyze(context.document);
    for (const { words, earlier } of found.clauses) {
      // A clause of a paragraph broken across lines is quoted as it reads, joined.
      const clause = text.slice(words.start, words.end).replace(/[\r\n]+/gu, '');
      const line = found.lineOf(earlier.start);
      findings.push({
        code: 'duplicate-clause',
        span: words,
        message: line === found.lineOf(words.start) ? t('sameLine', { clause }) : t('message', { clause, line }),
        related: [{ span: earlier, message: t('related') }],
        fixes: [{ title: t('fix'), edits: [{ span: clauseDeletionSpan(text, words), newText: '' }], safe: false, preferred: true }],
      });
    }
    return findings;
  },
};
