import { defineMessages } from '../messages';
import { detectorOf } from '../duplicates/context';
import { sourceTitle } from '../duplicates/overlap';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '与《{title}》第 {line} 行重合（相似度 {percent}%）',
    en: 'Overlaps 《{title}》 line {line} ({percent}% similar)',
  },
  related: { zh: '《{title}》原文', en: 'The passage in 《{title}》' },
});

/** A sentence that matches a sentence of a user corpus source (查重). */
export const corpusOverlap: DocumentRule = {
  scope: 'document',
  code: 'corpus-overlap',
  defaultSeverity: 'info',
  description: {
    zh: '与语料（tifa.json 的 corpus）中的文字重合的句子（查重）',
    en: 'A sentence that matches text of a corpus source from tifa.json (overlap check)',
  },
  check(context) {
    const t = messages(context.locale);
    const detector = detectorOf(context);
    const findings: RuleFinding[] = [];
    for (const overlap of detector.analyze(context.document).overlaps) {
      const match = overlap.matches[0];
      const title = sourceTitle(detector.corpus.source(match.target.source));
      findings.push({
        code: 'corpus-overlap',
        span: overlap.sentence,
        message: t('message', {
          title,
          line: detector.corpus.lineOf(match.target.source, match.target.span.start),
          percent: Math.floor(match.similarity * 100),
        }),
        related: [{ source: match.target.source, span: match.target.span, message: t('related', { title }) }],
      });
    }
    return findings;
  },
};
