import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/document/parse';
import { mineCorpus } from '../../server/src/engine/corpus/mine';
import type { TermEntry } from '../../server/src/engine/corpus/knowledge';

const mine = (text: string): TermEntry[] => mineCorpus(parseDocument(text), 'x.txt');
const entry = (text: string, term: string) => mine(text).find((e) => e.term === term);

test('items end where the list does: no 这, 的 or 等 carried, no 和 into the next thing', () => {
  assert.deepEqual(entry('为实现推进现代化建设、完成祖国统一、维护世界和平与促进共同发展这三大历史任务，实现中华民族伟大复兴。', '三大历史任务')?.items, [
    '推进现代化建设',
    '完成祖国统一',
    '维护世界和平与促进共同发展',
  ]);
  assert.deepEqual(entry('坚持互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处的五项原则。', '五项原则')?.items, [
    '互相尊重主权和领土完整',
    '互不侵犯',
    '互不干涉内政',
    '平等互利',
    '和平共处',
  ]);
  assert.equal(entry('深入进行党的基本理论、基本路线、基本纲领和“三个代表”重要思想教育。', '三个代表')?.items, undefined);
});

test('the clause’s own words stay out of the first item, and 把…作为 gives what lies between', () => {
  assert.deepEqual(entry('本届政府把实行科学民主决策、推进依法行政、加强行政监督作为政府工作的三项基本准则。', '三项基本准则')?.items, [
    '实行科学民主决策',
    '推进依法行政',
    '加强行政监督',
  ]);
  assert.deepEqual(entry('毛泽东思想的活的灵魂体现为实事求是、群众路线、独立自主三个基本方面。', '三个基本方面')?.items, ['实事求是', '群众路线', '独立自主']);
  assert.deepEqual(entry('总体布局是经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体。', '五位一体')?.items, [
    '经济建设',
    '政治建设',
    '文化建设',
    '社会建设',
    '生态文明建设',
  ]);
});

test('where the edges of the items are a guess, the slogan has no items and shows its passage', () => {
  const regions = entry('继续推动东、中、西、东北地区“四大板块”协调发展。', '四大板块');
  assert.ok(regions);
  assert.equal(regions.items, undefined);
  assert.equal(regions.context, '继续推动东、中、西、东北地区“四大板块”协调发展。');
  const land = entry('探索宅基地所有权、资格权、使用权“三权分置”。', '三权分置');
  assert.equal(land?.items, undefined);
});

test('a numeral phrase that names no slogan does not become one', () => {
  const entries = mine('委员长、副委员长连续任职不得超过两届。实行党政同责、一岗双责。党的纪律处分有五种：警告、严重警告、撤销党内职务、留党察看、开除党籍。今年要采取四项措施：一要健全制度，二要增加供给，三要运用手段，四要加强监管。我们愿以最大诚意、尽最大努力实现两岸和平统一。');
  for (const term of ['两届', '双责', '五种', '四项措施', '两岸和平统一']) assert.equal(entries.find((e) => e.term === term), undefined, term);
});

test('items written before the term as its attributes', () => {
  assert.deepEqual(entry('必须贯彻创新、协调、绿色、开放、共享的新发展理念，推动高质量发展。', '新发展理念')?.items, ['创新', '协调', '绿色', '开放', '共享']);
  assert.equal(entry('构建系统完备、科学规范、运行有效的制度体系。', '制度体系'), undefined, 'attributes of many characters describe the noun');
});

test('a compound slogan defined part by part', () => {
  const compound = entry('过渡时期总路线的主要内容被概括为“一化三改”。“一化”即社会主义工业化；“三改”即对农业、手工业和资本主义工商业的社会主义改造。', '一化三改');
  assert.deepEqual(compound?.items, ['一化：社会主义工业化', '三改：对农业、手工业和资本主义工商业的社会主义改造']);
  assert.equal(compound?.itemPattern, 'parts');
  const three = entry('过渡时期总路线的主要内容被概括为“一化三改”。“一化”即社会主义工业化；“三改”即对农业、手工业和资本主义工商业的社会主义改造。', '三改');
  assert.equal(three?.items, undefined, 'a definition that does not split into the count gives no items');
  assert.match(three?.definition ?? '', /即对农业、手工业和资本主义工商业的社会主义改造/u);
  assert.equal(entry('要落实“三融五跨”。“三融”即技术融合、业务融合、数据融合。', '三融五跨')?.items, undefined, 'every part must be defined');
});

test('items that echo the term only by a pattern of their own are not its items', () => {
  assert.equal(entry('坚持“三农”重中之重地位不动摇，加快转变农业发展方式，让农业更强、农民更富、农村更美。', '三农')?.items, undefined);
  assert.deepEqual(entry('持续做好“六保”工作，强化保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。', '六保')?.items, [
    '保居民就业',
    '保基本民生',
    '保市场主体',
    '保粮食能源安全',
    '保产业链供应链稳定',
    '保基层运转',
  ]);
});
