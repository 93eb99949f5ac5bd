import * as fs from 'node:fs';
import * as path from 'node:path';

// Words a policy corpus is made of; every file combines them differently, so no two files
// share a sentence and the duplicate index holds as many distinct sentences as a real corpus.
const PLACES = ['城关镇', '河西街道', '新区管委会', '县发展改革局', '市场监管局', '农业农村局', '教育局', '卫生健康委', '交通运输局', '生态环境分局'];
const ACTIONS = ['深入推进', '扎实开展', '统筹抓好', '持续深化', '全面落实', '认真组织', '稳步实施', '加快推动'];
const TOPICS = ['营商环境优化', '基层治理创新', '乡村振兴示范', '数字政府建设', '安全生产整治', '民生实事办理', '生态保护修复', '人才引育工程'];
const RESULTS = ['取得阶段性成效', '形成可复制经验', '群众满意度明显提升', '各项指标稳中向好', '机制更加完善', '短板弱项加快补齐'];
const NUMERALS = ['两', '三', '四', '五'];
const PARTS = ['聚焦', '抓实', '做优', '推动', '守住'];

export interface BigCorpus {
  /** The folder holding the corpus files, `refs/` below the workspace. */
  readonly folder: string;
  readonly files: number;
  readonly bytes: number;
  /** A sentence only the file `target` holds, long enough for corpus-overlap. */
  readonly uniqueSentence: string;
  readonly target: string;
  /** The title of `target`, its first line. */
  readonly targetTitle: string;
}

/** One short article: a title, an author, a slogan with its items, and a few report sentences. */
function article(n: number): string {
  const pick = <T>(list: readonly T[], salt: number): T => list[(n * 7 + salt * 13 + Math.floor(n / list.length)) % list.length];
  const numeral = pick(NUMERALS, 1);
  const count = NUMERALS.indexOf(numeral) + 2;
  const items = Array.from({ length: count }, (_, i) => `${PARTS[(n + i) % PARTS.length]}${TOPICS[(n + i * 3) % TOPICS.length]}`);
  const place = pick(PLACES, 2);
  return [
    `${place}工作简报第${n}期`,
    '',
    `综合科`,
    '',
    `${place}坚持“${numeral}个${pick(PARTS, 3)}”，即${items.join('、')}。`,
    '',
    `第${n}期：${pick(ACTIONS, 4)}${pick(TOPICS, 5)}，${pick(RESULTS, 6)}。${pick(ACTIONS, 7)}${pick(TOPICS, 8)}，完成编号${n}的任务清单。`,
    '',
  ].join('\n');
}

/**
 * Writes `count` small corpus articles into `<workspace>/refs/batch-NN/`, a hundred a
 * folder, the way an archive of briefings is kept.
 */
export function writeBigCorpus(workspace: string, count: number): BigCorpus {
  const folder = path.join(workspace, 'refs');
  const targetIndex = Math.floor(count * 0.73);
  const uniqueSentence = `第${targetIndex}号档案记载，全区在旧城改造中首创“楼栋议事会”制度，共化解邻里矛盾三百一十七件。`;
  let target = '';
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const dir = path.join(folder, `batch-${String(Math.floor(n / 100)).padStart(3, '0')}`);
    if (n % 100 === 0) fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `brief-${String(n).padStart(5, '0')}.txt`);
    const text = n === targetIndex ? `${article(n)}\n${uniqueSentence}\n` : article(n);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    if (n === targetIndex) target = file;
  }
  return { folder, files: count, bytes, uniqueSentence, target, targetTitle: article(targetIndex).split('\n')[0] };
}
