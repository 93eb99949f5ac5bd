// Checks that corpus/official/ holds the texts SOURCES.md describes and that sources.json is
// what SOURCES.md says; with --write, regenerates sources.json.
// Usage: node out/scripts/official-metadata.js <root> [--write]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatMetadata, METADATA_FILE, officialMetadata } from './official-sources';

const root = process.argv[2] ?? process.cwd();
const dir = path.join(root, 'corpus', 'official');
const file = path.join(dir, METADATA_FILE);
const expected = formatMetadata(officialMetadata(dir));
if (process.argv.includes('--write')) {
  fs.writeFileSync(file, expected);
} else {
  const actual = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (actual !== expected) {
    console.error(`${path.relative(root, file)} does not match SOURCES.md: run node out/scripts/official-metadata.js . --write`);
    process.exit(1);
  }
}
