import { LineIndex } from '../text/lines';
import { normalizeForCompare } from '../text/normalize';
import type { Sentence } from '../document/model';
import { deletionSpan } from './deletion';
import type { Rule, RuleFinding } from './rule';

/** Sentences shorter than this (after normalisation) repeat innocently, e.g. “是。”. */
export const MIN_DUPLICATE_SENTENCE = 8;

/** A sentence that repeats an earlier sentence anywhere in the document. */
export const duplicateSentence: Rule = {
  code: 'duplicate-sentence',
  defaultSeverity: 'warning',
  description: {
    zh: '同一文档中重复出现的句子',
    en: 'A sentence repeated within the same document',
  },
  check({ text, document, t }) {
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
        message: t('duplicate-sentence.message', { line }),
        related: [{ span: original.span, message: t('duplicate-sentence.related') }],
        fixes: [
          {
            title: t('duplicate-sentence.fix'),
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
