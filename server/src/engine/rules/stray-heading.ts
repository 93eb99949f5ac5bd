import { defineMessages } from '../messages';
import type { TextEdit } from '../types';
import { aroundGap, joiner } from './broken-paragraph';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '标题样的一行“{heading}”夹在一个句子中间，疑为排版时错位的标题',
    en: "The title-like line '{heading}' sits in the middle of a sentence, likely a heading misplaced by layout",
  },
  remove: { zh: '删除这一行并接上句子', en: 'Delete the line and join the sentence' },
});

/**
 * A title-like line stranded between the two halves of a sentence. Where it belongs (the
 * article's title, a running head) is the drafter's call, so the only fix, deleting it and
 * joining the sentence, is not applied by fix-all.
 */
export const strayHeading: DocumentRule = {
  scope: 'document',
  code: 'stray-heading',
  defaultSeverity: 'info',
  description: { zh: '夹在句子中间的标题行', en: 'A heading stranded inside a sentence' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    for (const gap of document.breaks) {
      const heading = gap.strayHeading;
      if (!heading) continue;
      const join: TextEdit = { span: gap.gap, newText: joiner(text, gap.gap) };
      findings.push({
        code: 'stray-heading',
        span: aroundGap(text, gap.gap),
        message: t('message', { heading: heading.text }),
        fixes: [{ title: t('remove'), edits: [join], safe: false }],
      });
    }
    return findings;
  },
};
