import { defineMessages } from '../messages';
import { detectorOf } from '../duplicates/context';
import { NEAR_SIMILARITY } from '../duplicates/thresholds';
import { deletionSpan } from './deletion';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '近似重复：与第 {line} 行的句子相似度 {percent}%',
    en: 'Near-duplicate: {percent}% similar to the sentence on line {line}',
  },
  related: { zh: '相似的句子', en: 'The similar sentence' },
  fix: { zh: '删除此句', en: 'Delete this sentence' },
});

/** A sentence that differs from an earlier one by a few words (winnowed fingerprints, then edit distance). */
export const nearDuplicate: DocumentRule = {
  scope: 'document',
  code: 'near-duplicate',
  defaultSeverity: 'info',
  description: {
    zh: `与前文某句高度相似（相似度不低于 ${Math.round(NEAR_SIMILARITY * 100)}%）的句子`,
    en: `A sentence at least ${Math.round(NEAR_SIMILARITY * 100)}% similar to an earlier one`,
  },
  check(context) {
    const { text, locale } = context;
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const found = detectorOf(context).analyze(context.document);
    for (const { sentence, other, similarity } of found.near) {
      findings.push({
        code: 'near-duplicate',
        span: sentence,
        message: t('message', { line: found.lineOf(other.start), percent: Math.floor(similarity * 100) }),
        related: [{ span: other, message: t('related') }],
        fixes: [{ title: t('fix'), edits: [{ span: deletionSpan(text, sentence), newText: '' }], safe: false }],
      });
    }
    return findings;
  },
};
