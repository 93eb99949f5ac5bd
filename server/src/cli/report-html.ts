import { sourceLabel, type Finding, type Locale, type Severity, type TermEntry } from '../engine';
import { defineMessages } from '../engine/messages';
import { formatPlace, placeOf, quoteAround } from './document';
import type { ReportDocument, ReportLine, ReportModel } from './report-model';
import { REPORT_CSS } from './report-style';

const messages = defineMessages({
  title: { zh: 'Tifa 审读报告', en: 'Tifa review report' },
  meta: {
    zh: '生成于 {date} · {files} 个文件 · {errors} 个错误，{warnings} 个警告，{infos} 个提示',
    en: 'Generated {date} · {files} file(s) · {errors} error(s), {warnings} warning(s), {infos} note(s)',
  },
  contents: { zh: '目录', en: 'Contents' },
  rules: { zh: '各规则问题数', en: 'Findings per rule' },
  rule: { zh: '规则', en: 'Rule' },
  description: { zh: '说明', en: 'Description' },
  total: { zh: '合计', en: 'Total' },
  overlap: { zh: '查重：与语料重合', en: 'Overlap with the corpus (查重)' },
  noOverlap: { zh: '未发现与语料重合的句子。', en: 'No sentence matches the corpus.' },
  source: { zh: '来源', en: 'Source' },
  share: { zh: '重合比例', en: 'Share' },
  passages: { zh: '重合段数', en: 'Passages' },
  characters: { zh: '重合字数', en: 'Characters' },
  findings: { zh: '问题', en: 'Findings' },
  noFindings: { zh: '没有发现问题。', en: 'No findings.' },
  text: { zh: '全文', en: 'Text' },
  textDocx: { zh: '全文（Word 文档，每行一段）', en: 'Text (Word document, one paragraph per line)' },
  slogans: { zh: '文中用到的提法', en: 'Slogans used' },
  noSlogans: { zh: '文中没有用到已知的提法。', en: 'The documents use no known slogan.' },
  times: { zh: '出现 {count} 次', en: '{count} use(s)' },
  items: { zh: '内容', en: 'Items' },
  definition: { zh: '释义', en: 'Definition' },
  sourcesCount: { zh: '语料中出处 {count} 处，例如：', en: '{count} source(s) in the corpus, for example:' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
  hint: { zh: '提示', en: 'hint' },
  footer: { zh: '由 Tifa {version} 生成', en: 'Made by Tifa {version}' },
});

type T = ReturnType<typeof messages>;

export interface ReportMeta {
  readonly locale: Locale;
  readonly version: string;
  readonly date: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
/** Columns of the per-rule table: hints are counted with notes, as the summary line does. */
const COLUMNS: readonly (readonly Severity[])[] = [['error'], ['warning'], ['info', 'hint']];

/** The whole report as one HTML page with its stylesheet inlined and no script or external asset. */
export function renderReport(model: ReportModel, meta: ReportMeta): string {
  const t = messages(meta.locale);
  const total = (s: Severity) => model.rules.reduce((sum, r) => sum + r.bySeverity[s], 0);
  const parts: string[] = [
    '<!doctype html>',
    `<html lang="${meta.locale === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t('title'))}</title><style>${REPORT_CSS}</style></head>`,
    '<body><header>',
    `<h1>${escapeHtml(t('title'))}</h1>`,
    `<p class="meta">${escapeHtml(
      t('meta', { date: meta.date, files: model.documents.length, errors: total('error'), warnings: total('warning'), infos: total('info') + total('hint') }),
    )}</p>`,
    `<nav><h2>${escapeHtml(t('contents'))}</h2><ul>`,
    `<li><a href="#rules">${escapeHtml(t('rules'))}</a></li>`,
    ...model.documents.map((d, i) => `<li><a href="#doc-${i + 1}">${escapeHtml(d.document.display)}</a></li>`),
    `<li><a href="#slogans">${escapeHtml(t('slogans'))}</a></li>`,
    '</ul></nav></header><main>',
    renderRules(model, t),
    ...model.documents.map((d, i) => renderDocument(d, i + 1, model, t)),
    renderSlogans(model, t),
    `</main><footer>${escapeHtml(t('footer', { version: meta.version }))}</footer></body></html>`,
  ];
  return `${parts.join('\n')}\n`;
}

function renderRules(model: ReportModel, t: T): string {
  const head = `<tr><th>${escapeHtml(t('rule'))}</th><th>${escapeHtml(t('description'))}</th>${COLUMNS.map((c) => `<th>${escapeHtml(t(c[0]))}</th>`).join('')}<th>${escapeHtml(t('total'))}</th></tr>`;
  const rows = model.rules.map(
    (r) =>
      `<tr class="${r.total === 0 ? 'zero' : 'used'}" data-rule="${escapeHtml(r.code)}"><td><code>${escapeHtml(r.code)}</code></td><td>${escapeHtml(r.description)}</td>` +
      `${COLUMNS.map((c) => `<td class="num">${c.reduce((n, s) => n + r.bySeverity[s], 0)}</td>`).join('')}<td class="num">${r.total}</td></tr>`,
  );
  return `<section id="rules"><h2>${escapeHtml(t('rules'))}</h2><table>${head}${rows.join('')}</table></section>`;
}

function renderDocument(entry: ReportDocument, n: number, model: ReportModel, t: T): string {
  const { document, overlap } = entry;
  const out = [`<section class="document" id="doc-${n}"><h2>${escapeHtml(document.display)}</h2>`];
  out.push(`<h3>${escapeHtml(t('overlap'))}</h3>`);
  if (overlap.sources.length === 0) out.push(`<p class="none">${escapeHtml(t('noOverlap'))}</p>`);
  else {
    out.push(
      `<table class="overlap"><tr><th>${escapeHtml(t('source'))}</th><th>${escapeHtml(t('share'))}</th><th>${escapeHtml(t('characters'))}</th><th>${escapeHtml(t('passages'))}</th></tr>`,
      ...overlap.sources.map(
        (s) =>
          `<tr><td>${escapeHtml(s.title ? `《${s.title}》` : s.source)} <code>${escapeHtml(s.source)}</code></td><td class="num">${s.percent}%</td>` +
          `<td class="num">${s.matchedCharacters}</td><td class="num">${s.passages}</td></tr>`,
      ),
      '</table>',
    );
  }
  out.push(`<h3>${escapeHtml(t('findings'))}</h3>`);
  if (document.findings.length === 0) out.push(`<p class="none">${escapeHtml(t('noFindings'))}</p>`);
  else {
    out.push('<ol class="findings">');
    document.findings.forEach((finding, i) => {
      const place = formatPlace(document.kind, placeOf(document, finding.span.start));
      const quote = quoteAround(document.text, document.lines, finding.span);
      out.push(
        `<li data-code="${escapeHtml(finding.code)}"><a href="#d${n}-f${i + 1}">${escapeHtml(place)}</a> <span class="sev ${finding.severity}">${escapeHtml(t(finding.severity))}</span> ` +
          `${escapeHtml(finding.message)} <code>${escapeHtml(finding.code)}</code><br><q>${escapeHtml(quote.before)}<b>${escapeHtml(quote.match)}</b>${suggestion(finding)}${escapeHtml(quote.after)}</q></li>`,
      );
    });
    out.push('</ol>');
  }
  out.push(`<h3>${escapeHtml(t(document.kind === 'docx' ? 'textDocx' : 'text'))}</h3><div class="text">`);
  const state: MarkState = { opened: new Set(), lastSegment: lastSegments(entry.lines) };
  for (const line of entry.lines) out.push(renderLine(entry, line, n, model, state));
  out.push('</div></section>');
  return out.join('\n');
}

interface MarkState {
  /** Findings whose anchor has been placed (on their first segment). */
  readonly opened: Set<number>;
  /** Per finding, `line:segment` of its last segment, where its number goes. */
  readonly lastSegment: Map<number, string>;
}

function lastSegments(lines: readonly ReportLine[]): Map<number, string> {
  const last = new Map<number, string>();
  for (const line of lines) line.segments.forEach((segment, s) => segment.findings.forEach((f) => last.set(f, `${line.number}:${s}`)));
  return last;
}

function renderLine(entry: ReportDocument, line: ReportLine, n: number, model: ReportModel, state: MarkState): string {
  const { document } = entry;
  let html = '';
  const pending = [...line.points];
  const point = (upTo: number) => {
    while (pending.length > 0 && pending[0].offset <= upTo) {
      const { finding } = pending.shift()!;
      const f = document.findings[finding];
      html += `<mark class="point ${f.severity}" id="d${n}-f${finding + 1}" title="${escapeHtml(f.message)}">‸</mark><sup class="fn">${finding + 1}</sup>`;
    }
  };
  line.segments.forEach((segment, s) => {
    point(segment.start);
    let inner = escapeHtml(document.text.slice(segment.start, segment.end));
    if (segment.term !== undefined) {
      const slogan = model.slogans[segment.term].entry;
      inner = `<a class="term" href="#term-${segment.term + 1}" title="${escapeHtml(termSummary(slogan))}">${inner}</a>`;
    }
    if (segment.findings.length > 0) {
      const findings = segment.findings.map((i) => document.findings[i]);
      const severity = SEVERITIES.find((sev) => findings.some((f) => f.severity === sev))!;
      const anchor = segment.findings.find((i) => !state.opened.has(i));
      if (anchor !== undefined) state.opened.add(anchor);
      const id = anchor !== undefined ? ` id="d${n}-f${anchor + 1}"` : '';
      const title = findings.map((f) => f.message).join('\n');
      inner = `<mark class="${severity}"${id} data-findings="${segment.findings.map((i) => i + 1).join(' ')}" title="${escapeHtml(title)}">${inner}</mark>`;
      for (const i of segment.findings) {
        if (state.lastSegment.get(i) === `${line.number}:${s}`) inner += `${suggestion(document.findings[i])}<sup class="fn">${i + 1}</sup>`;
      }
    }
    html += inner;
  });
  point(Number.POSITIVE_INFINITY);
  return `<div class="line"><span class="no">${line.number}</span><span class="tx">${html}</span></div>`;
}

function renderSlogans(model: ReportModel, t: T): string {
  if (model.slogans.length === 0) return `<section id="slogans"><h2>${escapeHtml(t('slogans'))}</h2><p class="none">${escapeHtml(t('noSlogans'))}</p></section>`;
  const items = model.slogans.map(({ entry, count }, i) => {
    const parts = [`<dt id="term-${i + 1}">${escapeHtml(entry.term)} <small>${escapeHtml(t('times', { count }))}</small></dt>`];
    if (entry.items && entry.items.length > 0) parts.push(`<dd>${escapeHtml(t('items'))}：${entry.items.map(escapeHtml).join('；')}</dd>`);
    if (entry.definition) {
      const from = entry.definitionSource ? `（${entry.definitionSource}）` : '';
      parts.push(`<dd>${escapeHtml(t('definition'))}：${escapeHtml(entry.definition + from)}</dd>`);
    }
    const source = entry.sources[0];
    if (source) {
      const where = sourceLabel(source, ' ');
      parts.push(
        `<dd>${escapeHtml(t('sourcesCount', { count: entry.sources.length }))}<blockquote>${escapeHtml(source.sentence)}${where ? `<br>—— ${escapeHtml(where)}` : ''}</blockquote></dd>`,
      );
    }
    return parts.join('');
  });
  return `<section id="slogans"><h2>${escapeHtml(t('slogans'))}</h2><dl class="slogans">${items.join('\n')}</dl></section>`;
}

function termSummary(entry: TermEntry): string {
  if (entry.definition) return `${entry.term}：${entry.definition}`;
  if (entry.items && entry.items.length > 0) return `${entry.term}：${entry.items.join('；')}`;
  return entry.term;
}

/**
 * The character a wrong-character finding suggests, shown beside the one written: the reviewer
 * reads both without opening the editor. Other findings' fixes are mechanical and not shown.
 */
function suggestion(finding: Finding): string {
  if (finding.code !== 'wrong-character') return '';
  const meant = (finding.fixes ?? []).map((fix) => fix.edits[0]?.newText).filter((text): text is string => Boolean(text));
  if (meant.length === 0) return '';
  return `<ins class="suggest" title="${escapeHtml(finding.message)}">${meant.map(escapeHtml).join('/')}</ins>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}
