import type { RuleContext } from '../rules/rule';
import { DuplicateDetector } from './detector';

let fallback: DuplicateDetector | undefined;

/** The engine's detector, or one shared detector without a corpus when a rule runs on its own. */
export function detectorOf(context: RuleContext): DuplicateDetector {
  if (context.duplicates) return context.duplicates;
  fallback ??= new DuplicateDetector();
  return fallback;
}
