import * as path from 'node:path';
import type { SpellingModel } from '../../server/src/engine';
import { loadSpellingModel } from '../../server/src/node/spelling';
import { ROOT } from './corpus';

let model: SpellingModel | undefined;

/** The wrong-character model the build wrote to dist/, as the CLI loads it; a missing one fails the test. */
export function spellingModel(): SpellingModel {
  model ??= loadSpellingModel(path.join(ROOT, 'dist', 'spelling-model.bin'));
  return model;
}
