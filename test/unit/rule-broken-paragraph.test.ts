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

test('a numbered paragraph that opens with its heading is joined when it breaks mid-sentence', () => {
  const text = '（三）完善党的自我革命制度规范体系。坚持制度治党、依规治党，以党章为根本，以民主集中制为核心，完善党内法规制度体系，增强党内法规权威性和执\n\n行力。\n\n（四）建设现代化产业体系。';
  assert.equal(rule.findings(text).length, 1);
  assert.match(rule.fixAll(text), /权威性和执行力。\n\n（四）/u);
  assert.deepEqual(rule.findings('（一）加快构建新发展格局，着力推动高质量发展，完善社会主义市场经济体制。\n\n坚持以推动高质量发展为主题。'), []);
});

test('a break before an enumerator starts a new paragraph', () => {
  assert.deepEqual(rule.findings('着力抓好三件事，\n\n一是抓落实。'), []);
});

test('the message names the line the break starts on, counting blank lines and CRLF, CR or LF breaks alike', () => {
  const text = '标题\r\n\r\n前一段已经结束。\r另起一段，加快经济社会发展质量\n\n变革、效率变革、动力变革。';
  const [finding] = rule.findings(text);
  assert.match(finding.message, /第 4 行/u);
});

test('a blank line after a short title, an emoticon, an emoji or a Latin word is a paragraph break', () => {
  for (const before of ['看似简单，其实大有讲究', '功能做完了，心情不错 :)', '有问题请联系值班同事 😊', '端口可以在设置里修改，详见 README', '功能做完了，开心^_^']) {
    assert.deepEqual(rule.findings(`${before}\n\n接下来说说怎么安装和使用。`), [], before);
  }
  assert.equal(rule.findings('部署之前必须先核对版本号，确认无误后\n\n再执行发布命令。').length, 1);
});

test('short lines written clause by clause keep their breaks; a long line cut after a clause mark is joined', () => {
  assert.deepEqual(rule.findings('小组由下列人员组成：\n组长，\n副组长若干人，\n成员若干人。'), []);
  const long = '本次调整将在全系统范围内推开，各单位要结合自身实际认真组织学习研究并制定具体的落实方案和工作台账，\n切实把各项要求落到实处。';
  assert.equal(rule.findings(long).length, 1);
});
