import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { covered, onlyRule } from '../helpers/rules';

const rule = onlyRule('broken-paragraph');

test('a blank line inside a sentence is reported on both sides and joined', () => {
  const text = '纵深推进数字化改革,加快经济社会发展质量\n\n变革、效率变革、动力变革。';
  assert.deepEqual(covered(text, rule.findings(text)), ['量\n\n变']);
  assert.equal(rule.fixAll(text), '纵深推进数字化改革,加快经济社会发展质量变革、效率变革、动力变革。');
});

test('CRLF breaks join; hard-wrapped Latin text, Markdown tables and code keep their line breaks', () => {
  assert.equal(rule.fixAll('发挥县城服务乡村的作用，增强县城辐\r\n射带动能力，Tifa reads\r\nboth lines.'), '发挥县城服务乡村的作用，增强县城辐射带动能力，Tifa reads\r\nboth lines.');
  const markdown = '| 功能 | 说明，用途 |\n| 大纲 | 按标题折叠 |\n\n```\n第一行代码，没有结束\n第二行代码。\n```';
  assert.deepEqual(rule.findings(markdown), []);
});

test('headings, titles, bylines, list items, datelines and author notes are not joined', () => {
  const text = [
    '增强内生发展动力 推动县域全面振兴',
    '王中',
    '一、总体要求',
    '坚持以人民为中心的发展思想。',
    '- 列表项一',
    '- 列表项二',
    '2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强',
    '各位代表：',
    '（作者系中共巫溪县委副书记、县长）',
  ].join('\n\n');
  assert.deepEqual(rule.findings(text), []);
});

test('a break before an enumerator starts a new paragraph', () => {
  assert.deepEqual(rule.findings('着力抓好三件事，\n\n一是抓落实。'), []);
});
