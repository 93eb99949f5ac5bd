import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SETTINGS, configurationContribution, restrictedSettings } from '../../server/src/node/settings-schema';
import { ROOT } from '../helpers/corpus';

interface Manifest {
  contributes: {
    configuration: unknown;
    commands: { command: string; title: string; category?: string }[];
    walkthroughs: { title: string; description: string; steps: { title: string; description: string; media: { markdown: string } }[] }[];
    views: Record<string, { name: string }[]>;
    configurationDefaults: Record<string, Record<string, string>>;
  };
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[]; description: string } };
}

const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8')) as T;
const manifest = readJson<Manifest>('package.json');
const manifestText = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');

test('contributes.configuration is exactly what the typed settings declare', () => {
  assert.deepEqual(manifest.contributes.configuration, configurationContribution());
});

test('every setting has a scope and a localised markdownDescription; tifa.trace.server exists', () => {
  for (const [key, schema] of Object.entries(configurationContribution().properties)) {
    assert.ok(schema.scope, `${key} has a scope`);
    assert.match(String(schema.markdownDescription), /^%config\.[\w.]+%$/u, key);
  }
  assert.deepEqual(SETTINGS['tifa.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('Restricted Mode ignores exactly the settings that name workspace files', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, restrictedSettings());
  assert.deepEqual(restrictedSettings(), ['tifa.corpus', 'tifa.glossary', 'tifa.userGlossary']);
});

test('every manifest string has an English and a Chinese translation', () => {
  const en = readJson<Record<string, string>>('package.nls.json');
  const zh = readJson<Record<string, string>>('package.nls.zh-cn.json');
  const keys = [...manifestText.matchAll(/"%([\w.]+)%"/gu)].map((m) => m[1]);
  assert.ok(keys.length > 30, `${keys.length} localised strings`);
  for (const key of keys) {
    assert.ok(en[key], `package.nls.json has ${key}`);
    assert.ok(zh[key], `package.nls.zh-cn.json has ${key}`);
    assert.match(zh[key], /\p{Script=Han}/u, `${key} is Chinese in zh-cn`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort(), 'both tables hold the same keys');
});

test('every command sits in the Tifa category with a localised title', () => {
  for (const command of manifest.contributes.commands) {
    assert.equal(command.category, 'Tifa', command.command);
    assert.match(command.title, /^%command\.[\w.]+%$/u, command.command);
  }
});

test('the walkthrough media exist', () => {
  for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) {
    assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
  }
});

test('in policy documents a double-click stops at Chinese punctuation, so it selects a slogan inside its quotes', () => {
  const separators = manifest.contributes.configurationDefaults['[policy]']['editor.wordSeparators'];
  for (const mark of '“”‘’《》（），。、；：！？') assert.ok(separators.includes(mark), mark);
  assert.doesNotMatch(separators, /\p{Script=Han}/u);
});
