import { enumerationRuns, renderNumeral, type EnumerationMarker, type EnumerationRun } from '../document/enumerations';
import { defineMessages } from '../messages';
import type { Fix, TextEdit } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  skip: { zh: '序号跳跃：“{marker}”之前缺少“{expected}”', en: "The numbering skips: '{expected}' is missing before '{marker}'" },
  repeat: { zh: '序号重复：“{marker}”与上一项相同', en: "The numbering repeats: '{marker}' is the same as the item before" },
  backwards: { zh: '序号倒退：“{marker}”排在“{previous}”之后', en: "The numbering goes backwards: '{marker}' comes after '{previous}'" },
  start: {
    zh: '层级混用：“{parent}”之下的第一项是“{marker}”，应从“{expected}”开始',
    en: "Mixed levels: the first item under '{parent}' is '{marker}'; it should start at '{expected}'",
  },
  related: { zh: '上一项', en: 'The item before' },
  fix: { zh: '重新编号：{numbers}', en: 'Renumber: {numbers}' },
});

/** Markdown's lazy ordered lists number every item 1. */
function isLazyMarkdownList(run: EnumerationRun): boolean {
  return run.markers.length > 1 && run.markers[0].level === 3 && run.markers.every((m) => m.value === 1);
}

/**
 * Enumerations whose ordinals skip, repeat, go backwards or start a level in the middle
 * (一、 followed by （二）). The fix renumbers the whole enumeration 1, 2, 3… in one edit set,
 * so it reaches the later items too; fix-all applies it when the run has exactly one defect,
 * so the intended numbering is plain. A level that starts in the middle may be a wrong level
 * rather than a wrong number, so that one is never applied blindly.
 */
export const enumerationOrder: DocumentRule = {
  scope: 'document',
  code: 'enumeration-order',
  defaultSeverity: 'warning',
  description: { zh: '序号跳跃、重复或层级混用', en: 'Enumeration numbers that skip, repeat or mix levels' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const show = (m: EnumerationMarker) => text.slice(m.span.start, m.span.end);
    const withValue = (m: EnumerationMarker, value: number) =>
      text.slice(m.span.start, m.numeral.start) + renderNumeral(m, value) + text.slice(m.numeral.end, m.span.end);
    for (const run of enumerationRuns(document)) {
      if (isLazyMarkdownList(run)) continue;
      const { markers } = run;
      const defects: { marker: EnumerationMarker; message: string; previous?: EnumerationMarker }[] = [];
      const first = markers[0];
      const startsLate = first.family === 'heading' && first.value !== 1 && run.parent !== undefined;
      if (startsLate) {
        defects.push({ marker: first, message: t('start', { parent: show(run.parent!), marker: show(first), expected: withValue(first, 1) }) });
      }
      for (let j = 1; j < markers.length; j++) {
        const previous = markers[j - 1];
        const marker = markers[j];
        if (marker.value === previous.value + 1) continue;
        const message =
          marker.value === previous.value
            ? t('repeat', { marker: show(marker) })
            : marker.value > previous.value
              ? t('skip', { marker: show(marker), expected: withValue(marker, previous.value + 1) })
              : t('backwards', { marker: show(marker), previous: show(previous) });
        defects.push({ marker, message, previous });
      }
      if (defects.length === 0) continue;
      const edits: TextEdit[] = [];
      markers.forEach((marker, index) => {
        if (marker.value !== index + 1) edits.push({ span: marker.span, newText: withValue(marker, index + 1) });
      });
      const fix: Fix | undefined =
        edits.length === 0 || edits.some((e) => e.newText === '')
          ? undefined
          : { title: t('fix', { numbers: markers.map((m, i) => withValue(m, i + 1)).join(' ') }), edits, safe: defects.length === 1 && !startsLate, preferred: true };
      for (const defect of defects) {
        findings.push({
          code: 'enumeration-order',
          span: defect.marker.span,
          message: defect.message,
          related: defect.previous ? [{ span: defect.previous.span, message: t('related') }] : undefined,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
    return findings;
  },
};
