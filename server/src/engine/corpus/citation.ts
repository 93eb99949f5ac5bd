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

/**
 * 《2024年政府工作报告》（国务院，2024年3月5日）: how a hover cites an official source. A title
 * that already ends in a note keeps one pair of brackets, and an issuer the note names is not
 * repeated: 《中国共产党章程》（中国共产党第二十次全国代表大会部分修改，2022年10月22日）.
 */
export function formatCitation(citation: Citation): string {
  const note = /（([^（）]*)）$/u.exec(citation.title);
  const issuer = citation.issuer?.trim();
  const details = [
    note?.[1],
    issuer && !note?.[1].includes(issuer) ? issuer : undefined,
    citation.date ? chineseDate(citation.date.trim()) : undefined,
  ].filter(Boolean);
  const title = note ? citation.title.slice(0, note.index) : citation.title;
  return details.length > 0 ? `${title}（${details.join('，')}）` : title;
}
