import { ATTACHMENT_NUMBER, gongwenLayout } from '../document/gongwen';
import { defineMessages } from '../messages';
import type { Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  colon: {
    zh: '“附件”后应标全角冒号“：”再列附件名称（GB/T 9704-2012 7.3.4）',
    en: "'附件' is followed by a full-width colon '：' before the names (GB/T 9704-2012 7.3.4)",
  },
  number: {
    zh: '多个附件的顺序号应写作“{expected}”，不是“{written}”（GB/T 9704-2012 7.3.4）',
    en: "Several attachments are numbered '{expected}', not '{written}' (GB/T 9704-2012 7.3.4)",
  },
  punctuation: {
    zh: '附件名称后不加标点符号：“{mark}”（GB/T 9704-2012 7.3.4）',
    en: "An attachment's name takes no punctuation after it: '{mark}' (GB/T 9704-2012 7.3.4)",
  },
  fixColon: { zh: '加上“：”', en: "Add '：'" },
  fixNumber: { zh: '改为“{expected}”', en: "Change to '{expected}'" },
  fixPunctuation: { zh: '删除“{mark}”', en: "Delete '{mark}'" },
});

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const STANDARD_NUMBER = /^\d{1,2}[.．]/u;
const TRAILING_PUNCTUATION = /[。；;，,.．、：:！!？?]+$/u;

interface Entry {
  /** The sequence number as typed, with its mark: 1. （1） ①; empty when there is none. */
  readonly number: Span;
  readonly value?: number;
  readonly name: Span;
}

function entryAt(text: string, start: number, end: number): Entry {
  const content = text.slice(start, end);
  const m = ATTACHMENT_NUMBER.exec(content);
  const marker = m?.[0] ?? '';
  const digits = /\d+/u.exec(marker)?.[0];
  const value = digits !== undefined ? Number(digits) : marker ? CIRCLED.indexOf(marker) + 1 : undefined;
  let nameStart = start + marker.length;
  while (nameStart < end && /[ \u3000]/u.test(text[nameStart])) nameStart++;
  return { number: { start, end: start + marker.length }, value, name: { start: nameStart, end } };
}

/**
 * GB/T 9704-2012 7.3.4 附件说明: “附件” then a full-width colon and the names; several
 * attachments are numbered with Arabic numerals (附件：1.××××); no punctuation follows a name.
 */
export const attachmentNote: DocumentRule = {
  scope: 'document',
  code: 'attachment-note',
  defaultSeverity: 'warning',
  gongwen: true,
  description: { zh: '附件说明格式不规范', en: 'A malformed attachment note (附件说明)' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const note = gongwenLayout(document).attachments;
    if (!note) return [];
    const findings: RuleFinding[] = [];
    const { label } = note;
    // A half-width colon is punctuation-width's to report; a missing one is reported here.
    const colon = /^附件(\s*)[:：]/u.exec(label.text);
    let first = label.span.start + (colon ? colon[0].length : 2);
    if (!colon) {
      const word = { start: label.span.start, end: label.span.start + 2 };
      let gap = word.end;
      while (gap < label.span.end && /[ \u3000]/u.test(text[gap])) gap++;
      findings.push({
        code: 'attachment-note',
        span: word,
        message: t('colon'),
        fixes: [{ title: t('fixColon'), edits: [{ span: { start: word.end, end: gap }, newText: '：' }], safe: true, preferred: true }],
      });
    }
    while (first < label.span.end && /[ \u3000]/u.test(text[first])) first++;
    const entries = [
      ...(first < label.span.end ? [entryAt(text, first, label.span.end)] : []),
      ...note.items.map((item) => entryAt(text, item.span.start, item.span.end)),
    ];
    const numbered = entries.filter((entry) => entry.value !== undefined);
    if (numbered.length > 1) {
      for (const entry of numbered) {
        const written = text.slice(entry.number.start, entry.number.end);
        if (STANDARD_NUMBER.test(written)) continue;
        const expected = `${entry.value}.`;
        findings.push({
          code: 'attachment-note',
          span: entry.number,
          message: t('number', { expected, written }),
          fixes: [{ title: t('fixNumber', { expected }), edits: [{ span: entry.number, newText: expected }], safe: true, preferred: true }],
        });
      }
    }
    for (const entry of entries) {
      const name = text.slice(entry.name.start, entry.name.end);
      const m = TRAILING_PUNCTUATION.exec(name);
      if (!m || m.index === 0) continue;
      const span = { start: entry.name.start + m.index, end: entry.name.end };
      findings.push({
        code: 'attachment-note',
        span,
        message: t('punctuation', { mark: m[0] }),
        fixes: [{ title: t('fixPunctuation', { mark: m[0] }), edits: [{ span, newText: '' }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};
