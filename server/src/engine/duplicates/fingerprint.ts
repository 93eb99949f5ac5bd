/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003, the algorithm behind MOSS):
 * hash every k-gram, then keep the smallest hash of each window of w consecutive hashes.
 * Any shared run of at least k + w − 1 characters yields at least one shared fingerprint,
 * and text that shares no run of k characters yields none.
 */

/** Characters per k-gram. Four Han characters are about two words. */
export const KGRAM = 4;
/** Hashes per winnowing window: any shared run of KGRAM + WINDOW − 1 = 8 characters is caught. */
export const WINDOW = 5;

/** The 32-bit hash of every k-gram of `text` (FNV-1a with a final avalanche). */
export function kgramHashes(text: string, k = KGRAM): Uint32Array {
  const count = text.length - k + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    hashes[i] = h >>> 0;
  }
  return hashes;
}

/**
 * The winnowed fingerprints of `text`, sorted and without repeats. A text shorter than one
 * window keeps the minimum of all its k-grams, so short sentences still get one fingerprint.
 */
export function fingerprints(text: string, k = KGRAM, w = WINDOW): Uint32Array {
  const hashes = kgramHashes(text, k);
  if (hashes.length === 0) return hashes;
  const picked: number[] = [];
  let last = -1;
  const windows = Math.max(1, hashes.length - w + 1);
  const span = Math.min(w, hashes.length);
  for (let start = 0; start < windows; start++) {
    let min = start;
    // The rightmost minimum, as robust winnowing prescribes, so a run of equal hashes picks one.
    for (let i = start + 1; i < start + span; i++) if (hashes[i] <= hashes[min]) min = i;
    if (min !== last) {
      picked.push(hashes[min]);
      last = min;
    }
  }
  const sorted = Uint32Array.from(picked).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}
