/**
 * Word segmentation, supplied from outside the engine (nodejieba in the server and CLI).
 * The engine works without one; a segmenter only sharpens word boundaries.
 */
export interface Segmenter {
  cut(text: string): string[];
  insertWord(word: string): void;
}
