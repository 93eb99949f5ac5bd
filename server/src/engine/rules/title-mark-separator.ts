import { defineMessages } from '../messages';
import type { PieceRule, RuleFinding } from './rule';

const messages = defineMessages({
  quotes: { zh: '并列的引号之间通常不用顿号', en: 'No 顿号 is needed between adjacent quoted items' },
  titles: { zh: '并列的书名号之间通常不用顿号', en: 'No 顿号 is needed between adjacent titles in 《》' },
  fix: { zh: '删除顿号', en: 'Delete the 顿号' },
});

const SEPARATED = /(?:”、“|》、《)/gu;

/**
 * GB/T 15834-2011 4.5.3.5: 《决定》、《建议》 → 《决定》《建议》, “六稳”、“六保” → “六稳”“六保”.
 * The standard says 通常不用, and central documents keep the 顿号 as house style, so this is a
 * hint with a quick fix that fix-all leaves alone.
 */
export const titleMarkSeparator: PieceRule = {
  scope: 'piece',
  code: 'title-mark-separator',
  defaultSeverity: 'hint',
  description: {
    zh: '并列的引号或书名号之间多余的顿号',
    en: 'A 顿号 between adjacent quoted items or titles',
  },
  check({ text, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    for (const m of text.matchAll(SEPARATED)) {
      const at = m.index + 1;
      findings.push({
        code: 'title-mark-separator',
        span: { start: at, end: at + 1 },
        message: t(m[0][0] === '》' ? 'titles' : 'quotes'),
        fixes: [{ title: t('fix'), edits: [{ span: { start: at, end: at + 1 }, newText: '' }], safe: false, preferred: true }],
      });
    }
    return findings;
  },
};
