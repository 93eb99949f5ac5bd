import type { Line } from './lines';
import type { DocumentModel } from './model';

/**
 * The parts of a 公文 (GB/T 9704-2012) that can be told from plain text: the 发文字号, the
 * 主送 line, the 附件说明 and the 成文日期. Each is recognised in its faulty forms too, since
 * the rules that check them are handed what is found here.
 */
export interface GongwenLayout {
  /** Lines holding nothing but a 发文字号 (a 签发人 may follow it on a 上行文). */
  readonly documentNumbers: readonly Line[];
  readonly addressee?: Line;
  /** The 附件说明: the line that opens with 附件 and a colon, and the numbered lines under it. */
  readonly attachments?: { readonly label: Line; readonly items: readonly Line[] };
  /** Lines holding nothing but a date: the 成文日期 (and the dates of attached documents). */
  readonly dates: readonly Line[];
  /** True when the text has a 发文字号, a 主送 line or a 成文日期 near its end. */
  readonly reads: boolean;
}

/** A 发文字号 alone on its line, in any of the brackets drafters type; the 号 may be missing. */
export const DOCUMENT_NUMBER_LINE =
  /^\p{Script=Han}{1,12}\s*[〔[【（(［〖]\s*\d{2,4}\s*[〕\]】）)］〗]\s*第?\s*\d{1,4}\s*号?(?:[ \u3000]+签发人[:：].*)?$/u;
/** A date alone on its line, in Arabic or Chinese numerals, padded or not. */
export const DATE_LINE =
  /^(\d{2,4}|[〇○零一二三四五六七八九]{2,4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u;
/**
 * The 附件说明 opens with 附件 and a colon, full-width or not, or without one: then a space or
 * a sequence number follows. 附件1 alone on its line heads an attached document instead.
 */
export const ATTACHMENT_LABEL = /^附件(?:\s*[:：]|[ \u3000]+(?=\S)|(?=\d{1,2}[.．、]\S))/u;
/** 附件1 alone on its line heads an attached document. */
export const ATTACHMENT_HEADING = /^附件\s*\d*$/u;
/** An attachment's sequence number as drafters type it: 1. 1． 1、 1， （1） 1） ①. */
export const ATTACHMENT_NUMBER = /^(?:\d{1,2}\s*[.．、，,)）]|[（(]\d{1,2}[)）]|[①-⑳])/u;

/** 主送机关 are named by organisation words; a greeting (各位代表：) or a lead-in (通知如下：) is not. */
const ORGANISATION = /(?:人民政府|政府|党委|党组|部门|单位|机构|部委|委员会|省委|市委|县委|区委|厅|局|办公室|办公厅|公司|集团|学校|院|中心|协会|党支部|党组织)(?:[（(][^）)]*[)）])?$/u;
const ADDRESSEE_PART = /^[\p{Script=Han}（）()]{1,30}$/u;
/** How far from the start a 主送 line may stand: after the 发文字号 and the title, before the body. */
const ADDRESSEE_WITHIN = 12;
/** How far from the end a 成文日期 may stand: the 附注 and the 版记 (抄送, 印发) may follow it. */
const DATE_WITHIN = 10;

const layouts = new WeakMap<DocumentModel, GongwenLayout>();

/** The 公文 layout of a document, found once per analysed version. */
export function gongwenLayout(document: DocumentModel): GongwenLayout {
  let layout = layouts.get(document);
  if (!layout) {
    layout = readLayout(document.lines);
    layouts.set(document, layout);
  }
  return layout;
}

function readLayout(lines: readonly Line[]): GongwenLayout {
  const documentNumbers = lines.filter((line) => DOCUMENT_NUMBER_LINE.test(line.text));
  const dates = lines.filter((line) => DATE_LINE.test(line.text));
  const addressee = lines.slice(0, ADDRESSEE_WITHIN).find((line) => isAddressee(line.text));
  const attachments = attachmentNote(lines);
  const tail = lines.slice(-DATE_WITHIN);
  const reads = documentNumbers.length > 0 || addressee !== undefined || dates.some((line) => tail.includes(line));
  return { documentNumbers, addressee, attachments, dates, reads };
}

function isAddressee(text: string): boolean {
  if (text.length > 120 || !/[:：]$/u.test(text)) return false;
  const parts = text.slice(0, -1).split(/[、，,]/u);
  return parts.every((part) => ADDRESSEE_PART.test(part)) && ORGANISATION.test(parts[parts.length - 1]);
}

function attachmentNote(lines: readonly Line[]): GongwenLayout['attachments'] {
  const at = lines.findIndex((line) => ATTACHMENT_LABEL.test(line.text) && !ATTACHMENT_HEADING.test(line.text));
  if (at < 0) return undefined;
  const items: Line[] = [];
  for (let i = at + 1; i < lines.length && lines[i].index === lines[i - 1].index + 1 && ATTACHMENT_NUMBER.test(lines[i].text); i++) items.push(lines[i]);
  return { label: lines[at], items };
}
