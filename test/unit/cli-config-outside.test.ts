import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { makeTree, runCli } from '../cli/harness';

const SHARED_SENTENCE = '全市在老旧小区改造中推行“楼道长”负责制，一年内加装电梯四百二十六部。';
const ARTICLE = `学习体会\n\n张三\n\n我们要坚持“七星八斗”的工作方法，把各项任务落到实处。${SHARED_SENTENCE}\n`;
const GLOSSARY = JSON.stringify({ version: 1, entries: [{ term: '九章十法' }] });

test('tifa reads a corpus folder beside the drafts and a glossary by absolute path', async () => {
  const root = makeTree({
    'shared-corpus/notes.txt': ARTICLE,
    'team-glossary/team.json': GLOSSARY,
    'drafts/draft.txt': `情况报告\n\n${SHARED_SENTENCE}\n`,
  });
  const drafts = path.join(root, 'drafts');
  const glossary = path.join(root, 'team-glossary', 'team.json');
  fs.writeFileSync(path.join(drafts, 'tifa.json'), JSON.stringify({ corpus: ['../shared-corpus/*.txt'], glossary: [glossary] }));

  const check = await runCli(['check', '--format', 'json', 'draft.txt'], drafts);
  assert.equal(check.stderr, '');
  const [draft] = JSON.parse(check.stdout) as { diagnostics: { code: string; message: string }[] }[];
  assert.ok(draft.diagnostics.some((d) => d.code === 'corpus-overlap' && d.message.includes('学习体会')), check.stdout);

  const terms = JSON.parse((await runCli(['glossary', '--format', 'json'], drafts)).stdout) as { term: string }[];
  assert.ok(terms.some((e) => e.term === '七星八斗'), 'a slogan of the shared corpus');
  assert.ok(terms.some((e) => e.term === '九章十法'), 'a term of the glossary outside');
});

test('missing patterns, binary files and unreadable glossaries are warnings; the drafts are still checked', async () => {
  const root = makeTree({
    'drafts/draft.txt': '我们坚持“三融五跨”的推进路径。\n',
    'drafts/scan.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x9c, 0x00]),
    'drafts/glossaries/readme.txt': '团队术语表放在这里',
    'drafts/tifa.json': JSON.stringify({ corpus: ['../nowhere/*.txt', '/no/such/corpus.txt', 'scan.txt'], glossary: ['glossaries'] }),
  });
  const drafts = path.join(root, 'drafts');
  const result = await runCli(['check', '--locale', 'en', '--format', 'json', 'draft.txt'], drafts);
  assert.equal(result.status, 0, result.stderr);
  assert.equal((JSON.parse(result.stdout) as unknown[]).length, 1, 'the draft is checked');
  const lines = result.stderr.split('\n');
  assert.ok(lines.includes('tifa: corpus pattern "../nowhere/*.txt" in tifa.json matches no file'), result.stderr);
  assert.ok(lines.includes('tifa: corpus pattern "/no/such/corpus.txt" in tifa.json matches no file'), result.stderr);
  assert.ok(lines.includes(`tifa: corpus file ${path.join(drafts, 'scan.txt')} skipped: binary content (NUL bytes), not a text file`), result.stderr);
  assert.ok(lines.includes('tifa: glossary pattern "glossaries" in tifa.json matches no file'), result.stderr);
  assert.ok(!result.stderr.includes('readme.txt'), 'a glossary folder is searched for .json files only');
});
