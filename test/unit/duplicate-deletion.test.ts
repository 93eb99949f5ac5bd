import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { clauseDeletionSpan, clauseWords } from '../../server/src/engine/rules/deletion';

const words = (text: string, piece: string) => {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length };
};
const remove = (text: string, piece: string) => {
  const span = clauseDeletionSpan(text, words(text, piece));
  return text.slice(0, span.start) + text.slice(span.end);
};

test('a clause followed by a comma goes with the comma and the blanks after it', () => {
  assert.equal(remove('甲乙丙丁，戊己庚辛， 壬癸子丑。', '戊己庚辛'), '甲乙丙丁，壬癸子丑。');
});

test('the last clause goes with the comma before it; the full stop and closing quote stay', () => {
  assert.equal(remove('甲乙丙丁,戊己庚辛。', '戊己庚辛'), '甲乙丙丁。');
  assert.equal(remove('他说：“甲乙丙丁，戊己庚辛。”后文。', '戊己庚辛'), '他说：“甲乙丙丁。”后文。');
});

test('a clause that is the whole sentence goes as a sentence', () => {
  assert.equal(remove('前文。戊己庚辛。后文。', '戊己庚辛'), '前文。后文。');
  assert.equal(remove('戊己庚辛。\n后文。', '戊己庚辛'), '后文。');
});

test('clause words drop the mark that ends the clause but keep a quotation closed inside it', () => {
  const text = '发挥好“千里眼”，提起来。”';
  assert.equal(text.slice(...Object.values(clauseWords(text, { start: 0, end: 9 })) as [number, number]), '发挥好“千里眼”');
  assert.equal(text.slice(...Object.values(clauseWords(text, { start: 9, end: text.length })) as [number, number]), '提起来');
});
