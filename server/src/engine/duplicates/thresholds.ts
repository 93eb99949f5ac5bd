/** The thresholds of the duplicate rules, in content characters (Han, letters, digits). */

/** A repeated clause shorter than this is ordinary parallelism (“一件一件推动”), not a slip. */
export const MIN_CLAUSE = 10;
/** A clause is compared with the clauses of its own sentence and of this many sentences before it, in one paragraph. */
export const CLAUSE_WINDOW = 2;
/** Sentences shorter than this are not compared for near-duplicates. */
export const MIN_NEAR = 16;
/** Two sentences at least this similar (1 − edit distance / length) are near-duplicates. */
export const NEAR_SIMILARITY = 0.8;
/** Near-duplicates must keep this many characters each once common phrasing is taken out. */
export const MIN_DISTINCTIVE = 8;
/** Candidate pairs must share at least this many fingerprints that are not ordinary phrasing. */
export const MIN_SHARED_PRINTS = 1;
/**
 * A fingerprint found in more sentences of the document than this is ordinary phrasing
 * (a slogan, a fixed expression) and proposes no candidates; MOSS's `-m` works the same way.
 */
export const DOCUMENT_COMMON = 5;
/** A fingerprint found in at least this many corpus sentences is ordinary phrasing too. */
export const CORPUS_COMMON = 3;
/** Sentences shorter than this are not checked against the corpus. */
export const MIN_OVERLAP = 12;
/** A sentence overlaps the corpus when at least this share of it appears, nearly verbatim, in one corpus sentence. */
export const OVERLAP_SIMILARITY = 0.8;
/** A sentence must share at least this share of its fingerprints with a corpus sentence to be compared with it. */
export const MIN_SHARED_FRACTION = 0.25;
/** Corpus fingerprints in more sentences than this are too common to look candidates up by. */
export const OVERLAP_LOOKUP_LIMIT = 64;
