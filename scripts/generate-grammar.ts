// Writes syntaxes/slogans.tmLanguage.json from the slogans the engine mines from corpus/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../server/src/engine';
import { loadIndexedBuiltinCorpus } from '../server/src/node/corpus-index';
import { sloganGrammarText, sloganTerms } from './slogan-grammar';

const root = process.argv[2] ?? process.cwd();
const corpora = loadIndexedBuiltinCorpus(path.join(root, 'dist', 'corpus-index.json'), path.join(root, 'corpus'));
const terms = sloganTerms(createEngine({ corpora }).glossary().map((entry) => entry.term));
const target = path.join(root, 'syntaxes', 'slogans.tmLanguage.json');
const text = sloganGrammarText(terms);
if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) fs.writeFileSync(target, text);
