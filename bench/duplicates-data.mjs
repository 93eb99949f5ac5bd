// Realistic documents with known duplicates, built from the long official texts in
// ../shared/corpus-real: used by the benchmark and, written out once, as test fixtures.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './lib/paths.mjs';

export function realTexts(dir = sharedDir('corpus-real', process.env.TIFA_CORPUS_REAL)) {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** A small deterministic PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCE = /[^。！？\n]+[。！？]/gu;
const plain = (s) => !/[“”《》（）()「」]/u.test(s);

/**
 * Injects exact sentence repeats, repeated clauses and near-duplicates (a changed word, an
 * inserted phrase, a deleted word) into `text`, each in a place of its own. Returns the new
 * text and what was injected, with the text each finding must cover.
 */
export function injectDuplicates(text, seed, counts = { exact: 10, clause: 10, near: 30 }) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const han = text.replace(/[^\u4e00-\u9fff]/gu, '');
  const paragraphs = text.split('\n');
  const body = () => paragraphs.map((p, i) => i).filter((i) => /[。！？]$/u.test(paragraphs[i]) && paragraphs[i].length > 40);
  const injected = [];
  const used = new Set();

  for (let n = 0; n < counts.exact; n++) {
    const candidates = body();
    const from = pick(candidates);
    const sentence = pick((paragraphs[from].match(SENTENCE) ?? []).filter((s) => s.length >= 20 && plain(s)));
    const later = candidates.filter((i) => i > from + 5 && !used.has(i));
    if (!sentence || later.length === 0 || used.has(from)) continue;
    const to = pick(later);
    paragraphs[to] += sentence;
    used.add(to).add(from);
    injected.push({ kind: 'exact', code: 'duplicate-sentence', text: sentence });
  }

  for (let n = 0; n < counts.clause; n++) {
    const at = pick(body().filter((i) => !used.has(i)));
    const sentences = paragraphs[at].match(SENTENCE) ?? [];
    const k = Math.floor(rnd() * Math.max(0, sentences.length - 1));
    const [first, second] = [sentences[k], sentences[k + 1]];
    if (!first || !second || !plain(first) || !plain(second) || !second.endsWith('。')) continue;
    const clause = pick(first.slice(0, -1).split(/[，；：]/u).filter((c) => c.replace(/[^\p{L}\p{N}]/gu, '').length >= 10));
    if (!clause) continue;
    paragraphs[at] = paragraphs[at].replace(first + second, `${first}${second.slice(0, -1)}，${clause}。`);
    used.add(at);
    injected.push({ kind: 'clause', code: 'duplicate-clause', text: clause });
  }

  for (let n = 0; n < counts.near; n++) {
    const from = pick(body());
    const s = pick((paragraphs[from].match(SENTENCE) ?? []).filter((x) => x.length >= 24 && plain(x)));
    if (!s) continue;
    const at = 2 + Math.floor(rnd() * (s.length - 8));
    const p = Math.floor(rnd() * (han.length - 8));
    const variant = [
      () => s.slice(0, at) + han.slice(p, p + 2) + s.slice(at + 2),
      () => s.slice(0, at) + han.slice(p, p + 2 + Math.floor(rnd() * 3)) + s.slice(at),
      () => s.slice(0, at) + s.slice(at + 2),
    ][n % 3]();
    if (variant === s) continue;
    const to = Math.floor(rnd() * paragraphs.length);
    paragraphs.splice(to + 1, 0, variant);
    injected.push({ kind: 'near', code: 'near-duplicate', text: variant, original: s });
  }
  return { text: paragraphs.join('\n'), injected };
}

/**
 * About `bytes` of UTF-8 text that reads like the real documents but does not repeat them:
 * an order-2 character Markov chain trained on them, cut into sentences and paragraphs.
 */
export function syntheticDocument(bytes, seed, texts = realTexts()) {
  const rnd = random(seed);
  // Quotation marks and brackets are left out: a chain cannot keep them balanced.
  const source = texts.map((t) => t.text.replace(/[\s“”‘’《》（）()「」『』]+/gu, '')).join('');
  const order = 2;
  const next = new Map();
  for (let i = 0; i + order < source.length; i++) {
    const key = source.slice(i, i + order);
    let list = next.get(key);
    if (!list) next.set(key, (list = []));
    list.push(source[i + order]);
  }
  const keys = [...next.keys()];
  const out = [];
  let size = 0;
  let state = keys[Math.floor(rnd() * keys.length)];
  let paragraph = '';
  let sentences = 0;
  while (size < bytes) {
    const list = next.get(state);
    const ch = list ? list[Math.floor(rnd() * list.length)] : '。';
    paragraph += ch;
    state = list ? state.slice(1) + ch : keys[Math.floor(rnd() * keys.length)];
    if (ch === '。' && ++sentences >= 3 + Math.floor(rnd() * 6)) {
      out.push(paragraph);
      size += Buffer.byteLength(paragraph) + 1;
      paragraph = '';
      sentences = 0;
    }
  }
  return out.join('\n');
}

/** Writes the test fixtures: two real documents with injected duplicates and their manifests. */
function writeFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  const wanted = ['gov-report-2022.txt', 'party-congress-report-20th-2022.txt'];
  realTexts()
    .filter((t) => wanted.includes(t.name))
    .forEach(({ name, text }, i) => {
      const { text: injected, injected: manifest } = injectDuplicates(text, 2024 + i);
      const base = name.replace(/\.txt$/u, '');
      writeFileSync(join(dir, `${base}.injected.txt`), injected);
      writeFileSync(join(dir, `${base}.injected.json`), `${JSON.stringify(manifest, null, 1)}\n`);
    });
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href && process.argv[2] === '--fixtures') {
  writeFixtures(process.argv[3] ?? 'test/fixtures/duplicates');
}
