import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, createEngine } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';

const engine = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'en', rules: {} } });
const near = (text: string) => engine.analyze(text).filter((f) => f.code === 'near-duplicate');
const FILLER = '今年发展主要预期目标是国内生产总值增长百分之五左右。城镇新增就业一千二百万人以上。';

test('a sentence with one word changed is reported with its similarity', () => {
  const a = '加快建设全国统一大市场，抓好要素市场化配置综合改革试点。';
  const b = '加快建设全国统一大市场，抓好要素市场化配置综合改革工作。';
  const text = `${a}${FILLER}${b}`;
  const [finding] = near(text);
  assert.equal(text.slice(finding.span.start, finding.span.end), b);
  assert.equal(text.slice(finding.related![0].span.start, finding.related![0].span.end), a);
  assert.match(finding.message, /9\d% similar/u);
  assert.equal(finding.fixes![0].safe, false);
  assert.equal(applyEdits(text, finding.fixes![0].edits), `${a}${FILLER}`);
  assert.equal(applyEdits(text, engine.keepThisOne(text, finding)!.edits), `${FILLER}${b}`);
});

test('an inserted phrase is a near-duplicate; an exact repeat is left to duplicate-sentence', () => {
  const a = '完善跨省异地就医直接结算办法，实现全国医保用药范围基本统一。';
  const b = '完善跨省异地就医直接结算办法，逐步实现全国医保用药范围基本统一。';
  assert.equal(near(`${a}${FILLER}${b}`).length, 1);
  assert.deepEqual(engine.analyze(`${a}${FILLER}${a}`).map((f) => f.code).filter((c) => c.includes('duplicate')), ['duplicate-sentence']);
});

test('sentences alike only through a slogan the corpus uses everywhere are not near-duplicates', () => {
  const slogan = '深入学习贯彻习近平新时代中国特色社会主义思想';
  assert.equal(near(`${slogan}，稳增长。${FILLER}${slogan}，防风险。`).length, 0);
  const bare = createEngine({ config: { locale: 'en', rules: {} } });
  const parallel = ['稳增长', '调结构', '惠民生', '防风险', '保稳定', '促改革'].map((w) => `全面贯彻新发展理念和高质量发展要求，${w}。`);
  assert.equal(bare.analyze(parallel.join('')).filter((f) => f.code === 'near-duplicate').length, 0, 'phrasing common in the document itself');
});

test('the embedded corpus and short sentences raise no near-duplicate', () => {
  assert.equal(near(embeddedCorpus().text).length, 0);
  assert.equal(near('坚持稳中求进。坚持稳中有进。').length, 0);
});
