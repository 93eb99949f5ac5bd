import { isHan } from '../text/chars';
import { HashCounts } from './hash-table';
import {
  BOUNDARY,
  PackedSpellingModel,
  SAME_SHAPE,
  SAME_SOUND_OTHER_TONE,
  SAME_SOUND_SAME_TONE,
  SAME_STROKES,
  DRAWN_ALIKE,
  DRAWN_PART,
  type SpellingWeights,
} from './model';

/** The raw material of a model, as read from the data files. */
export interface SpellingSources {
  /** Correct prose: the official texts. */
  readonly texts: readonly string[];
  /** A jieba dictionary: `word frequency tag` a line. */
  readonly dictionary: string;
  /** pycorrector's same_pinyin.txt: character, same sound and tone, same sound other tone. */
  readonly samePinyin: string;
  /** pycorrector's same_stroke.txt: groups of look-alike characters a line. */
  readonly sameStroke: string;
  /** ECSpell's shapeConfusion.json: character to its look-alikes. */
  readonly shapeConfusion: Readonly<Record<string, readonly string[]>>;
  /** glyph-similar.tsv: per character, its drawn look-alikes and the characters whose larger part looks like it, each with a score. */
  readonly glyphSimilar: string;
  readonly weights: SpellingWeights;
  readonly provenance?: readonly string[];
}

/** Longest dictionary word the segmentation of a run looks for. */
export const MAX_WORD = 6;

/** A character the model knows: a Han character of the basic plane. */
export function isModelChar(code: number): boolean {
  return code < 0x10000 && isHan(code) && code !== 0x3007;
}

/** Each run of model characters in `text` (what lies between punctuation, digits and Latin), as its start and end offsets. */
export function forEachHanRun(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && isModelChar(text.charCodeAt(i));
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
}

/** The runs of model characters in `text`, with their text. */
export function hanRuns(text: string): { start: number; text: string }[] {
  const runs: { start: number; text: string }[] = [];
  forEachHanRun(text, (start, end) => runs.push({ start, text: text.slice(start, end) }));
  return runs;
}

/** One row of glyph-similar.tsv: a character, its drawn look-alikes and the characters it is the larger part of, each with its score. */
export interface GlyphRow {
  readonly char: string;
  readonly alike: ReadonlyMap<string, number>;
  readonly partOf: ReadonlyMap<string, number>;
}

/** The rows of glyph-similar.tsv; `#` lines are its header. */
export function glyphRows(table: string): GlyphRow[] {
  const scores = (list: string) => new Map([...list.matchAll(/(\p{Script=Han})(\d\d)/gu)].map((m) => [m[1], Number(m[2])]));
  const rows: GlyphRow[] = [];
  for (const line of table.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [char, alike = '', partOf = ''] = line.split('\t');
    if (char) rows.push({ char, alike: scores(alike), partOf: scores(partOf) });
  }
  return rows;
}

export function trainSpellingModel(sources: SpellingSources): PackedSpellingModel {
  const ngrams = new Map<string, number>();
  const add = (key: string) => ngrams.set(key, (ngrams.get(key) ?? 0) + 1);

  let ngramTotal = 0;
  for (const text of sources.texts) {
    for (const run of hanRuns(text)) {
      const padded = BOUNDARY + run.text + BOUNDARY;
      ngramTotal += run.text.length;
      for (let i = 0; i < padded.length; i++) {
        add(padded[i]);

        if (i + 1 < padded.length) add(padded.slice(i, i + 2));
        if (i + 2 < padded.length) add(padded.slice(i, i + 3));
      }
    }
  }
  const words = new Map<string, number>();
  let wordTotal = 0;
  for (const line of sources.dictionary.split('\n')) {
    const [word, frequency] = line.split(' ');
    const count = Number(frequency);
    if (!word || word.length > MAX_WORD || !(count > 0) || ![...word].every((c) => isModelChar(c.charCodeAt(0)))) continue;
    words.set(word, (words.get(word) ?? 0) + count);
    wordTotal += count;
  }
  return new PackedSpellingModel({
    ngrams: HashCounts.from(ngrams),
    ngramTotal,
    words: HashCounts.from(words),
    wordTotal,
    confusion: confusionSets(sources),

    weights: sources.weights,
    provenance: sources.provenance,
  });
}

/** A drawn look-alike counts from this score of glyph-similar.tsv (0–99) on. */
export const DRAWN_SCORE = 60;

/** Which characters each character is confused with, from the three lists and the drawn glyphs, both ways. */
export function confusionSets(sources: Pick<SpellingSources, 'samePinyin' | 'sameStroke' | 'shapeConfusion' | 'glyphSimilar'>): Record<string, string> {
  const kinds = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, kind: number) => {
    if (a === b || a.length !== 1 || b.length !== 1 || !isModelChar(a.charCodeAt(0)) || !isModelChar(b.charCodeAt(0))) return;
    let of = kinds.get(a);
    if (!of) kinds.set(a, (of = new Map()));
    of.set(b, (of.get(b) ?? 0) | kind);
  };
  const both = (a: string, b: string, kind: number) => {
    link(a, b, kind);
    link(b, a, kind);
  };
  for (const line of sources.samePinyin.split('\n')) {
    if (line.startsWith('#')) continue;
    const [char, sameTone = '', otherTone = ''] = line.split('\t');
    if (!char) continue;
    for (const c of sameTone.trim()) both(char, c, SAME_SOUND_SAME_TONE);
    for (const c of otherTone.trim()) both(char, c, SAME_SOUND_OTHER_TONE);
  }
  for (const line of sources.sameStroke.split('\n')) {
    const group = line.split('\t').map((c) => c.trim()).filter(Boolean);
    for (const a of group) for (const b of group) link(a, b, SAME_STROKES);
  }
  for (const [char, alike] of Object.entries(sources.shapeConfusion)) for (const c of alike) both(char, c, SAME_SHAPE);
  for (const { char, alike, partOf } of glyphRows(sources.glyphSimilar)) {
    for (const [c, score] of alike) if (score >= DRAWN_SCORE) both(char, c, DRAWN_ALIKE);
    for (const [c, score] of partOf) if (score >= DRAWN_SCORE) both(char, c, DRAWN_PART);
  }
  const packed: Record<string, string> = {};
  for (const [char, of] of [...kinds].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const entries = [...of];
    packed[char] = entries.map(([c]) => c).join('') + '|' + entries.map(([, kind]) => kind.toString(16).padStart(2, '0')).join('');
  }
  return packed;
}
