import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/engine/text/lines';

/** Line starts by a regular expression, the definition LineIndex must agree with. */
function referenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/\r\n|\r|\n/gu)].map((m) => m.index! + m[0].length)];
}

test('lines end at \\n, \\r\\n and a lone \\r alike, with or without a \\r anywhere in the text', () => {
  const texts = ['', '一', '\n', '甲\n乙\n', '甲\n\n乙', '甲\r\n乙\r\n', '甲\r乙\n丙\r\n丁', '\r\r\n\n', '𠀀甲\n乙𠀀\n', '末行无换行\n最后'];
  for (const text of texts) {
    const lines = new LineIndex(text);
    const starts = referenceStarts(text);
    assert.equal(lines.lineCount, starts.length, JSON.stringify(text));
    starts.forEach((start, line) => assert.equal(lines.lineStart(line), start, JSON.stringify(text)));
    for (let offset = 0; offset <= text.length; offset++) {
      const line = starts.filter((start) => start <= offset).length - 1;
      assert.deepEqual(lines.positionAt(offset), { line, character: offset - starts[line] }, `${JSON.stringify(text)} @${offset}`);
    }
  }
});

test('a line ends before its line break, whichever it is', () => {
  const lines = new LineIndex('甲乙\r\n丙\n丁\r戊');
  assert.deepEqual([0, 1, 2, 3].map((line) => lines.lineEnd(line)), [2, 5, 7, 9]);
});
