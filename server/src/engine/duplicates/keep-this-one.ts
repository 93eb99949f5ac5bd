import { defineMessages } from '../messages';
import { clauseDeletionSpan, deletionSpan } from '../rules/deletion';
import type { Finding, Fix, Locale } from '../types';

const messages = defineMessages({
  keep: { zh: '保留此处，删除另一处', en: 'Keep this one, delete the other' },
});

/**
 * For a repeated sentence or clause, the fix that keeps this occurrence and deletes the
 * other one, which lies elsewhere in the document.
 */
export function keepThisOne(text: string, finding: Finding, locale: Locale): Fix | undefined {
  const other = finding.related?.[0];
  if (!other || other.source !== undefined) return undefined;
  let span;
  if (finding.code === 'duplicate-sentence' || finding.code === 'near-duplicate') span = deletionSpan(text, other.span);
  else if (finding.code === 'duplicate-clause') span = clauseDeletionSpan(text, other.span);
  else return undefined;
  return { title: messages(locale)('keep'), edits: [{ span, newText: '' }], safe: false };
}
