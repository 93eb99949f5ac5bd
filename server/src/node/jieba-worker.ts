import { parentPort, workerData } from 'node:worker_threads';
import { FAILED, IDLE, LENGTH, OP, OP_CUT, OP_INSERT_WORDS, REQUEST, RESPONSE, SEPARATOR, STATE } from './jieba-channel';

// Runs nodejieba off the main thread: its dictionaries take about a second to load.
const { control: controlBuffer, data: dataBuffer } = workerData as { control: SharedArrayBuffer; data: SharedArrayBuffer };
const control = new Int32Array(controlBuffer);
const data = new Uint8Array(dataBuffer);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jieba = require('nodejieba') as { load(): void; cut(text: string, hmm?: boolean): string[]; insertWord(word: string): boolean };
try {
  jieba.load();
  parentPort!.postMessage({ ready: true });
} catch (error) {
  parentPort!.postMessage({ ready: false, error: error instanceof Error ? error.message : String(error) });
  process.exit(0);
}

for (;;) {
  Atomics.wait(control, STATE, IDLE);
  if (Atomics.load(control, STATE) !== REQUEST) continue;
  try {
    const request = decoder.decode(data.subarray(0, Atomics.load(control, LENGTH)));
    let response = '';
    if (Atomics.load(control, OP) === OP_CUT) response = jieba.cut(request, true).join(SEPARATOR);
    else if (Atomics.load(control, OP) === OP_INSERT_WORDS) for (const word of request.split(SEPARATOR)) if (word) jieba.insertWord(word);
    const { written } = encoder.encodeInto(response, data);
    Atomics.store(control, LENGTH, written);
    Atomics.store(control, STATE, RESPONSE);
  } catch {
    Atomics.store(control, STATE, FAILED);
  }
  Atomics.notify(control, STATE);
}
