import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, entriesFromIndex, formatCitation, type CorpusSource } from '../../server/src/engine';
import { loadBuiltinCorpus } from '../../server/src/node/builtin';
import { loadIndexedBuiltinCorpus } from '../../server/src/node/corpus-index';
import { ROOT } from '../helpers/corpus';

const corpora = loadBuiltinCorpus(path.join(ROOT, 'corpus'));
const official = corpora.filter((source) => source.id.startsWith('builtin:official/'));
const engine = createEngine({ corpora });

function hoverOn(text: string, term: string, on = engine) {
  const at = text.indexOf(term);
  assert.ok(at >= 0, term);
  return on.hover(text, at + 1);
}

test('the embedded corpus holds the seed and the 40 official texts, each cited by title, issuer and date', () => {
  assert.ok(corpora.some((source) => source.id === 'builtin:study-notes.txt'));
  assert.equal(official.length, 40);
  for (const source of official) {
    assert.equal(source.reference, true, source.id);
    assert.match(source.citation?.title ?? '', /^《.+》$/u, source.id);
    assert.ok(source.citation?.issuer, source.id);
  }
  const report = official.find((source) => source.id === 'builtin:official/gov-report-2024.txt')!;
  assert.equal(formatCitation(report.citation!), '《2024年政府工作报告》（国务院，2024年3月5日）');
});

test('hovering a slogan of the official texts in a new document shows its items and cites the text with its date', () => {
  const hover = hoverOn('外贸“新三样”增势良好。', '新三样')!;
  assert.match(hover.markdown, /1\. 电动汽车\n2\. 锂电池\n3\. 光伏产品/u);
  assert.match(hover.markdown, /—— 《2024年政府工作报告》（国务院，2024年3月5日）/u);
  const pressure = hoverOn('应对三重压力。', '三重压力')!;
  assert.match(pressure.markdown, /需求收缩/u);
  assert.match(pressure.markdown, /《2022年政府工作报告》（国务院，2022年3月5日）/u);
  const concept = hoverOn('贯彻新发展理念。', '新发展理念')!;
  assert.match(concept.markdown, /1\. 创新\n2\. 协调\n3\. 绿色\n4\. 开放\n5\. 共享/u);
});

test('a slogan whose items mining cannot read for certain shows its passage, not guessed items', () => {
  const hover = hoverOn('推动四大板块协调发展。', '四大板块')!;
  assert.doesNotMatch(hover.markdown, /^1\. /mu);
  assert.match(hover.markdown, /语料未列出其具体内容/u);
  assert.match(hover.markdown, /> 继续推动东、中、西、东北地区“\*\*四大板块\*\*”协调发展/u);
  for (const term of ['双责', '两届', '五种']) {
    const none = hoverOn(`文中的${term}。`, term);
    assert.ok(!none || none.entry.term !== term || !none.entry.items, `${term} has no items`);
  }
});

test('the seed corpus keeps its article citation and its elaborating passage', () => {
  const hover = hoverOn('破除八个误区。', '八个误区')!;
  assert.match(hover.markdown, /三是着力破除“\*\*八个误区\*\*”。引导干部破除把数字化简单理解为是信息化建设……等八个方面误区/u);
  assert.match(hover.markdown, /—— 《[^》]+》 — /u);
});

test('a user corpus wins over the embedded corpus, and the official texts are never checked for overlap', () => {
  const user: CorpusSource = { id: '/work/notes.txt', text: '本单位提出“新三样”，即强基础、优服务、促发展。' };
  const withUser = createEngine({ corpora: [...corpora, user] });
  const hover = hoverOn('落实新三样。', '新三样', withUser)!;
  assert.match(hover.markdown, /1\. 强基础\n2\. 优服务\n3\. 促发展/u);
  const copied = fs.readFileSync(path.join(ROOT, 'corpus', 'official', 'gov-report-2024.txt'), 'utf8').split('\n').slice(5, 12).join('\n');
  assert.ok(!engine.analyze(copied).some((finding) => finding.code === 'corpus-overlap'));
  assert.ok(engine.overlap(copied).sources.every((source) => !source.source.startsWith('builtin:official/')));
});

test('a glossary source with issuer and date is cited the same way', () => {
  const glossed = createEngine({
    glossaries: [
      {
        id: 'g.json',
        data: { entries: [{ term: '新三样', definition: '外贸出口的三类新产品。', items: ['电动汽车', '锂电池', '光伏产品'], source: { title: '《2024年政府工作报告》', issuer: '国务院', date: '2024-03-05' } }] },
      },
    ],
  });
  assert.match(hoverOn('新三样', '新三样', glossed)!.markdown, /来源：《2024年政府工作报告》（国务院，2024年3月5日）/u);
  assert.equal(formatCitation({ title: '《中华人民共和国宪法》', issuer: '全国人民代表大会', date: '2018-03' }), '《中华人民共和国宪法》（全国人民代表大会，2018年3月）');
  assert.equal(formatCitation({ title: '《某决议》' }), '《某决议》');
});

const built = path.join(ROOT, 'dist', 'corpus-index.json');
test('the prebuilt index covers every official text as it is now, and the server takes it without reading the texts', { skip: !fs.existsSync(built) }, () => {
  const index = JSON.parse(fs.readFileSync(built, 'utf8'));
  for (const source of official) assert.ok(entriesFromIndex(index, source.id, source.text), `${source.id} is in the index`);
  const loaded = loadIndexedBuiltinCorpus(built, path.join(ROOT, 'corpus'));
  const loadedOfficial = loaded.filter((source) => source.id.startsWith('builtin:official/'));
  assert.equal(loadedOfficial.length, 40);
  assert.ok(loadedOfficial.every((source) => source.mined && source.text === ''));
  const plain = (entries: unknown) => JSON.parse(JSON.stringify(entries));
  assert.deepEqual(plain(createEngine({ corpora: loaded }).glossary()), plain(engine.glossary()));
});

test('the segmenter is taught each word once, not again at every rebuild of the knowledge base', () => {
  const taught: string[] = [];
  const counting = createEngine({ corpora: [corpora[0]], segmenter: { cut: (text) => [text], insertWord: (word) => void taught.push(word) } });
  const first = taught.length;
  assert.ok(first > 0 && taught.includes('四个关系'));
  counting.setCorpus({ id: '/work/a.txt', text: '要落实“五个一批”。' });
  counting.hover('五个一批', 1);
  counting.setCorpus({ id: '/work/b.txt', text: '要落实“三个一批”。' });
  counting.hover('三个一批', 1);
  assert.deepEqual(taught.slice(first).sort(), ['三个一批', '五个一批']);
  assert.equal(new Set(taught).size, taught.length);
});
