import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSpellingModel, type SpellingModel } from '../engine';

/** Where the build puts the wrong-character model: beside the bundled server in `dist/`. */
export function spellingModelFile(): string {
  return path.join(__dirname, 'spelling-model.bin');
}

/** Reads the model at once, for the CLI; throws when it is missing or damaged. */
export function loadSpellingModel(file = spellingModelFile()): SpellingModel {
  return decodeSpellingModel(fs.readFileSync(file));
}

/** Reads the model without holding up the event loop, for the server. */
export async function loadSpellingModelLater(file = spellingModelFile()): Promise<SpellingModel> {
  return decodeSpellingModel(await fs.promises.readFile(file));
}
