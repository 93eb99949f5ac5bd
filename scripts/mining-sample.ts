// Draws a reproducible sample of the numbered slogans whose items mining reads from the
// embedded official texts, for judging by hand against the texts. Prints each with the
// passage it was read from. Usage, from the repository root:
//   npx esbuild scripts/mining-sample.ts --bundle --platform=node --outfile=out/scripts/mining-sample.js
//   node out/scripts/mining-sample.js [--size 40] [--seed 14]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mineSource, type TermEntry } from '../server/src/engine';

export interface MinedWithItems {
  readonly term: string;
  readonly items: readonly string[];
  /** The file under corpus/official/ the items were read from. */
  readonly source: string;
  readonly pattern?: string;
  /** The sentence of the text the term stands in, where the items were read. */
  readonly sentence: string;
}

/** Every numbered slogan with items, one per official text it is read from, in a stable order. */
export function minedWithItems(dir: string): MinedWithItems[] {
  const out: MinedWithItems[] = [];
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const entries: TermEntry[] = mineSource({ id: file, text: fs.readFileSync(path.join(dir, file), 'utf8'), reference: true });
    for (const entry of entries) {
      if (entry.kind !== 'numbered' || !entry.items || entry.items.length === 0) continue;
      out.push({ term: entry.term, items: entry.items, source: file, pattern: entry.itemPattern, sentence: entry.sources[0]?.sentence ?? '' });
    }
  }
  return out.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/** mulberry32: a small seeded generator, so the same seed draws the same sample. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` entries drawn without replacement (all of them when there are fewer), in the population's order. */
export function drawSample<T>(population: readonly T[], size: number, seed: number): T[] {
  const random = generator(seed);
  const indices = population.map((_, i) => i);
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => population[i]);
}

if (require.main === module) {
  const option = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const population = minedWithItems(path.join(process.cwd(), 'corpus', 'official'));
  const sample = drawSample(population, option('--size', 40), option('--seed', 14));
  console.log(JSON.stringify({ population: population.length, sample }, null, 2));
}
