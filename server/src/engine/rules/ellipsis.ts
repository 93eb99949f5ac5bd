import { codePointBefore } from '../text/chars';
import { isChinese } from '../text/cjk';
import { protectedRanges } from '../text/protected';
import { defineMessages } from '../messages';
import type { PieceRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: { zh: '中文省略号应为“……”，不是“{written}”', en: "The Chinese ellipsis is '……', not '{written}'" },
  fix: { zh: '改为“……”', en: "Change to '……'" },
});

/** A run of what drafters type for 省略号: 。。。, ..., ．．．, ···, …; runs that touch are one. */
const ELLIPSIS_RUN = /(?:。{3,}|\.{3,}|．{3,}|[·・]{3,}|…+)+/gu;
/** ……, or ………… for a whole omitted paragraph. */
const CORRECT = /^(?:……)+$/u;

/** GB/T 15834-2011 4.11: the ellipsis in Chinese text is two 三连点 “……”. */
export const ellipsis: PieceRule = {
  scope: 'piece',
  code: 'ellipsis',
  defaultSeverity: 'warning',
  description: { zh: '中文省略号写法不规范', en: 'A malformed Chinese ellipsis' },
  check({ text, locale }) {
    const t = messages(locale);
    const guard = protectedRanges(text);
    const findings: RuleFinding[] = [];
    for (const m of text.matchAll(ELLIPSIS_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      if (CORRECT.test(m[0]) || guard.has(start)) continue;
      if (!isChinese(codePointBefore(text, start)) && !isChinese(text.codePointAt(end))) continue;
      findings.push({
        code: 'ellipsis',
        span: { start, end },
        message: t('message', { written: m[0] }),
        fixes: [{ title: t('fix'), edits: [{ span: { start, end }, newText: '……' }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};
