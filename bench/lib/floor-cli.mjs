// The floor for a whole process: start Node, read the file, split it into sentences.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FLOOR_BUNDLE } from './paths.mjs';

const { splitSentences } = createRequire(import.meta.url)(FLOOR_BUNDLE);
process.stdout.write(`${splitSentences(readFileSync(process.argv[2], 'utf8')).length}\n`);
