import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const clientStrings = [
  ...new Set(sources(path.join(ROOT, 'client', 'src')).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/gu)].map((m) => m[1]))),
];
const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

test('every client string has a Chinese translation with the same placeholders', () => {
  assert.ok(clientStrings.length >= 20, `${clientStrings.length} strings found`);
  for (const text of clientStrings) {
    const translated = bundle[text];
    assert.ok(translated, `missing: ${text}`);
    const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/gu)].map((m) => m[0]).sort();
    assert.deepEqual(placeholders(translated), placeholders(text), text);
  }
});

test('the bundle holds no translation of a string the client no longer uses', () => {
  assert.deepEqual(Object.keys(bundle).filter((key) => !clientStrings.includes(key)), []);
});

test('the manifest points VS Code at the bundles', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { l10n?: string };
  assert.equal(manifest.l10n, './l10n');
});
