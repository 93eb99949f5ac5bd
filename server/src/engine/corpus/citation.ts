/** Where an official text comes from: its title, the body that issued it and its date. */
export interface Citation {
  /** The title, normally in 《》: 《2024年政府工作报告》. */
  readonly title: string;
  readonly issuer?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; absent where the text bears no date. */
  readonly date?: string;
}

/** 2024-03-05 → 2024年3月5日; 2024-03 → 2024年3月; anything else as written. */
export function chineseDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(date);
  if (!m) return date;
  return `${m[1]}年${m[2] ? `${Number(m[2])}月` : ''}${m[3] ? `${Number(m[3])}日` : ''}`;
}

/** 《2024年政府工作报告》（国务院，2024年3月5日）: how a hover cites an official source. */
export function formatCitation(citation: Citation): string {
  const details = [citation.issuer?.trim(), citation.date ? chineseDate(citation.date.trim()) : undefined].filter(Boolean);
  return details.length > 0 ? `${citation.title}（${details.join('，')}）` : citation.title;
}
