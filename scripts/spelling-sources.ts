// Where the wrong-character model's raw material lives, shared by the build, the fitting of
// its weights and bench/spelling. Everything is resolved from the repository root.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpellingSources } from '../server/src/engine/spelling/train';
import type { SpellingWeights } from '../server/src/engine/spelling/model';

/** The official texts: `corpus/official/` when the repository has it, else `../shared/corpus-official/`. */
export function officialDir(root: string): string {
  const inside = path.join(root, 'corpus', 'official');
  if (fs.existsSync(inside)) return inside;
  const shared = path.join(root, '..', 'shared', 'corpus-official');
  if (fs.existsSync(shared)) return shared;
  throw new Error(`no official texts: neither ${inside} nor ${shared} exists`);
}

export function officialTexts(root: string): { name: string; text: string }[] {
  const dir = officialDir(root);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** How many folds the official texts are cut into when each is read by a model trained without its fold. */
export const FOLDS = 5;

/**
 * The folds of `texts`: each fold's texts, with their index, and the texts outside it, which the
 * model that reads them is trained on.
 */
export function folds<T>(texts: readonly T[], count = FOLDS): { inside: (T & { index: number })[]; outside: T[] }[] {
  return Array.from({ length: count }, (_, k) => ({
    inside: texts.map((t, index) => ({ ...t, index })).filter((t) => t.index % count === k),
    outside: texts.filter((_, i) => i % count !== k),
  }));
}

/** The official texts whose candidates the weights are fitted on as clean text: those of even index. The others measure false alarms. */
export function tuningTexts<T>(texts: readonly T[]): (T & { index: number })[] {
  return texts.map((t, index) => ({ ...t, index })).filter((t) => t.index % 2 === 0);
}

export function dictionaryFile(root: string): string {
  return path.join(root, 'node_modules', 'nodejieba', 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
}

export function weightsFile(root: string): string {
  return path.join(root, 'corpus', 'spelling', 'weights.json');
}

/** The raw material; `texts` replaces the official texts (leave-one-out), `weights` the fitted ones. */
export function spellingSources(root: string, options: { texts?: readonly string[]; weights?: SpellingWeights } = {}): SpellingSources {
  const dir = path.join(root, 'corpus', 'spelling');
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  const weights = options.weights ?? (JSON.parse(fs.readFileSync(weightsFile(root), 'utf8')) as SpellingWeights);
  return {
    texts: options.texts ?? officialTexts(root).map((t) => t.text),
    dictionary: fs.readFileSync(dictionaryFile(root), 'utf8'),
    samePinyin: read('same-pinyin.txt'),
    sameStroke: read('same-stroke.txt'),
    shapeConfusion: JSON.parse(read('shape-confusion.json')) as Record<string, string[]>,
    glyphSimilar: read('glyph-similar.tsv'),
    weights,
    provenance: [
      'character n-grams: the official texts of corpus/official (../shared/corpus-official)',
      'word frequencies: jieba.dict.utf8 of nodejieba (MIT)',
      'confusion sets: pycorrector same_pinyin.txt, same_stroke.txt (Apache-2.0); ECSpell shapeConfusion.json (MIT)',
      'drawn look-alikes: glyph-similar.tsv, measured by scripts/glyph-similarity.py on WenQuanYi Micro Hei',
      'weights: fitted by scripts/tune-spelling.ts on the tuning half of ECSpell odw.train (MIT)',
    ],
  };
}

export interface TuningSentence {
  readonly written: string;
  readonly corrected: string;
  readonly errors: number;
}

/**
 * The ECSpell official-document sentences, cut in two by a hash of the sentence as corrected:
 * the weights are fitted on `tune` alone, and `heldOut` measures them. The file has many correct
 * sentences twice, each with other slips; cut by the corrected sentence, a held-out sentence is
 * never also tuned on with other slips.
 */
export function tuningSplit(root: string): { tune: TuningSentence[]; heldOut: TuningSentence[] } {
  const file = path.join(root, '..', 'shared', 'spelling', 'ecspell-odw-train.tsv');
  const tune: TuningSentence[] = [];
  const heldOut: TuningSentence[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [errors, written, corrected] = line.split('\t');
    if (written === undefined || corrected === undefined || written.length !== corrected.length) continue;
    const sentence = { written, corrected, errors: Number(errors) };
    (createHash('sha256').update(corrected).digest()[0] % 2 === 0 ? tune : heldOut).push(sentence);
  }
  return { tune, heldOut };
}
