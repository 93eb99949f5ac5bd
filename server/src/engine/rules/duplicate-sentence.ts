import { defineMessages } from '../messages';
import { detectorOf } from '../duplicates/context';
import { deletionSpan } from './deletion';
import type { DocumentRule, RuleFinding } from './rule';

export { MIN_DUPLICATE_SENTENCE } from '../duplicates/detector';

const messages = defineMessages({
  message: {
    zh: '句子重复：与第 {line} 行的句子相同',
    en: 'Repeated sentence: the same as the sentence on line {line}',
  },
  sameLine: {
    zh: '句子重复：与本段前面的句子相同',
    en: 'Repeated sentence: the same as an earlier sentence in this paragraph',
  },
  related: { zh: '首次出现', en: 'First occurrence' },
  fix: { zh: '删除重复的句子', en: 'Delete the repeated sentence' },
});

/** A sentence that repeats an earlier sentence anywhere in the document. */
export const duplicateSentence: DocumentRule = {
  scope: 'document',
  code: 'duplicate-sentence',
  defaultSeverity: 'warning',
  description: {
    zh: '同一文档中重复出现的句子',
    en: 'A sentence repeated within the same document',
  },
  check(context) {
    const { text, locale } = context;
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const found = detectorOf(context).analyze(context.document);
    for (const { sentence, original } of found.exact) {
      const line = found.lineOf(original.start);
      findings.push({
        code: 'duplicate-sentence',
        span: sentence,
        message: line === found.lineOf(sentence.start) ? t('sameLine') : t('message', { line }),
        related: [{ span: original, message: t('related') }],
        fixes: [{ title: t('fix'), edits: [{ span: deletionSpan(text, sentence), newText: '' }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};
