import type { Finding } from '../engine';

/**
 * The earliest `max` findings in text order, and the first of those left out with their
 * count. No one reads thousands of squiggles, and a document that yields them (a line of one
 * unclosed mark, a long text pasted many times) must not slow the editor sending them.
 */
export function earliestFindings(findings: readonly Finding[], max: number): { shown: readonly Finding[]; left: number; firstLeft?: Finding } {
  if (findings.length <= max) return { shown: findings, left: 0 };
  const ordered = [...findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { shown: ordered.slice(0, max), left: ordered.length - max, firstLeft: ordered[max] };
}
