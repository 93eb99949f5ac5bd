/**
 * A copy of `slice` that does not share its parent's storage. V8 keeps a slice as a view of
 * the whole string it was cut from, so a cache that outlives a version of a document and keeps
 * a slice of it keeps that whole version alive.
 */
export function detach(slice: string): string {
  return JSON.parse(JSON.stringify(slice)) as string;
}
