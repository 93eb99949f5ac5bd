import { LineIndex } from '../text/lines';
import { normalizeForCompare } from '../text/normalize';
import type { Sentence } from '../document/model';
import { defineMessages } from '../messages';
import { deletionSpan } from './deletion';
import type { Rule, RuleFinding } from './rule';

/** Sentences shorter than this (after normalisation) repeat innocently, e.g. “是。”. */
export const MIN_DUPLICATE_SENTENCE = 8;

const messages = defineMessages({
  message: {
    zh: '句子重复：与第 {line} 行的句子相同',
    en: 'Repeated sentence: the same as the sentence on line {line}',
  },
  related: { zh: '首次出现', en: 'First occurrence' },
  fix: { zh: '删除重复的句子', en: 'Delete the repeated sentence' },
});

/** A sentence that repeats an earlier sentence anywhere in the document. */
export const duplicateSentence: Rule = {
  code: 'duplicate-sentence',
  defaultSeverity: 'warning',
  description: {
    zh: '同一文档中重复出现的句子',
    en: 'A sentence repeated within the same document',
  },
  check({ text, document, locale }) {
    const t = messages(locale);
    const first = new Map<string, Sentence>();
    const findings: RuleFinding[] = [];
    let lines: LineIndex | undefined;
    for (const sentence of document.sentences) {
      const key = normalizeForCompare(sentence.text);
      if (key.length < MIN_DUPLICATE_SENTENCE) continue;
      const original = first.get(key);
      if (!original) {
        first.set(key, sentence);
        continue;
      }
      lines ??= new LineIndex(text);
      const line = lines.positionAt(original.span.start).line + 1;
      findings.push({
        code: 'duplicate-sentence',
        span: sentence.span,
        message: t('message', { line }),
        related: [{ span: original.span, message: t('related') }],
        fixes: [
          {
            title: t('fix'),
            edits: [{ span: deletionSpan(text, sentence.span), newText: '' }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
    return findings;
  },
};
