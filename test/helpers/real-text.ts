import fc from 'fast-check';
import { embeddedCorpus } from './corpus';
import { sharedTexts } from './shared';

/** Real drafts: the texts of ../shared/corpus-real and the seed corpus with its defects. */
export function realDocuments(): string[] {
  return [...sharedTexts('corpus-real').map((t) => t.text), embeddedCorpus().text];
}

export type LineEnd = '\n' | '\r\n' | '\r';
export const LINE_ENDS: readonly LineEnd[] = ['\n', '\r\n', '\r'];

/** `text` with every line break, whatever its kind, written as `end`. */
export function withLineEnds(text: string, end: LineEnd): string {
  return text.replace(/\r\n|\r|\n/gu, end);
}

/**
 * What drafters leave across a line break, as [end of one line, start of the next]: quotation
 * marks opened on one line and closed on the next, a slogan cut in two, half-width marks,
 * directives and code.
 */
const STRADDLING: readonly (readonly [string, string])[] = [
  ['“三融五', '跨”'],
  ['“三融五', '通”'],
  ['“四个', '关系”'],
  ['“', '”'],
  ['“', ''],
  ['', '”'],
  ['（', '）'],
  [',', ''],
  ['', ','],
  ['...', ''],
  ['二0二', '五年'],
  ['', '一是'],
  ['<!-- tifa-disable-next-line -->', ''],
  ['`a,', 'b`'],
];

/**
 * A passage of a real document: whole lines from a random place, up to `maxLength`
 * characters, with the defects drafters make sprinkled in (a line pasted twice, half-width
 * commas, marks at the edges of lines), written with LF, with or without a final line break.
 */
export function realPassage(documents: readonly string[], maxLength = 1500): fc.Arbitrary<string> {
  const lines = documents.map((d) => d.split(/\r\n|\r|\n/u));
  return fc
    .record({
      doc: fc.nat({ max: documents.length - 1 }),
      at: fc.nat(),
      // A line pasted twice, often the last one: the case where a deletion reaches the end.
      repeat: fc.option(fc.oneof({ weight: 1, arbitrary: fc.nat() }, { weight: 2, arbitrary: fc.constant(-1) }), { nil: undefined }),
      halfWidth: fc.boolean(),
      // Files mostly end with a line break.
      finalBreak: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      edges: fc.array(fc.record({ line: fc.nat(), pair: fc.constantFrom(...STRADDLING) }), { maxLength: 6 }),
    })
    .map(({ doc, at, repeat, halfWidth, finalBreak, edges }) => {
      const source = lines[doc];
      const first = at % source.length;
      const taken: string[] = [];
      let length = 0;
      for (let i = first; i < source.length && length + source[i].length <= maxLength; i++) {
        taken.push(source[i]);
        length += source[i].length + 1;
      }
      if (taken.length === 0) taken.push(source[first].slice(0, maxLength));
      if (repeat !== undefined) {
        const line = repeat < 0 ? taken.length - 1 : repeat % taken.length;
        taken.splice(line + 1, 0, taken[line]);
      }
      for (const { line, pair } of edges) {
        const k = line % taken.length;
        taken[k] += pair[0];
        if (k + 1 < taken.length) taken[k + 1] = pair[1] + taken[k + 1];
      }
      const text = taken.join('\n') + (finalBreak ? '\n' : '');
      return halfWidth ? text.replace(/，/gu, ',') : text;
    });
}
