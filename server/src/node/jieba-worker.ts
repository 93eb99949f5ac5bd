import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { FAILED, IDLE, LENGTH, OP, OP_CUT, OP_INSERT_WORDS, REQUEST, RESPONSE, SEPARATOR, STATE } from './jieba-channel';

// Runs nodejieba off the main thread: its dictionaries take about a second to load.
const { control: controlBuffer, data: dataBuffer } = workerData as { control: SharedArrayBuffer; data: SharedArrayBuffer };
const control = new Int32Array(controlBuffer);
const data = new Uint8Array(dataBuffer);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

interface NodeJieba {
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  load(files: { dict: string; hmmDict: string; userDict: string; idfDict: string; stopWordDict: string }): void;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
}

/** nodejieba with every dictionary that word cutting needs; throws if one is missing. */
function loadJieba(): NodeJieba {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodejieba = require('nodejieba') as NodeJieba;
  // load() also builds keyword extraction, which is never called here, from a 6 MB idf table and
  // a stop-word list: a one-line table serves for both and saves about 40 MB and 0.2 s.
  const keywordTables = path.join(__dirname, 'jieba', 'keyword-tables.utf8');
  const files = {
    dict: nodejieba.DEFAULT_DICT,
    hmmDict: nodejieba.DEFAULT_HMM_DICT,
    userDict: nodejieba.DEFAULT_USER_DICT,
    idfDict: keywordTables,
    stopWordDict: keywordTables,
  };
  // nodejieba aborts the whole process on a file it cannot open, so a missing one is reported here.
  const missing = Object.values(files).find((file) => !fs.existsSync(file));
  if (missing) throw new Error(`${missing} is missing`);
  nodejieba.load(files);
  return nodejieba;
}

let jieba: NodeJieba;
try {
  jieba = loadJieba();
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
