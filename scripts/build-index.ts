// Mines the embedded corpus once at build time into dist/corpus-index.json, which the server
// and the CLI load instead of mining at every start. Usage: node out/scripts/build-index.js <root>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCorpusIndex, mineSource } from '../server/src/engine';
import { loadBuiltinCorpus } from '../server/src/node/builtin';

const root = process.argv[2] ?? process.cwd();
const sources = loadBuiltinCorpus(path.join(root, 'corpus')).map((source) => ({ ...source, entries: mineSource(source) }));
const out = path.join(root, 'dist', 'corpus-index.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(buildCorpusIndex(sources)));
