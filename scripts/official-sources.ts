// Reads the provenance of the embedded official texts (corpus/official/SOURCES.md) into the
// metadata each citation needs, and checks that the shipped texts are the ones it describes.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type OfficialKind =
  | 'government-work-report'
  | 'npc-resolution'
  | 'party-congress-report'
  | 'party-constitution'
  | 'constitution'
  | 'party-resolution'
  | 'central-document';

export interface OfficialSourceMeta {
  readonly file: string;
  /** The title in 《》, as a citation gives it. */
  readonly title: string;
  readonly issuer: string;
  /** YYYY-MM-DD, or null where SOURCES.md says the text bears no date. */
  readonly date: string | null;
  readonly kind: OfficialKind;
  readonly bytes: number;
  /** First 16 hex digits of the SHA-256 of the shipped file. */
  readonly sha256: string;
  /** Where the hash was taken from: the row of SOURCES.md, or the copy itself where SOURCES.md lists the text only under alternates/. */
  readonly hashFrom: 'SOURCES.md' | 'copy';
  /** The row of SOURCES.md the title, issuer and date were read from. */
  readonly row: string;
}

export interface OfficialMetadataFile {
  readonly description: string;
  readonly sources: readonly OfficialSourceMeta[];
}

interface SourcesRow {
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly what: string;
}

/** The rows of the tables of SOURCES.md that describe a file (main files and alternates/). */
export function readSourcesTable(markdown: string): SourcesRow[] {
  const rows: SourcesRow[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/gu, '').trim());
    if (cells.length < 4 || !/\.txt$/u.test(cells[0])) continue;
    const sha = /^`([0-9a-f]{16})`$/u.exec(cells[2]);
    if (!sha || !/^\d+$/u.test(cells[1])) continue;
    rows.push({ file: cells[0], bytes: Number(cells[1]), sha256: sha[1], what: cells[3] });
  }
  return rows;
}

const ORDINALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

function chineseOrdinal(n: number): string {
  const word = ORDINALS[n];
  if (!word) throw new Error(`no Chinese ordinal for ${n}`);
  return word;
}

function kindOf(file: string): OfficialKind {
  const base = path.basename(file);
  if (base.startsWith('gov-report-')) return 'government-work-report';
  if (base.startsWith('npc-resolution-')) return 'npc-resolution';
  if (base.startsWith('party-congress-report-')) return 'party-congress-report';
  if (base.startsWith('cpc-constitution-')) return 'party-constitution';
  if (base.startsWith('prc-constitution-')) return 'constitution';
  if (base.startsWith('resolution-')) return 'party-resolution';
  if (base.startsWith('central-doc-')) return 'central-document';
  throw new Error(`${file}: unknown kind of official text`);
}

/** The date of the text: the last full ISO date in the row (an amended constitution lists earlier years first), or 2020年5月28日. */
function dateOf(what: string): string | null {
  const iso = [...what.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/gu)].map((m) => m[1]);
  if (iso.length > 0) return iso[iso.length - 1];
  const zh = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(what);
  if (zh) return `${zh[1]}-${zh[2].padStart(2, '0')}-${zh[3].padStart(2, '0')}`;
  if (/date not in source text/u.test(what)) return null;
  throw new Error(`no date in “${what}”`);
}

function titleOf(kind: OfficialKind, what: string, date: string | null): string {
  if (kind === 'government-work-report') {
    if (!date) throw new Error(`a government work report without a date: “${what}”`);
    return `《${date.slice(0, 4)}年政府工作报告》`;
  }
  const bracketed = /《[^》]+》/u.exec(what);
  if (bracketed) return bracketed[0];
  const leading = /^([\p{Script=Han} ]+?)\s*[(,]/u.exec(what);
  if (!leading) throw new Error(`no title in “${what}”`);
  return `《${leading[1].trim()}》`;
}

function issuerOf(kind: OfficialKind, what: string, title: string): string {
  switch (kind) {
    case 'government-work-report':
      if (/State Council/u.test(what)) return '国务院';
      break;
    case 'npc-resolution': {
      const session = /第[一二三四五六七八九十]+届全国人民代表大会第[一二三四五六七八九十]+次会议/u.exec(title);
      if (session) return session[0];
      break;
    }
    case 'party-congress-report':
    case 'party-constitution': {
      const congress = /CPC (\d+)(?:st|nd|rd|th) National Congress/u.exec(what);
      if (congress) return `中国共产党第${chineseOrdinal(Number(congress[1]))}次全国代表大会`;
      break;
    }
    case 'constitution':
      if (/National People's Congress/u.test(what)) return '全国人民代表大会';
      break;
    case 'party-resolution': {
      const plenum = /(\d+)(?:st|nd|rd|th) Plenary Session of the (\d+)(?:st|nd|rd|th) CPC Central Committee/u.exec(what);
      if (plenum) return `中国共产党第${chineseOrdinal(Number(plenum[2]))}届中央委员会第${chineseOrdinal(Number(plenum[1]))}次全体会议`;
      break;
    }
    case 'central-document':
      if (/CPC Central Committee & State Council/u.test(what)) return '中共中央 国务院';
      break;
  }
  throw new Error(`no issuer in “${what}”`);
}

export function sha256Prefix(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The metadata of every text in `dir`, read from its SOURCES.md. A text listed in the main
 * table must still have the bytes and hash recorded there; a text listed only under
 * alternates/ (a copy of the same document taken elsewhere) takes its title, issuer and date
 * from that row and its hash from the copy.
 */
export function officialMetadata(dir: string): OfficialMetadataFile {
  const rows = readSourcesTable(fs.readFileSync(path.join(dir, 'SOURCES.md'), 'utf8'));
  const problems: string[] = [];
  const sources = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file): OfficialSourceMeta | undefined => {
      const bytes = fs.readFileSync(path.join(dir, file));
      const sha256 = sha256Prefix(bytes);
      const main = rows.find((row) => row.file === file);
      const alternate = rows.find((row) => row.file === `alternates/${file}`);
      const row = main ?? alternate;
      if (!row) {
        problems.push(`${file}: not described in SOURCES.md`);
        return undefined;
      }
      if (main && (main.sha256 !== sha256 || main.bytes !== bytes.length)) {
        problems.push(`${file}: ${bytes.length} bytes, sha256 ${sha256}; SOURCES.md records ${main.bytes} bytes, ${main.sha256}`);
      }
      const kind = kindOf(file);
      const date = dateOf(row.what);
      const title = titleOf(kind, row.what, date);
      return { file, title, issuer: issuerOf(kind, row.what, title), date, kind, bytes: bytes.length, sha256, hashFrom: main ? 'SOURCES.md' : 'copy', row: row.file };
    })
    .filter((meta): meta is OfficialSourceMeta => meta !== undefined);
  if (problems.length > 0) throw new Error(`the official texts differ from their provenance:\n${problems.join('\n')}`);
  return {
    description: 'Title, issuing body and date of each text in corpus/official/, read from SOURCES.md by scripts/official-metadata.ts; do not edit by hand.',
    sources,
  };
}

export const METADATA_FILE = 'sources.json';

export function formatMetadata(metadata: OfficialMetadataFile): string {
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
