import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';
import { onPath, skipUnless } from '../e2e/prerequisites';

const nvim = process.env.TIFA_NVIM ?? onPath('nvim');
const skip = skipUnless('Neovim suite', [{ what: 'nvim (Debian package neovim)', present: nvim !== undefined && fs.existsSync(nvim) }]);

const SENTENCE = '要发扬斗争精神,围绕既定的目标任务,落实任务清单、形成工作闭环,从任务的发起到最后,切实把办公厅工作质量提起来。';
const LEAD = '𠀀😀是开头。';
const HOVER_LINE = '𠀀我们要坚持“三融五跨”的推进路径。';
const COMPLETE_LINE = '𠀀坚决做到两个';
const LINES = [SENTENCE, LEAD + SENTENCE, HOVER_LINE, COMPLETE_LINE];
const TIMEOUT_MS = 20_000;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The Lua block of the README's Neovim section: the test runs the configuration users copy. */
function readmeConfig(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Neovim'));
  const match = /```lua\n([\s\S]*?)```/u.exec(section);
  assert.ok(match, 'README.md has a ```lua block under "### Neovim"');
  return match[1];
}

interface NvimResult {
  filetype: string;
  attached: boolean;
  error?: string;
  diagnostics?: { lnum: number; col: number; end_lnum: number; end_col: number; code: string; message: string }[];
  hover_params?: { position: { line: number; character: number } };
  hover?: { contents: { value: string }; range: { start: { character: number }; end: { character: number } } };
  complete_params?: { position: { line: number; character: number } };
  labels?: string[];
  line_after?: string;
}

async function runNeovim(): Promise<NvimResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-nvim-'));
  try {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    // Stands in for the globally installed `tifa-language-server` the README configuration calls.
    fs.writeFileSync(path.join(bin, 'tifa-language-server'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist', 'server.js')}" "$@"\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'init.lua'), readmeConfig());
    const document = path.join(dir, 'draft.txt');
    fs.writeFileSync(document, LINES.join('\n') + '\n');
    const plan = {
      timeout: TIMEOUT_MS,
      hover: { line: 2, col: bytes(HOVER_LINE.slice(0, HOVER_LINE.indexOf('五跨'))) },
      complete: { line: 3, col: bytes(COMPLETE_LINE), accept: '两个维护' },
    };
    fs.writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
    const result = path.join(dir, 'result.json');
    const child = spawn(
      nvim!,
      ['--headless', '-n', '-i', 'NONE', '-u', path.join(dir, 'init.lua'), '-c', `luafile ${path.join(ROOT, 'test', 'neovim', 'driver.lua')}`, document],
      {
        cwd: dir,
        env: {
          ...process.env,
          PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
          XDG_CONFIG_HOME: path.join(dir, 'config'),
          XDG_DATA_HOME: path.join(dir, 'data'),
          XDG_STATE_HOME: path.join(dir, 'state'),
          XDG_CACHE_HOME: path.join(dir, 'cache'),
          TIFA_NVIM_PLAN: path.join(dir, 'plan.json'),
          TIFA_NVIM_RESULT: result,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`Neovim did not finish within ${3 * TIMEOUT_MS} ms\n${stderr}`));
      }, 3 * TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    assert.ok(fs.existsSync(result), `Neovim wrote no result\n${stderr}`);
    return JSON.parse(fs.readFileSync(result, 'utf8')) as NvimResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('Neovim with the README configuration gets diagnostics, hover and completion after non-BMP characters', { skip, timeout: 120_000 }, async (t) => {
  const nv = await runNeovim();
  assert.equal(nv.error, undefined, nv.error);
  assert.equal(nv.filetype, 'text');
  assert.ok(nv.attached, 'the README configuration attached the server to the buffer');

  await t.test('the repeated sentence is flagged at the right byte columns after 𠀀😀', () => {
    const duplicate = nv.diagnostics?.find((d) => d.code === 'duplicate-sentence');
    assert.ok(duplicate, JSON.stringify(nv.diagnostics));
    assert.deepEqual(
      { lnum: duplicate.lnum, col: duplicate.col, end_lnum: duplicate.end_lnum, end_col: duplicate.end_col },
      { lnum: 1, col: bytes(LEAD), end_lnum: 1, end_col: bytes(LEAD + SENTENCE) },
    );
  });

  await t.test('hover after 𠀀 asks at the UTF-16 position and shows the slogan with its source', () => {
    const character = HOVER_LINE.indexOf('五跨');
    assert.deepEqual(nv.hover_params?.position, { line: 2, character });
    assert.ok(nv.hover, 'a hover result');
    assert.match(nv.hover.contents.value, /三融五跨/u);
    assert.match(nv.hover.contents.value, /王志杰/u);
    const start = HOVER_LINE.indexOf('三融五跨');
    assert.deepEqual([nv.hover.range.start.character, nv.hover.range.end.character], [start, start + 4]);
  });

  await t.test('completion after 𠀀 offers the canonical slogan and Neovim applies it exactly', () => {
    assert.deepEqual(nv.complete_params?.position, { line: 3, character: COMPLETE_LINE.length });
    assert.ok(nv.labels?.includes('两个维护'), JSON.stringify(nv.labels));
    assert.equal(nv.line_after, '𠀀坚决做到两个维护');
  });
});
