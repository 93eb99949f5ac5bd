import type { Finding, Locale, Severity } from '../engine';
import { defineMessages } from '../engine/messages';
import type { Palette } from './color';
import { formatPlace, placeOf, quoteAround, type CheckedDocument } from './document';
import { displayWidth } from './progress';

/** Text output shows this many findings of one code per file; `--all` shows every one. */
export const FINDINGS_SHOWN_PER_CODE = 5;

const moreMessages = defineMessages({
  more: {
    zh: '…… 另有 {count} 条 {code}（--all 全部列出；--fix 自动修复其中可安全修复的）',
    en: '… {count} more {code} (--all lists them; --fix applies the safe fixes)',
  },
});

const severityLabels = defineMessages({
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  hint: { zh: '提示', en: 'hint' },
});

/**
 * Findings grouped under their file: `  3:5  warning  message  code`, then the text around
 * the finding with the finding itself marked (by colour on a terminal, «» otherwise).
 */
export function formatText(
  documents: readonly CheckedDocument[],
  palette: Palette,
  colored: boolean,
  locale: Locale = 'en',
  limitPerCode = Infinity,
): string[] {
  const label = severityLabels(locale);
  const more = moreMessages(locale);
  const labelWidth = Math.max(...(['error', 'warning', 'info', 'hint'] as const).map((s) => displayWidth(label(s))));
  const out: string[] = [];
  for (const document of documents) {
    if (document.findings.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(palette.underline(document.display));
    const places = document.findings.map((f) => formatPlace(document.kind, placeOf(document, f.span.start)));
    const width = Math.max(...places.map((p) => p.length));
    const shownPerCode = new Map<string, number>();
    document.findings.forEach((finding, i) => {
      const shown = shownPerCode.get(finding.code) ?? 0;
      shownPerCode.set(finding.code, shown + 1);
      if (shown >= limitPerCode) return;
      const severity = label(finding.severity);
      const padded = severity + ' '.repeat(labelWidth - displayWidth(severity));
      out.push(`  ${palette.dim(places[i].padEnd(width))}  ${paintSeverity(finding.severity, padded, palette)}  ${finding.message}  ${palette.dim(finding.code)}`);
      out.push(`  ${' '.repeat(width)}  ${quoteLine(document, finding, palette, colored)}`);
    });
    for (const [code, count] of shownPerCode) {
      if (count > limitPerCode) out.push(`  ${palette.dim(more('more', { count: count - limitPerCode, code }))}`);
    }
  }
  return out;
}

function paintSeverity(severity: Severity, label: string, palette: Palette): string {
  if (severity === 'error') return palette.red(label);
  if (severity === 'warning') return palette.yellow(label);
  return palette.blue(label);
}

function quoteLine(document: CheckedDocument, finding: Finding, palette: Palette, colored: boolean): string {
  const quote = quoteAround(document.text, document.lines, finding.span);
  const match = colored ? palette.bold(palette.underline(quote.match)) : `«${quote.match}»`;
  return `${palette.dim(quote.before)}${match}${palette.dim(quote.after)}`;
}
