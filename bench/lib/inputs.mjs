// Benchmark documents built from real text: the three official documents in corpus-real
// and the embedded corpus, concatenated and repeated up to each target size.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, sharedDir } from './paths.mjs';

export const SIZES = [
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '10 MB', bytes: 10 * 1024 * 1024 },
];

/** Where the real documents live: beside the repository in shared/, or TIFA_CORPUS_REAL. */
export function corpusRealDir() {
  return sharedDir('corpus-real', process.env.TIFA_CORPUS_REAL);
}

/** The source texts, in a fixed order; the embedded corpus always takes part. */
export function sourceTexts() {
  const texts = [];
  const real = corpusRealDir();
  for (const name of readdirSync(real).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(join(real, name), 'utf8'));
  texts.push(readFileSync(join(ROOT, 'corpus', 'study-notes.txt'), 'utf8'));
  return texts.map((t) => t.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '').trimEnd() + '\n');
}

/**
 * A document of about `bytes` UTF-8 bytes: whole lines of the sources, repeated as often as
 * needed and cut at the last line that fits. Repeats are real repeats, so on 1 MB and 10 MB
 * the duplicate rules find every copy: a worst case for them, and the same input for every tool.
 */
export function buildDocument(bytes, texts = sourceTexts()) {
  const lines = texts.join('\n').split('\n').map((l) => `${l}\n`);
  const out = [];
  let size = 0;
  for (let i = 0; ; i = (i + 1) % lines.length) {
    const n = Buffer.byteLength(lines[i]);
    if (size + n > bytes) break;
    out.push(lines[i]);
    size += n;
  }
  return out.join('');
}

/** Writes one `.txt` per size into a fresh temp dir and returns their paths. */
export function writeInputs(sizes = SIZES) {
  const dir = join(tmpdir(), `tifa-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const texts = sourceTexts();
  return {
    dir,
    files: sizes.map((size) => {
      const text = buildDocument(size.bytes, texts);
      const file = join(dir, `input-${size.label.replace(/\s+/gu, '')}.txt`);
      writeFileSync(file, text);
      return { ...size, file, bytes: Buffer.byteLength(text), chars: text.length };
    }),
  };
}
