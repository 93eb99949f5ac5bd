import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { paragraphsToText, readDocx } from '../../server/src/node/docx';
import { docxBytes } from '../cli/docx-writer';
import { makeTree, runCli } from '../cli/harness';

const REPEATED = '各单位要把学习成效转化为推动高质量发展的强大动力。';

test('a Word document is read one paragraph per line, runs joined, empty paragraphs and table cells counted', async () => {
  const root = makeTree({
    'a.docx': docxBytes([
      '关于开展专题学习的通知',
      { runs: ['各单位要把', '学习成效', '转化为推动高质量发展的强大动力。'] },
      '',
      { table: [['序号', '事项'], ['1', '学习\t研讨']] },
      '含有𠀀的段落。',
    ]),
  });
  const read = await readDocx(path.join(root, 'a.docx'));
  assert.ok(read.ok);
  assert.equal(read.text, ['关于开展专题学习的通知', REPEATED, '', '序号', '事项', '1', '学习\t研讨', '含有𠀀的段落。'].join('\n'));
});

test('a damaged or fake .docx is refused with a reason, not a crash', async () => {
  const root = makeTree({ 'fake.docx': '这不是 Word 文档', 'cut.docx': docxBytes(['正文。']).subarray(0, 60) });
  for (const name of ['fake.docx', 'cut.docx']) {
    const read = await readDocx(path.join(root, name));
    assert.equal(read.ok, false);
    assert.match(!read.ok ? read.reason : '', /not a readable Word document/u);
  }
  const missing = await readDocx(path.join(root, 'none.docx'));
  assert.deepEqual(missing, { ok: false, reason: 'no such file' });
  const result = await runCli(['check', 'fake.docx'], root);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /fake\.docx: cannot read: not a readable Word document/u);
});

test('paragraph text never spills onto another line', () => {
  assert.equal(paragraphsToText('甲\n\n乙\r\n丙\n\n'), '甲\n乙 丙');
  assert.equal(paragraphsToText(''), '');
});

test('findings in a Word document point at ¶paragraph:character and quote the text around them', async () => {
  const root = makeTree({ '报告.docx': docxBytes(['标题', REPEATED, '中间一段话，内容不同。', `前文。${REPEATED}`]) });
  const result = await runCli(['check', '报告.docx'], root);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^报告\.docx$/mu);
  assert.match(result.stdout, /¶4:4 +warning +.*duplicate-sentence/u);
  assert.match(result.stdout, /前文。«各单位要把学习成效转化为推动高质量发展的强大动力。»/u);
  const json = JSON.parse((await runCli(['check', '-f', 'json', '报告.docx'], root)).stdout);
  assert.deepEqual(json[0].diagnostics[0].range.start, { line: 3, character: 3 });
});

test('--fix refuses Word documents before touching any file', async () => {
  const bytes = docxBytes([REPEATED, REPEATED]);
  const root = makeTree({ 'a.docx': bytes, 'b.txt': `${REPEATED}\n${REPEATED}\n` });
  const result = await runCli(['check', '--fix', '.'], root);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--fix never writes Word documents back.*a\.docx/u);
  assert.deepEqual(fs.readFileSync(path.join(root, 'a.docx')), bytes);
  assert.equal(fs.readFileSync(path.join(root, 'b.txt'), 'utf8'), `${REPEATED}\n${REPEATED}\n`);
  const zh = await runCli(['check', '--fix', '--locale', 'zh', 'a.docx'], root);
  assert.match(zh.stderr, /不会改写 Word 文档/u);
});

test('the ~$ owner files Word leaves beside open documents in a shared folder are skipped', async () => {
  const owner = Buffer.concat([Buffer.from([5]), Buffer.from('张三', 'utf16le'), Buffer.alloc(40)]);
  const root = makeTree({ '报告.docx': docxBytes(['正文。']), '~$报告.docx': owner });
  const result = await runCli(['check', '-f', 'json', '.'], root);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).map((f: { file: string }) => f.file), ['报告.docx']);
});
