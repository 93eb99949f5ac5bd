import { ATTACHMENT_HEADING, DATE_LINE, DOCUMENT_NUMBER_LINE, gongwenLayout } from '../document/gongwen';
import type { Line } from '../document/lines';
import { defineMessages } from '../messages';
import { chineseNumeralValue } from '../text/numerals';
import type { Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  separator: {
    zh: '第{level}层序号应写作“{expected}”，不是“{written}”（GB/T 9704-2012 7.3.3）',
    en: "A level-{level} heading number is written '{expected}', not '{written}' (GB/T 9704-2012 7.3.3)",
  },
  skip: {
    zh: '层级跳跃：“{parent}”之下直接用了第{level}层“{marker}”，应先用第{expected}层“{expectedMarker}”（GB/T 9704-2012 7.3.3）',
    en: "A level is skipped: '{marker}' (level {level}) comes straight under '{parent}'; level {expected} '{expectedMarker}' comes first (GB/T 9704-2012 7.3.3)",
  },
  fix: { zh: '改为“{expected}”', en: "Change to '{expected}'" },
});

interface LadderMarker {
  readonly level: number;
  /** The number with its brackets, without the separator: 一 （一） 1 （1）. */
  readonly number: Span;
  /** The separator typed after it, when it is not the standard's; absent when it is. */
  readonly wrong?: Span;
  /** The number and the separator as typed. */
  readonly span: Span;
  readonly value: number | undefined;
  /** What the separator should be: 、 after 一, . after 1, nothing after brackets. */
  readonly separator: string;
}

const HAN = '[一二三四五六七八九十]{1,3}';
/**
 * Each level with the separators drafters type after it. A bracketed number followed by
 * another (（一）、（二）项所列) cites items rather than heading a paragraph.
 */
const LEVELS: readonly { level: number; pattern: RegExp; separator: string }[] = [
  { level: 1, pattern: new RegExp(`^(${HAN})([、.．，,]+)(?![\\d一二三四五六七八九十])`, 'u'), separator: '、' },
  { level: 2, pattern: new RegExp(`^([（(]${HAN}[)）])([、.．，,]*)(?![（(])`, 'u'), separator: '' },
  { level: 3, pattern: /^(\d{1,2})([.．、]+)(?!\d)/u, separator: '.' },
  { level: 4, pattern: /^([（(]\d{1,2}[)）])([、.．，,]*)(?![（(])/u, separator: '' },
];
const ACCEPTED: Readonly<Record<number, readonly string[]>> = { 1: ['、'], 2: [''], 3: ['.', '．'], 4: [''] };
const FIRST_OF_LEVEL: Readonly<Record<number, string>> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };
const MARKDOWN_PREFIX = /^#{1,6}\s+/u;

function markerOf(line: Line): LadderMarker | undefined {
  const prefix = MARKDOWN_PREFIX.exec(line.text)?.[0].length ?? 0;
  const text = line.text.slice(prefix);
  for (const { level, pattern, separator } of LEVELS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const start = line.span.start + prefix;
    const number = { start, end: start + m[1].length };
    const wrong = ACCEPTED[level].includes(m[2]) ? undefined : { start: number.end, end: number.end + m[2].length };
    const numeral = m[1].replace(/[（()）]/gu, '');
    const value = level >= 3 ? Number(numeral) : chineseNumeralValue(numeral);
    return { level, number, wrong, separator, span: { start, end: number.end + m[2].length }, value };
  }
  return undefined;
}

/**
 * GB/T 9704-2012 7.3.3: the heading numbers of a 公文 run 一、 then （一） then 1. then （1）.
 * A number with the wrong separator (1、 一． （一）、) is fixed in place; a level skipped (1.
 * straight under 一、) is named but not fixed, since which headings to renumber is the
 * drafter's choice. Whether the numbers themselves skip or repeat is enumeration-order's.
 */
export const headingLadder: DocumentRule = {
  scope: 'document',
  code: 'heading-ladder',
  defaultSeverity: 'warning',
  gongwen: true,
  description: { zh: '公文标题层级序号不规范', en: 'Heading numbers off the 公文 ladder 一、（一）1.（1）' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const levelName = (level: number) => (locale === 'zh' ? '一二三四'[level - 1] : String(level));
    const findings: RuleFinding[] = [];
    const layout = gongwenLayout(document);
    const skipped = new Set<Line>([layout.attachments?.label, ...(layout.attachments?.items ?? [])].filter((l): l is Line => l !== undefined));
    const open: LadderMarker[] = [];
    for (const line of document.lines) {
      if (skipped.has(line) || line.kind === 'list-item' || line.kind === 'author-note') continue;
      // An attached document starts its own ladder.
      if (ATTACHMENT_HEADING.test(line.text)) {
        open.length = 0;
        continue;
      }
      if (DATE_LINE.test(line.text) || DOCUMENT_NUMBER_LINE.test(line.text)) continue;
      const marker = markerOf(line);
      if (!marker) continue;
      const show = (m: LadderMarker) => text.slice(m.span.start, m.span.end);
      if (marker.wrong) {
        const expected = text.slice(marker.number.start, marker.number.end) + marker.separator;
        findings.push({
          code: 'heading-ladder',
          span: marker.span,
          message: t('separator', { level: levelName(marker.level), expected, written: show(marker) }),
          fixes: [{ title: t('fix', { expected }), edits: [{ span: marker.wrong, newText: marker.separator }], safe: true, preferred: true }],
        });
      }
      const wasOpen = open.some((m) => m.level === marker.level);
      while (open.length > 0 && open[open.length - 1].level >= marker.level) open.pop();
      const parent = open[open.length - 1];
      // A skipped level whose first item is not numbered 1 is enumeration-order's: it reports
      // the level that starts in the middle.
      if (!wasOpen && parent && parent.level < marker.level - 1 && marker.value === 1) {
        findings.push({
          code: 'heading-ladder',
          span: marker.span,
          message: t('skip', {
            parent: show(parent),
            level: levelName(marker.level),
            marker: show(marker),
            expected: levelName(parent.level + 1),
            expectedMarker: FIRST_OF_LEVEL[parent.level + 1],
          }),
        });
      }
      open.push(marker);
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
