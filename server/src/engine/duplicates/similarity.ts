/**
 * Similarity of two texts as 1 − (edit distance / length of the longer), in [0, 1].
 * Returns 0 early when the lengths alone, or a row of the distance table, rule out `atLeast`.
 */
export function editSimilarity(a: string, b: string, atLeast = 0): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (Math.min(a.length, b.length) / longer < atLeast) return 0;
  const budget = Math.floor(longer * (1 - atLeast) + 1e-9);
  const distance = boundedLevenshtein(a, b, budget);
  return distance > budget ? 0 : 1 - distance / longer;
}

/**
 * Levenshtein distance, or `budget + 1` when it exceeds `budget`. Only the diagonal band of
 * width 2·budget + 1 is computed (Ukkonen), so the cost is O(length × budget).
 */
export function boundedLevenshtein(a: string, b: string, budget: number): number {
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  const outside = budget + 1;
  if (m - n > budget) return outside;
  let previous = new Int32Array(n + 2);
  let current = new Int32Array(n + 2);
  for (let i = 0; i <= n + 1; i++) previous[i] = i <= budget ? i : outside;
  for (let j = 1; j <= m; j++) {
    const low = Math.max(1, j - budget);
    const high = Math.min(n, j + budget);
    current[0] = j <= budget ? j : outside;
    current[low - 1] = low > 1 ? outside : current[0];
    let rowMin = current[low - 1];
    const bj = b.charCodeAt(j - 1);
    for (let i = low; i <= high; i++) {
      const substitute = previous[i - 1] + (a.charCodeAt(i - 1) === bj ? 0 : 1);
      const remove = previous[i] + 1;
      const insert = current[i - 1] + 1;
      let best = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
      if (best > outside) best = outside;
      current[i] = best;
      if (best < rowMin) rowMin = best;
    }
    current[high + 1] = outside;
    if (rowMin > budget) return outside;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[n], outside);
}

/**
 * How much of `needle` appears, nearly verbatim, somewhere inside `haystack`:
 * 1 − (edit distance to the best-matching substring of `haystack` / length of `needle`).
 * A sentence that quotes half of a long source sentence scores high, as 查重 expects.
 */
export function containedSimilarity(needle: string, haystack: string): number {
  const n = needle.length;
  if (n === 0) return 1;
  if (haystack.includes(needle)) return 1;
  // Rows run over the needle; the haystack may start and end anywhere for free.
  let previous = new Int32Array(haystack.length + 1);
  let current = new Int32Array(haystack.length + 1);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    const ni = needle.charCodeAt(i - 1);
    for (let j = 1; j <= haystack.length; j++) {
      const substitute = previous[j - 1] + (haystack.charCodeAt(j - 1) === ni ? 0 : 1);
      const remove = previous[j] + 1;
      const insert = current[j - 1] + 1;
      current[j] = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    [previous, current] = [current, previous];
  }
  let best = n;
  for (let j = 0; j <= haystack.length; j++) if (previous[j] < best) best = previous[j];
  return Math.max(0, 1 - best / n);
}
