import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ProtectedRanges } from '../../server/src/engine/text/protected';
import { isChinese, nextVisible, previousVisible } from '../../server/src/engine/text/cjk';

test('URLs, e-mail, code, comments and front matter are protected; prose is not', () => {
  const text = '---\ntitle: 标题\n---\n见 https://www.gov.cn/a?b=1,2 和 a.b@example.com，`x, y` 与 <!-- 注释, 内容 --> 之外是正文,这里。';
  const guard = new ProtectedRanges(text);
  for (const needle of ['title:', '?b=1,2', '@example', 'x, y', '注释, 内容']) assert.ok(guard.has(text.indexOf(needle) + 1), needle);
  assert.ok(!guard.has(text.indexOf('正文,') + 2));
});

test('code-only ranges leave comments to be read', () => {
  const text = '`<!-- a -->` <!-- b -->';
  const code = new ProtectedRanges(text, true);
  assert.ok(code.has(1));
  assert.ok(!code.has(text.lastIndexOf('<!--')));
});

test('neighbours skip blanks on the line and honour surrogate pairs', () => {
  const text = '𠀀 , 好';
  assert.equal(previousVisible(text, 3), 0x20000);
  assert.equal(nextVisible(text, 4), '好'.codePointAt(0));
  assert.ok(isChinese(0x20000) && isChinese('“'.codePointAt(0)) && !isChinese('a'.codePointAt(0)));
});
