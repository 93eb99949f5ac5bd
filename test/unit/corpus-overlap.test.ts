import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';

const SOURCE_ID = '/workspace/earlier/talent-report.txt';
const SOURCE = '人才工作报告\n\n深化人才发展体制机制改革，真心爱才、悉心育才、倾心引才、精心用才，求贤若渴，不拘一格。\n\n另一段完全无关的话写在这里。\n';
const DRAFT = '今年的工作安排如下。\n我们要深化人才发展体制机制改革，真心爱才、悉心育才、倾心引才、精心用才。\n各部门要抓好落实。\n';

test('a sentence taken from a user corpus source is reported with its similarity and the source passage', () => {
  const engine = createEngine({ corpora: [embeddedCorpus(), { id: SOURCE_ID, text: SOURCE }], config: { locale: 'zh', rules: {} } });
  const [finding] = engine.analyze(DRAFT).filter((f) => f.code === 'corpus-overlap');
  assert.equal(DRAFT.slice(finding.span.start, finding.span.end), '我们要深化人才发展体制机制改革，真心爱才、悉心育才、倾心引才、精心用才。');
  assert.match(finding.message, /与《人才工作报告》第 3 行重合（相似度 9\d%）/u);
  const related = finding.related![0];
  assert.equal(related.source, SOURCE_ID);
  assert.equal(SOURCE.slice(related.span.start, related.span.end), '深化人才发展体制机制改革，真心爱才、悉心育才、倾心引才、精心用才，求贤若渴，不拘一格。');
});

test('the embedded corpus takes no part in the rule, and a source never overlaps itself', () => {
  const corpus = embeddedCorpus();
  const engine = createEngine({ corpora: [corpus, { id: SOURCE_ID, text: SOURCE }], config: { locale: 'en', rules: {} } });
  const sentence = corpus.text.match(/[^。\n]{30,}。/u)![0];
  assert.equal(engine.analyze(`开头。${sentence}`).filter((f) => f.code === 'corpus-overlap').length, 0);
  assert.equal(engine.analyze(SOURCE).filter((f) => f.code === 'corpus-overlap').length, 0);
});

test('the overlap report gives the share of the document found in each source', () => {
  const engine = createEngine({ corpora: [{ id: SOURCE_ID, text: SOURCE }], config: { locale: 'en', rules: {} } });
  const report = engine.overlap(DRAFT);
  assert.equal(report.sources.length, 1);
  const [source] = report.sources;
  assert.equal(source.title, '人才工作报告');
  assert.equal(source.passages, 1);
  assert.equal(source.matchedCharacters, 31);
  assert.equal(report.characters, 31 + 9 + 8);
  assert.equal(source.percent, Math.round((31 / 48) * 1000) / 10);
  engine.removeCorpus(SOURCE_ID);
  assert.equal(engine.overlap(DRAFT).sources.length, 0);
});

test('sources added, replaced and removed one at a time between checks give what the same sources loaded at once give', () => {
  const paragraphs = embeddedCorpus().text.split('\n').filter((line) => line.length > 60);
  const sources = Array.from({ length: 12 }, (_, k) => ({ id: `/corpus/${k}.txt`, text: paragraphs.slice(k * 5, k * 5 + 8).join('\n') }));
  const draft = [paragraphs[3], paragraphs[12], paragraphs[27], paragraphs[44], paragraphs[58]].join('\n');
  const warm = createEngine({ config: { locale: 'en', rules: {} } });
  for (const source of sources) {
    warm.setCorpus(source);
    warm.analyze(draft);
  }
  const replaced = { id: sources[2].id, text: paragraphs.slice(40, 46).join('\n') };
  warm.setCorpus(replaced);
  warm.analyze(draft);
  warm.removeCorpus(sources[5].id);
  const order = [...sources.filter((_, k) => k !== 2 && k !== 5), replaced];
  const fresh = createEngine({ corpora: order, config: { locale: 'en', rules: {} } });
  const overlaps = (engine: ReturnType<typeof createEngine>) => engine.analyze(draft).filter((f) => f.code === 'corpus-overlap');
  assert.ok(overlaps(fresh).length >= 3, 'the draft overlaps several sources');
  assert.deepEqual(overlaps(warm), overlaps(fresh));
  assert.deepEqual(warm.overlap(draft), fresh.overlap(draft));
  assert.ok(!JSON.stringify(overlaps(warm)).includes(sources[5].id), 'a removed source is never named');
});
