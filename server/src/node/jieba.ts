import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Segmenter } from '../engine';
import {
  CONTROL_SLOTS,
  DATA_BYTES,
  IDLE,
  LENGTH,
  OP,
  OP_CUT,
  OP_INSERT_WORDS,
  REQUEST,
  RESPONSE,
  SEPARATOR,
  STATE,
} from './jieba-channel';

/** Longest a call may block the caller; past it segmentation is switched off rather than stall the editor. */
const CALL_TIMEOUT_MS = 250;

/**
 * Loads nodejieba in a worker thread so that start-up, hover and completion never wait for
 * its dictionaries. Once it is ready, `onReady` receives a segmenter whose calls are
 * synchronous (the worker answers through shared memory in well under a millisecond).
 */
export function startJiebaWorker(onReady: (segmenter: Segmenter) => void, onError: (message: string) => void): () => void {
  const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
  const data = new Uint8Array(new SharedArrayBuffer(DATA_BYTES));
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let broken = false;
  let worker: Worker;
  try {
    worker = new Worker(path.join(__dirname, 'jieba-worker.js'), { workerData: { control: control.buffer, data: data.buffer } });
  } catch (error) {
    onError(error instanceof Error ? error.message : String(error));
    return () => undefined;
  }
  worker.unref();

  const call = (op: number, payload: string): string | undefined => {
    if (broken) return undefined;
    const { read, written } = encoder.encodeInto(payload, data);
    if (read < payload.length) return undefined;
    Atomics.store(control, OP, op);
    Atomics.store(control, LENGTH, written);
    Atomics.store(control, STATE, REQUEST);
    Atomics.notify(control, STATE);
    if (Atomics.wait(control, STATE, REQUEST, CALL_TIMEOUT_MS) === 'timed-out' && Atomics.load(control, STATE) === REQUEST) {
      broken = true;
      onError(`word segmentation did not answer within ${CALL_TIMEOUT_MS} ms and is now off`);
      return undefined;
    }
    const ok = Atomics.load(control, STATE) === RESPONSE;
    const response = ok ? decoder.decode(data.slice(0, Atomics.load(control, LENGTH))) : undefined;
    Atomics.store(control, STATE, IDLE);
    return response;
  };

  // Words are sent in batches when the next cut needs them.
  const pendingWords: string[] = [];
  const flushWords = () => {
    while (pendingWords.length > 0) call(OP_INSERT_WORDS, pendingWords.splice(0, 256).join(SEPARATOR));
  };
  const segmenter: Segmenter = {
    cut(text) {
      flushWords();
      const response = call(OP_CUT, text);
      return response === undefined ? [text] : response.split(SEPARATOR);
    },
    insertWord(word) {
      pendingWords.push(word);
    },
  };

  worker.on('message', (message: { ready: boolean; error?: string }) => {
    if (message.ready) onReady(segmenter);
    else onError(message.error ?? 'nodejieba could not load');
  });
  worker.on('error', (error) => {
    broken = true;
    onError(error.message);
  });
  return () => void worker.terminate();
}
