import { canonOf } from '../canonical/canon';
import { findCountVariants } from '../canonical/counted';
import { findDeclaredVariants } from '../canonical/declared';
import { findDraftedVariants } from '../canonical/drafted';
import { findListVariants } from '../canonical/lists';
import { findNearMisses } from '../canonical/near-miss';
import { findSectionVariants } from '../canonical/sections';
import { findListRuns } from '../canonical/runs';
import type { Variant, VariantKind } from '../canonical/variant';
import { defineMessages } from '../messages';
import type { Locale } from '../types';
import type { PieceRule, RuleFinding } from './rule';

const messages = defineMessages({
  declared: {
    zh: '不规范写法：“{written}”应为“{canonical}”（据术语表）',
    en: 'Non-canonical spelling: “{written}” should be “{canonical}” (per the glossary)',
  },
  order: {
    zh: '提法次序与规范表述不一致，应为“{canonical}”',
    en: 'Items out of canonical order; the canonical phrasing is “{canonical}”',
  },
  changed: {
    zh: '提法有误：“{written}”应为“{replacement}”（规范表述：“{canonical}”）',
    en: 'Non-canonical item: “{written}” should be “{replacement}” (canonical: “{canonical}”)',
  },
  missing: {
    zh: '提法缺项，规范表述为“{canonical}”',
    en: 'An item is missing; the canonical phrasing is “{canonical}”',
  },
  numeral: {
    zh: '提法数目与规范表述不一致：“{written}”应为“{canonical}”',
    en: 'The count contradicts the canon: “{written}” should be “{canonical}”',
  },
  'near-miss': {
    zh: '疑似提法写错：“{written}”应为“{canonical}”',
    en: 'Probably a misspelt slogan: “{written}” should be “{canonical}”',
  },
  fix: { zh: '改为规范表述“{replacement}”', en: 'Change to the canonical “{replacement}”' },
  related: { zh: '规范表述出处', en: 'Where the canonical phrasing comes from' },
});

/** When variants overlap, the more specific finding wins. */
const PRIORITY: readonly VariantKind[] = ['declared', 'order', 'changed', 'missing', 'numeral', 'near-miss'];

/**
 * A slogan written otherwise than the canon has it: a spelling the glossary names as wrong,
 * items reordered, changed or left out, a count that contradicts the canon, or a coined
 * slogan one character off. Every finding
 * replaces the written text with the canonical one.
 */
export const noncanonicalPhrase: PieceRule = {
  scope: 'piece',
  code: 'noncanonical-phrase',
  defaultSeverity: 'warning',
  description: {
    zh: '与语料规范表述不一致的提法（次序、缺项、错字、数目）',
    en: 'A slogan that departs from its canonical phrasing (order, missing or changed items, count, a wrong character)',
  },
  check({ text, knowledge, locale }) {
    const canon = canonOf(knowledge);
    const variants = [
      ...findDeclaredVariants(text, canon),
      ...findListVariants(text, findListRuns(text), canon),
      ...findDraftedVariants(text, canon),
      ...findCountVariants(text, canon),
      ...findNearMisses(text, canon),
    ].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
    const kept: Variant[] = [];
    for (const variant of variants) {
      if (kept.some((k) => variant.span.start < k.span.end && k.span.start < variant.span.end)) continue;
      kept.push(variant);
    }
    return kept.map((variant) => toFinding(text, variant, locale));
  },
  acrossPieces({ text, document, knowledge, locale }) {
    return findSectionVariants(document, canonOf(knowledge)).map((variant) => toFinding(text, variant, locale));
  },
};

/** A variant as a finding; its fix writes the canonical text, unless the variant has none to offer (sections to move). */
function toFinding(text: string, variant: Variant, locale: Locale): RuleFinding {
  const t = messages(locale);
  const params = {
    written: text.slice(variant.span.start, variant.span.end),
    replacement: variant.replacement,
    canonical: variant.canonical,
  };
  const source = variant.entry.sources[0];
  const edits = variant.edits ?? [{ span: variant.span, newText: variant.replacement }];
  return {
    code: 'noncanonical-phrase',
    span: variant.span,
    message: t(variant.kind, params),
    related: source ? [{ source: source.source, span: source.span, message: t('related') }] : undefined,
    fixes: edits.length > 0 ? [{ title: t('fix', params), edits, safe: true, preferred: true }] : undefined,
  };
}
