import { defineMessages } from '../messages';
import { findWrongCharacters } from '../spelling/detect';
import { looksLikeNames } from '../document/lines';
import { protectedRanges } from '../text/protected';
import type { Span } from '../types';
import type { PieceRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '“{written}”疑为错别字，可能应为“{meant}”',
    en: "'{written}' looks like a slip: probably '{meant}' was meant",
  },
  or: { zh: '”或“', en: "' or '" },
  fix: { zh: '改为“{meant}”', en: "Change to '{meant}'" },
});

/** At most this many characters are offered as fixes, best first. */
const MAX_FIXES = 3;

/**
 * A character that, in its context, is very likely a slip for one that sounds or looks
 * alike (错别字), judged by the spelling model handed to the engine; without one the rule is
 * silent. A person confirms the fix: it is never safe, so fix-all and `--fix` leave it alone.
 */
export const wrongCharacter: PieceRule = {
  scope: 'piece',
  code: 'wrong-character',
  defaultSeverity: 'warning',
  description: {
    zh: '疑似错别字（音近或形近的字）',
    en: 'Likely wrong character (a sound-alike or look-alike slip)',
  },
  check({ text, locale, spelling }) {
    if (!spelling) return [];
    const t = messages(locale);
    const guard = protectedRanges(text);
    const left = [...titleSpans(text), ...nameLines(text)];
    const skip = (offset: number) => guard.has(offset) || left.some((s) => offset >= s.start && offset < s.end);
    const findings: RuleFinding[] = [];
    for (const suspicion of findWrongCharacters(spelling, text, skip)) {
      const span = { start: suspicion.offset, end: suspicion.offset + 1 };
      const meant = suspicion.candidates.slice(0, MAX_FIXES).map((c) => c.char);
      findings.push({
        code: 'wrong-character',
        span,
        message: t('message', { written: suspicion.written, meant: meant.join(t('or')) }),
        fixes: meant.map((char, i) => ({ title: t('fix', { meant: char }), edits: [{ span, newText: char }], safe: false, preferred: i === 0 })),
      });
    }
    return findings;
  },
};

/** Lines that read as a list of names (a byline such as 吴边 殷新): names are never judged. */
function nameLines(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\r\n]+/gu)) if (looksLikeNames(line[0].trim())) spans.push({ start: line.index, end: line.index + line[0].length });
  return spans;
}

/** The insides of 《…》 titles: a title is quoted as it was published, slips included. */
function titleSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') {
      if (depth++ === 0) open = i;
    } else if (ch === '》' && depth > 0) {
      if (--depth === 0) spans.push({ start: open + 1, end: i });
    } else if (ch === '\n' && depth > 0) {
      spans.push({ start: open + 1, end: i });
      depth = 0;
    }
  }
  if (depth > 0) spans.push({ start: open + 1, end: text.length });
  return spans;
}
