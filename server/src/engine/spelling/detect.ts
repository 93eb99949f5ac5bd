import { BOUNDARY, type SpellingModel, type SpellingWeights } from './model';

const BOUNDARY_CODE = BOUNDARY.charCodeAt(0);
import { forEachHanRun, MAX_WORD } from './train';

/** Chinese numerals: a number is never judged a slip, nor offered as the fix of one. */
const NUMERALS = new Set('〇零一二三四五六七八九十百千万亿两廿卅壹贰叁肆伍陆柒捌玖拾佰仟');
const NUMERAL_CODES = new Set([...NUMERALS].map((c) => c.charCodeAt(0)));
/** Stupid back-off (Brants et al. 2007): the weight of a shorter context. */
const BACK_OFF = 0.4;
/** How far the window whose segmentation is compared reaches on each side. */
const REACH = 4;
/** A character whose trigram with both neighbours was seen, or whose bigrams with each were seen this often, is taken as written. */
const SEEN_BIGRAMS = 3;
/** The last or first characters this close to 、 in a list of parallel phrases (坚持以产促城、以城兴产) are coined: too little context to judge. */
const LISTED_PHRASE = 4;

/** One character that could stand for the one written, with the facts the decision weighs. */
export interface Candidate {
  /** Offset of the character written, in the text given. */
  readonly offset: number;
  readonly written: string;
  readonly char: string;
  /** The features the weights apply to; the first is the constant 1. */
  readonly features: readonly number[];
}

export interface Suspicion {
  readonly offset: number;
  readonly written: string;
  /** Likely intended characters, best first, with the model's probability that each is meant. */
  readonly candidates: readonly { readonly char: string; readonly probability: number }[];
}

/** The probability the weights give one candidate. */
export function probability(weights: SpellingWeights, features: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < features.length; j++) sum += weights.weights[j] * (j === 0 ? 1 : (features[j] - weights.mean[j]) / weights.scale[j]);
  return 1 / (1 + Math.exp(-sum));
}

/** Characters the model thinks were slips, with what was likely meant. `skip` says which offsets are not prose to judge. */
export function findWrongCharacters(model: SpellingModel, text: string, skip?: (offset: number) => boolean): Suspicion[] {
  const { weights } = model;
  const found: Suspicion[] = [];
  let current: { offset: number; written: string; candidates: { char: string; probability: number }[] } | undefined;
  visitCandidates(model, text, skip, (candidate) => {
    const p = probability(weights, candidate.features);
    if (p < weights.suggest) return;
    if (!current || current.offset !== candidate.offset) {
      current = { offset: candidate.offset, written: candidate.written, candidates: [] };
      found.push(current);
    }
    current.candidates.push({ char: candidate.char, probability: p });
  });
  return found
    .map((s) => ({ ...s, candidates: [...s.candidates].sort((a, b) => b.probability - a.probability) }))
    .filter((s) => s.candidates[0].probability >= weights.threshold);
}

/** Every candidate worth weighing in `text`, in text order; what the weights are fitted on. */
export function candidatesIn(model: SpellingModel, text: string, skip?: (offset: number) => boolean): Candidate[] {
  const all: Candidate[] = [];
  visitCandidates(model, text, skip, (candidate) => all.push(candidate));
  return all;
}

/** The codes of the run being read, padded with boundaries, reused from run to run: most runs make no garbage. */
let buffer = new Int32Array(64);

/** `candidatesIn` handed one at a time to `visit`, in text order: the rule's path, which keeps none of them. */
function visitCandidates(model: SpellingModel, text: string, skip: ((offset: number) => boolean) | undefined, visit: (candidate: Candidate) => void): void {
  forEachHanRun(text, (start, end) => {
    // The last or first characters of a run beside a 、 are read as a listed phrase.
    const listedFrom = text[end] === '、' ? end - LISTED_PHRASE : end;
    const listedUntil = text[start - 1] === '、' ? start + LISTED_PHRASE : start;
    candidatesInRun(model, text, start, end, listedFrom, listedUntil, skip, visit);
  });
}

