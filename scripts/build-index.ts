// Mines the embedded corpus once at build time into dist/corpus-index.json, which the server
// and the CLI load instead of mining at every start. Usage: node out/scripts/build-index.js <root>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCorpusIndex, mineSource } from '../server/src/engine';
import { loadSeedCorpus, officialSource, officialTexts } from '../server/src/node/builtin';

const root = process.argv[2] ?? process.cwd();
const dir = path.join(root, 'corpus');
// An official text is indexed under the digest its provenance records, which the build has just checked.
const sources = [
  ...loadSeedCorpus(dir).map((source) => ({ ...source, entries: mineSource(source) })),
  ...officialTexts(dir).map((text) => {
    const source = officialSource(text);
    return { ...source, entries: mineSource(source), digest: text.sha256 };
  }),
];
const out = path.join(root, 'dist', 'corpus-index.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(buildCorpusIndex(sources)));
