import type { Segmenter } from '../engine';

/**
 * Loads nodejieba's dictionaries (about a second) and wraps it as a segmenter.
 * Returns undefined, with the reason, when the native module cannot be loaded.
 */
export function loadJieba(): { segmenter?: Segmenter; error?: string } {
  try {
    // Loaded lazily: requiring nodejieba reads its dictionaries.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as {
      load(): void;
      cut(text: string, hmm?: boolean): string[];
      insertWord(word: string): boolean;
    };
    jieba.load();
    return {
      segmenter: {
        cut: (text) => jieba.cut(text, true),
        insertWord: (word) => {
          jieba.insertWord(word);
        },
      },
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Loads the segmenter once the event loop is idle, so start-up never waits for it. */
export function loadJiebaLater(onLoaded: (segmenter: Segmenter) => void, onError: (message: string) => void): void {
  setTimeout(() => {
    const { segmenter, error } = loadJieba();
    if (segmenter) onLoaded(segmenter);
    else onError(error ?? 'nodejieba unavailable');
  }, 50);
}
