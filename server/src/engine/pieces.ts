import type { DocumentModel } from './document/model';
import type { PieceContext, PieceRule, RuleFinding } from './rules/rule';
import { BudgetedTextCache } from './text/budget-cache';
import { detach } from './text/detach';
import { LineIndex } from './text/lines';
import { protectedRanges } from './text/protected';
import type { Severity, SeveritySetting, Span } from './types';

/**
 * Where `text` is cut into the pieces that piece rules check one at a time: a paragraph with
 * its broken lines, or a line outside paragraphs. Each piece ends after its line break, so
 * the pieces cover the text. Markdown code fences, HTML comments and front matter over
 * several lines stay in one piece, because the rules must see them whole to leave them alone.
 * Returns the offsets of the cuts, from 0 to `text.length`.
 */
export function cutPieces(text: string, document: DocumentModel): number[] {
  const joined: Span[] = [...document.paragraphs.map((p) => p.span), ...protectedRanges(text).overLines()];
  joined.sort((a, b) => a.start - b.start);
  const cuts = [0];
  let next = 0;
  let coveredUntil = -1;
  const lines = new LineIndex(text);
  for (let line = 1; line < lines.lineCount; line++) {
    const cut = lines.lineStart(line);
    while (next < joined.length && joined[next].start < cut) coveredUntil = Math.max(coveredUntil, joined[next++].end);
    if (cut < text.length && cut >= coveredUntil) cuts.push(cut);
  }
  if (text.length > 0) cuts.push(text.length);
  return cuts;
}

/** Findings by the rule's place in the cache's rule list, relative to the piece; absent until that rule ran. */
type Entry = (readonly RuleFinding[] | undefined)[];

/**
 * A million characters: two documents of the most the server checks of one (half a million),
 * or several smaller ones. The pieces of the check just made are never dropped, so a larger document only holds
 * more while it is the one checked. Each character held costs about 7 bytes (the text and its
 * findings); four times this budget let a long editing session fill 27 MB with pieces its
 * edits had replaced.
 */
const DEFAULT_BUDGET = 1_000_000;
const NONE: readonly RuleFinding[] = Object.freeze([]);

/**
 * The findings of piece rules by piece text, so that an edit re-checks only the pieces it
 * touched. Entries not used lately are dropped once the texts held pass `budget` characters.
 * The cache must be cleared when anything else the rules read changes: the knowledge base or
 * the language of the messages.
 */
export class PieceCache {
  private readonly entries: BudgetedTextCache<Entry>;

  constructor(
    private readonly rules: readonly PieceRule[],
    budget = DEFAULT_BUDGET,
  ) {
    this.entries = new BudgetedTextCache(budget);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Drops the findings of the rule `code` alone, when only what it reads has changed. */
  forget(code: string): void {
    const slot = this.rules.findIndex((rule) => rule.code === code);
    if (slot >= 0) for (const findings of this.entries.values()) findings[slot] = undefined;
  }

  /**
   * The findings of every rule `settingOf` does not switch off, in document coordinates and
   * in text order, each with its severity; every finding emitted is a new object the caller
   * may complete.
   * `cuts` comes from `cutPieces`.
   */
  check(
    text: string,
    cuts: readonly number[],
    settingOf: (rule: PieceRule) => SeveritySetting,
    context: Omit<PieceContext, 'text'>,
    emit: (finding: RuleFinding, severity: Severity) => void,
  ): void {
    const slots: { slot: number; severity: Severity }[] = [];
    this.rules.forEach((rule, slot) => {
      const setting = settingOf(rule);
      if (setting !== 'off') slots.push({ slot, severity: setting });
    });
    if (slots.length === 0) return;
    this.entries.begin();
    for (let k = 0; k + 1 < cuts.length; k++) {
      const start = cuts[k];
      const piece = text.slice(start, cuts[k + 1]);
      let findings = this.entries.get(piece);
      if (!findings) this.entries.set(detach(piece), (findings = []));
      // Indexed loops: this runs for every rule of every piece on every keystroke.
      for (let r = 0; r < slots.length; r++) {
        const { slot, severity } = slots[r];
        let found = findings[slot];
        if (!found) {
          const result = this.rules[slot].check({ text: piece, knowledge: context.knowledge, locale: context.locale, spelling: context.spelling });
          found = findings[slot] = result.length > 0 ? result : NONE;
        }
        for (let f = 0; f < found.length; f++) emit(moveFinding(found[f], start), severity);
      }
    }
    this.entries.end();
  }
}

/**
 * A copy of `finding` with every span in this document moved `by` code units. Always a new
 * object: the cached one is never handed out, so the engine may complete the copy.
 */
export function moveFinding(finding: RuleFinding, by: number): RuleFinding {
  const move = (span: Span): Span => (by === 0 ? span : { start: span.start + by, end: span.end + by });
  const moved: { -readonly [K in keyof RuleFinding]: RuleFinding[K] } = Object.assign({}, finding, { span: move(finding.span) });
  if (by === 0) return moved;
  if (finding.related) moved.related = finding.related.map((r) => (r.source === undefined ? { ...r, span: move(r.span) } : r));
  if (finding.fixes) moved.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: move(e.span) })) }));
  return moved;
}
