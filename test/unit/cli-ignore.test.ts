import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { expandPaths } from '../../server/src/node/files';
import { compileIgnorePattern, IgnoreFilter, IgnoreRules } from '../../server/src/node/ignore';
import { makeTree } from '../cli/harness';

const matches = (pattern: string, relative: string, isDirectory = false) => {
  const rules = new IgnoreRules('/base', [pattern]);
  return rules.match(path.join('/base', relative), isDirectory);
};

test('gitignore patterns: basename patterns match at any depth, slashes anchor', () => {
  assert.equal(matches('*.log', 'a.log'), true);
  assert.equal(matches('*.log', 'deep/er/a.log'), true);
  assert.equal(matches('*.log', 'a.logx'), undefined);
  assert.equal(matches('/draft.txt', 'draft.txt'), true);
  assert.equal(matches('/draft.txt', 'sub/draft.txt'), undefined);
  assert.equal(matches('sub/draft.txt', 'sub/draft.txt'), true);
  assert.equal(matches('sub/draft.txt', 'x/sub/draft.txt'), undefined);
  assert.equal(matches('旧稿', 'a/旧稿', true), true);
});

test('gitignore patterns: **, ?, classes, directory-only and escapes', () => {
  assert.equal(matches('**/build', 'a/b/build', true), true);
  assert.equal(matches('docs/**', 'docs/a/b.txt'), true);
  assert.equal(matches('a/**/z.txt', 'a/z.txt'), true);
  assert.equal(matches('a/**/z.txt', 'a/b/c/z.txt'), true);
  assert.equal(matches('draft?.txt', 'draft1.txt'), true);
  assert.equal(matches('draft?.txt', 'draft12.txt'), undefined);
  assert.equal(matches('draft[0-9].txt', 'draft7.txt'), true);
  assert.equal(matches('draft[!0-9].txt', 'draft7.txt'), undefined);
  assert.equal(matches('tmp/', 'tmp', true), true);
  assert.equal(matches('tmp/', 'tmp', false), undefined);
  assert.equal(matches('\\#notes.txt', '#notes.txt'), true);
  assert.equal(compileIgnorePattern('# a comment'), undefined);
  assert.equal(compileIgnorePattern('   '), undefined);
});

test('the last matching pattern wins, so ! re-includes a file', () => {
  const rules = new IgnoreRules('/base', ['*.txt', '!keep.txt']);
  assert.equal(rules.match('/base/drop.txt', false), true);
  assert.equal(rules.match('/base/keep.txt', false), false);
  assert.equal(rules.match('/elsewhere/drop.txt', false), undefined);
});

test('IgnoreFilter reads nested .gitignore files up to the repository top, and extra rules win', () => {
  const root = makeTree({
    'repo/.gitignore': '*.bak.txt\n草稿/\n',
    'repo/a.txt': '甲',
    'repo/a.bak.txt': '甲',
    'repo/草稿/b.txt': '乙',
    'repo/sub/.gitignore': '!keep.bak.txt\nlocal.txt\n',
    'repo/sub/keep.bak.txt': '丙',
    'repo/sub/local.txt': '丁',
    'repo/sub/c.txt': '戊',
    'repo/sub/private/d.txt': '己',
  });
  fs.mkdirSync(path.join(root, 'repo', '.git'));
  fs.writeFileSync(path.join(root, '.gitignore'), '*\n');
  const repo = path.join(root, 'repo');
  const extra = new IgnoreRules(path.join(repo, 'sub'), ['private/']);
  const filter = new IgnoreFilter((folder) => (folder.startsWith(path.join(repo, 'sub')) ? extra : undefined));
  const { files } = expandPaths(['.'], repo, { filter });
  assert.deepEqual(files.map((f) => path.relative(repo, f)).sort(), ['a.txt', path.join('sub', 'c.txt'), path.join('sub', 'keep.bak.txt')].sort());
  assert.equal(filter.ignores(path.join(repo, '草稿', 'b.txt'), false), true, 'a file inside an ignored folder stays ignored');
});

test('a file named outright is taken even when ignored; globs and folders honour the filter', () => {
  const root = makeTree({ '.gitignore': 'skip.txt\n', 'skip.txt': '甲', 'take.txt': '乙' });
  fs.mkdirSync(path.join(root, '.git'));
  const filter = new IgnoreFilter();
  assert.deepEqual(expandPaths(['skip.txt'], root, { filter }).files, [path.join(root, 'skip.txt')]);
  assert.deepEqual(expandPaths(['*.txt'], root, { filter }).files, [path.join(root, 'take.txt')]);
  assert.deepEqual(expandPaths(['.'], root, { filter }).files, [path.join(root, 'take.txt')]);
});
