import type { Line } from './document/lines';
import type { Paragraph, Sentence } from './document/model';

/**
 * Parallel lead sentences that stand for headings: many articles open their parts with
 * 坚持在深化上下功夫，…… / 坚持在内化上见真章，…… / 坚持在转化上求实效，…… instead of 一、二、三、.
 * A lead opens a paragraph that goes on after it, and at least MIN_PARALLEL leads between the
 * same two headings open with the same two characters.
 */
export const MIN_PARALLEL = 3;
const MIN_LEAD_LENGTH = 6;
const MAX_LEAD_LENGTH = 48;
const ENUMERATOR = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|首先|其次|再次|最后)/u;
const OPENING = /^\p{Script=Han}{2}/u;

export interface Lead {
  readonly paragraph: Paragraph;
  readonly sentence: Sentence;
}

/** How many headings start at or before `offset`: the stretch between two headings it lies in. */
export function stretchOf(headings: readonly Line[], offset: number): number {
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (headings[mid].span.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function findLeads(paragraphs: readonly Paragraph[], headings: readonly Line[]): Lead[] {
  const groups = new Map<string, Lead[]>();
  for (const paragraph of paragraphs) {
    const [sentence] = paragraph.sentences;
    if (!sentence || paragraph.sentences.length < 2) continue;
    const length = [...sentence.text].length;
    if (length < MIN_LEAD_LENGTH || length > MAX_LEAD_LENGTH || ENUMERATOR.test(sentence.text)) continue;
    const opening = OPENING.exec(sentence.text)?.[0];
    if (!opening) continue;
    const stretch = stretchOf(headings, paragraph.span.start);
    const key = `${stretch}\u0000${opening}`;
    const group = groups.get(key) ?? [];
    group.push({ paragraph, sentence });
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.length >= MIN_PARALLEL).flat().sort((a, b) => a.sentence.span.start - b.sentence.span.start);
}
