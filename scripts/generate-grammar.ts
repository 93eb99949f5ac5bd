// Writes syntaxes/slogans.tmLanguage.json from the slogans the engine mines from the seed corpus
// in corpus/; the official texts colour nothing, their quoted words are not all slogans (文化大革命).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../server/src/engine';
import { loadSeedCorpus } from '../server/src/node/builtin';
import { sloganGrammarText, sloganTerms } from './slogan-grammar';

const root = process.argv[2] ?? process.cwd();
const corpora = loadSeedCorpus(path.join(root, 'corpus'));
const terms = sloganTerms(createEngine({ corpora }).glossary().map((entry) => entry.term));
const target = path.join(root, 'syntaxes', 'slogans.tmLanguage.json');
const text = sloganGrammarText(terms);
if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) fs.writeFileSync(target, text);
