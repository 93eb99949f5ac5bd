import type { Io } from './io';

/** Shows a one-line status on a terminal's stderr; does nothing when stderr is not a terminal. */
export interface Progress {
  update(text: string): void;
  /** Clears the line before ordinary output goes to stderr. */
  clear(): void;
}

/**
 * The progress line of a command and its way of warning on stderr, which clears the progress
 * line first so the two never mix.
 */
export function startProgress(io: Io): { progress: Progress; warn: (message: string) => void } {
  const progress = createProgress((raw) => io.progress?.(raw), io.progress !== undefined, io.columns);
  return {
    progress,
    warn(message) {
      progress.clear();
      io.err(`tifa: ${message}`);
    },
  };
}

/** Runs shorter than this never show progress, so quick checks stay silent. */
const DELAY_MS = 400;
const INTERVAL_MS = 100;

export function createProgress(write: (raw: string) => void, enabled: boolean, columns = 80, now: () => number = Date.now): Progress {
  if (!enabled) return { update() {}, clear() {} };
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const time = now();
      if (time - started < DELAY_MS || time - last < INTERVAL_MS) return;
      last = time;
      shown = true;
      write(`\r\u001b[2K${fit(text, Math.max(10, (columns > 0 ? columns : 80) - 1))}`);
    },
    clear() {
      if (shown) write('\r\u001b[2K');
      shown = false;
    },
  };
}

/** Cuts `text` to `width` terminal columns, counting CJK characters as two. */
export function fit(text: string, width: number): string {
  const chars = [...text];
  const widths = chars.map(charWidth);
  if (widths.reduce((a, b) => a + b, 0) <= width) return text;
  let used = 1;
  let out = '';
  for (let i = 0; i < chars.length && used + widths[i] <= width; i++) {
    used += widths[i];
    out += chars[i];
  }
  return `${out}…`;
}

/** Terminal columns `text` takes: two for each CJK character. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

function charWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