function candidatesInRun(
  model: SpellingModel,
  text: string,
  start: number,
  end: number,
  listedFrom: number,
  listedUntil: number,
  skip: ((offset: number) => boolean) | undefined,
  visit: (candidate: Candidate) => void,
): void {
  // The n-grams and words are looked up by code: most characters are let go after a lookup or
  // three, and strings would only make garbage. Two boundaries pad the run on each side.
  const length = end - start + 4;
  if (buffer.length < length) buffer = new Int32Array(length * 2);
  const codes = buffer;
  codes[0] = codes[1] = codes[length - 2] = codes[length - 1] = BOUNDARY_CODE;
  for (let i = start; i < end; i++) codes[i - start + 2] = text.charCodeAt(i);
  let inWord: Uint8Array | undefined;
  let scorer: ReturnType<typeof scorerOf> | undefined;
  for (let p = 2; p < length - 2; p++) {
    const code = codes[p];
    if (NUMERAL_CODES.has(code)) continue;
    // Most characters stand in a context the prose has: the cheapest test comes first, and
    // nothing is made for a run until one of its characters fails it.
    if (model.ngramCodes(codes[p - 1], code, codes[p + 1]) > 0) continue;
    if (Math.min(model.ngramCodes(codes[p - 1], code), model.ngramCodes(code, codes[p + 1])) >= SEEN_BIGRAMS) continue;
    const offset = start + p - 2;
    const written = text[offset];
    const confusables = model.confusables(written);
    if (confusables.length === 0 || offset >= listedFrom || offset < listedUntil || (skip && skip(offset))) continue;
    // A character inside a word of the run's likeliest segmentation is taken as that word.
    inWord ??= segment(model, codes, 2, length - 2).inWord;
    if (inWord[p - 2]) continue;
    scorer ??= scorerOf(model, codes);
    const { n, around, support } = scorer;
    const written3 = support(p, code);
    const base = around(p);
    const from = Math.max(2, p - REACH);
    const to = Math.min(length - 2, p + REACH + 1);
    let windowScore: number | undefined;
    for (const { char, kind } of confusables) {
      if (NUMERALS.has(char)) continue;
      const meant = char.charCodeAt(0);
      // A character the prose never has beside either neighbour cannot mend the context.
      if (n(codes[p - 1], meant) === 0 && n(meant, codes[p + 1]) === 0) continue;
      codes[p] = meant;
      const lm = around(p) - base;
      codes[p] = code;
      if (lm < 1) continue;
      windowScore ??= segment(model, codes, from, to).score;
      codes[p] = meant;
      const meantSegment = segment(model, codes, from, to);
      const seg = meantSegment.score - windowScore;
      codes[p] = code;
      if (seg < 0) continue;
      const meant3 = support(p, meant);
      const features = [
        1,
        lm,
        seg,
        Math.log1p(written3[0]),
        Math.log1p(written3[1]),
        Math.log1p(written3[2]),
        Math.log1p(meant3[0]),
        Math.log1p(meant3[1]),
        Math.log1p(meant3[2]),
        Math.log1p(n(code)),
        Math.log1p(n(meant)),
        kind & 1 ? 1 : 0,
        kind & 2 ? 1 : 0,
        kind & 4 ? 1 : 0,
        kind & 8 ? 1 : 0,
        kind & 16 ? 1 : 0,
        kind & 32 ? 1 : 0,
        // Whether the character meant falls inside a word of the window's likeliest segmentation.
        meantSegment.inWord[p - from],
      ];
      visit({ offset, written, char, features });
    }
  }
}

/** How the n-grams score the characters of `codes` around a position. */
function scorerOf(model: SpellingModel, codes: Int32Array) {
  const n = (a: number, b?: number, c?: number) => model.ngramCodes(a, b, c);
  const score = (a: number, b: number, c: number): number => {
    const trigram = n(a, b, c);
    if (trigram > 0) return Math.log(trigram / n(a, b));
    const bigram = n(b, c);
    if (bigram > 0) return Math.log((BACK_OFF * bigram) / Math.max(1, n(b)));
    return Math.log((BACK_OFF * BACK_OFF * (n(c) + 0.5)) / model.ngramTotal);
  };
  /** The log-probability of the three characters whose context includes position p. */
  const around = (p: number): number => score(codes[p - 2], codes[p - 1], codes[p]) + score(codes[p - 1], codes[p], codes[p + 1]) + score(codes[p], codes[p + 1], codes[p + 2]);
  const support = (p: number, c: number): [number, number, number] => [
    n(codes[p - 1], c) + n(c, codes[p + 1]),
    n(codes[p - 1], c, codes[p + 1]),
    n(codes[p - 2], codes[p - 1], c) + n(c, codes[p + 1], codes[p + 2]),
  ];
  return { n, around, support };
}

const prefixes = new Float64Array(MAX_WORD);

/**
 * The likeliest cut of the characters `codes[start..stop)` into dictionary words (a unigram
 * model, as jieba's), its log-probability, and which characters fall inside a word of two
 * characters or more.
 */
export function segment(model: SpellingModel, codes: ArrayLike<number>, start: number, stop: number): { score: number; inWord: Uint8Array } {
  const length = stop - start;
  const best = new Float64Array(length + 1).fill(-Infinity);
  const from = new Int32Array(length + 1);
  best[0] = 0;
  const logTotal = model.wordLogTotal;
  const unknown = Math.log(0.5) - logTotal - 5;
  // Every cut before `begin` has been weighed when `begin` is reached, so its best is final.
  for (let begin = 0; begin < length; begin++) {
    const reach = Math.min(length, begin + MAX_WORD);
    model.wordsFrom(codes, start + begin, start + reach, prefixes);
    for (let end = begin + 1; end <= reach; end++) {
      const frequency = prefixes[end - begin - 1];
      const logP = frequency > 0 ? Math.log(frequency) - logTotal : end - begin === 1 ? unknown : undefined;
      if (logP !== undefined && best[begin] + logP > best[end]) {
        best[end] = best[begin] + logP;
        from[end] = begin;
      }
    }
  }
  const inWord = new Uint8Array(length);
  for (let end = length; end > 0; end = from[end]) if (end - from[end] >= 2) inWord.fill(1, from[end], end);
  return { score: best[length], inWord };
}
