// Copies the parts of nodejieba that run (its loader, native build and the dictionaries word
// cutting reads) into dist/node_modules, where the bundled server resolves it inside the packaged
// extension. The keyword-extraction tables (idf, stop words) are replaced by dist/jieba.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('nodejieba/package.json'));
const target = join('dist', 'node_modules', 'nodejieba');
rmSync(target, { recursive: true, force: true });
const dictionaries = join('submodules', 'cppjieba', 'dict');
const files = [
  'package.json',
  'index.js',
  'LICENSE',
  join('build', 'Release', 'nodejieba.node'),
  ...['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8'].map((f) => join(dictionaries, f)),
];
for (const file of files) {
  mkdirSync(dirname(join(target, file)), { recursive: true });
  cpSync(join(source, file), join(target, file));
}
console.log(`staged nodejieba (${files.length} files) in ${target}`);
