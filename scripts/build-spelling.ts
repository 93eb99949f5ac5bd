// Trains the wrong-character model at build time into dist/spelling-model.bin, which the
// server and the CLI load. Training takes a few seconds, so a model whose inputs and trainer
// have not changed is kept. Usage: node out/scripts/build-spelling.js <root>
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeSpellingModel } from '../server/src/engine/spelling/model';
import { trainSpellingModel } from '../server/src/engine/spelling/train';
import { spellingSources } from './spelling-sources';

const root = process.argv[2] ?? process.cwd();
const sources = spellingSources(root);
const out = path.join(root, 'dist', 'spelling-model.bin');
const keyFile = path.join(root, 'out', 'scripts', 'spelling-model.key');
const hash = createHash('sha256');
hash.update(fs.readFileSync(__filename));
for (const part of [sources.dictionary, sources.samePinyin, sources.sameStroke, JSON.stringify(sources.shapeConfusion), sources.glyphSimilar, JSON.stringify(sources.weights), ...sources.texts]) {
  hash.update(part).update('\0');
}
const key = hash.digest('hex');
const built = fs.existsSync(out) && fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key;
if (!built) {
  const model = trainSpellingModel(sources);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, encodeSpellingModel(model.tables));
  fs.writeFileSync(keyFile, key);
}
