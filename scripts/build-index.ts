// Mines the embedded corpus once at build time into dist/corpus-index.json, which the server
// and the CLI load instead of mining at every start. Usage: node out/scripts/build-index.js <root>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCorpusIndex, mineSource } from '../server/src/engine';

const root = process.argv[2] ?? process.cwd();
const corpusDir = path.join(root, 'corpus');
const sources = fs
  .readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
  .sort()
  .map((name) => {
    const id = `builtin:${name}`;
    const text = fs.readFileSync(path.join(corpusDir, name), 'utf8');
    return { id, text, entries: mineSource({ id, text }) };
  });
const out = path.join(root, 'dist', 'corpus-index.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(buildCorpusIndex(sources)));
