import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/run';
import type { GlossarySource } from '../../server/src/engine';
import { embeddedCorpus, ROOT } from '../helpers/corpus';
import { spellingModel } from '../helpers/spelling';

/** The curated glossary shipped beside the embedded corpus, as the CLI loads it. */
function builtinGlossary(): GlossarySource {
  return { id: 'builtin:glossary.json', data: JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8')) };
}

export const DRAFTS = path.join(ROOT, 'test', 'cli', 'drafts');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `tifa` in this process against the embedded corpus, with the wrong-character model of dist/. */
export async function runCli(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, stdoutIsTTY = false): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(
    argv,
    { out: (line) => out.push(line), err: (line) => err.push(line), stdoutIsTTY, env },
    cwd,
    { builtinCorpus: () => [embeddedCorpus()], builtinGlossary: () => [builtinGlossary()], spellingModel },
  );
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A fresh folder holding `files` (text, or bytes for .docx), removed when the process exits. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  process.once('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  return root;
}

/** A copy of the committed drafts plus generated Word documents. */
export function draftsWith(extra: Record<string, string | Buffer>): string {
  const root = makeTree(extra);
  fs.cpSync(DRAFTS, root, { recursive: true });
  return root;
}
