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

/**
 * The hash of every k-gram of `text` (FNV-1a with a final avalanche), cut to 30 bits so that
 * V8 keeps it a small integer in maps and arrays.
 */
export function kgramHashes(text: string, k = KGRAM): Uint32Array {
  return Uint32Array.from(hashInto(text, k, new Int32Array(Math.max(0, text.length - k + 1))));
}

function hashInto(text: string, k: number, into: Int32Array): Int32Array {
  const count = text.length - k + 1;
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    into[i] = h & 0x3fffffff;
  }
  return into.subarray(0, Math.max(0, count));
}

/** Scratch space for the hashes of one text, grown as needed: fingerprinting runs on every sentence. */
let scratch = new Int32Array(1024);

/** The winnowed fingerprints of `text`, without repeats. */
export function fingerprints(text: string, k = KGRAM, w = WINDOW): number[] {
  return winnow(text, k, w).prints;
}

/**
 * The winnowed fingerprints of `text`, without repeats, and whether one was selected twice,
 * which happens whenever `text` holds a run of KGRAM + WINDOW − 1 characters twice. A text
 * shorter than one window keeps the minimum of all its k-grams.
 */
export function winnow(text: string, k = KGRAM, w = WINDOW): { prints: number[]; repeats: boolean } {
  let repeats = false;
  if (text.length < k) return { prints: [], repeats };
  if (scratch.length < text.length) scratch = new Int32Array(text.length * 2);
  const hashes = hashInto(text, k, scratch);
  const picked: number[] = [];
  // Most sentences pick a handful of fingerprints; a set pays off only for very long ones.
  const seen = hashes.length > 256 ? new Set<number>() : undefined;
  let last = -1;
  const windows = Math.max(1, hashes.length - w + 1);
  const span = Math.min(w, hashes.length);
  for (let start = 0; start < windows; start++) {
    let min = start;
    // The rightmost minimum, as robust winnowing prescribes, so a run of equal hashes picks one.
    for (let i = start + 1; i < start + span; i++) if (hashes[i] <= hashes[min]) min = i;
    if (min !== last) {
      last = min;
      const hash = hashes[min];
      if (seen ? seen.has(hash) : picked.includes(hash)) {
        repeats = true;
        continue;
      }
      seen?.add(hash);
      picked.push(hash);
    }
  }
  return { prints: picked, repeats };
}
