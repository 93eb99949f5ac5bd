import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './corpus';

/**
 * A path into the shared data beside the repository (`../shared`). Throws when it is missing:
 * a test that needs the data fails rather than passing over it.
 */
export function sharedPath(...parts: string[]): string {
  const full = path.join(ROOT, '..', 'shared', ...parts);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: the shared data must sit beside the repository`);
  return full;
}

export function readShared(...parts: string[]): string {
  return fs.readFileSync(sharedPath(...parts), 'utf8');
}

/** The texts of the `.txt` files of a shared folder, by file name. */
export function sharedTexts(folder: string): { name: string; text: string }[] {
  const dir = sharedPath(folder);
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`${dir} holds no .txt file`);
  return names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
