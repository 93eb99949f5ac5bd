import type { TermEntry } from '../corpus/knowledge';
import type { Span, TextEdit } from '../types';

export type VariantKind = 'declared' | 'order' | 'changed' | 'missing' | 'numeral' | 'near-miss';

/** Text that departs from a canonical phrasing, and the canonical text that replaces it. */
export interface Variant {
  readonly kind: VariantKind;
  readonly span: Span;
  /** The canonical text for `span`. */
  readonly replacement: string;
  /** The whole canonical phrasing, for the message. */
  readonly canonical: string;
  readonly entry: TermEntry;
  /** The fix's edits, when it is more than `replacement` over `span` (items moved, an item inserted and the ordinals after it renumbered). */
  readonly edits?: readonly TextEdit[];
}
