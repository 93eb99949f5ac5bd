#!/usr/bin/env node
// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by file.
//   node bench/lib/profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

// esbuild marks where each source module starts in a bundle with a `// path/to/file.ts` line;
// a bundle line is attributed to the module whose marker precedes it.
const modules = new Map();
function sourceOf(url, line) {
  if (!url.startsWith('file://') || !url.endsWith('.js') && !url.endsWith('.cjs')) return undefined;
  if (!modules.has(url)) {
    const starts = [];
    try {
      readFileSync(new URL(url), 'utf8').split('\n').forEach((text, i) => {
        const match = /^\/\/ ((?:server|client|node_modules)\/\S+\.[cm]?[jt]s)$/u.exec(text);
        if (match) starts.push([i, match[1]]);
      });
    } catch {
      // The bundle may be gone; fall back to its own name.
    }
    modules.set(url, starts);
  }
  let found;
  for (const [start, path] of modules.get(url)) {
    if (start > line) break;
    found = path;
  }
  return found;
}
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
}
// Idle time is the thread waiting for input; shares are of the time it was busy.
const idle = [...self].filter(([id]) => byId.get(id).callFrame.functionName === '(idle)').reduce((a, [, us]) => a + us, 0);
const total = [...self.values()].reduce((a, b) => a + b, 0) - idle;
const byFunction = new Map();
const byFile = new Map();
const byArea = new Map();
for (const [id, us] of self) {
  if (byId.get(id).callFrame.functionName === '(idle)') continue;
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = (url && sourceOf(url, lineNumber)) || (url ? url.replace(/^file:\/\//u, '').split('/').slice(-2).join('/') : '(native)');
  const fn = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  byFile.set(where, (byFile.get(where) ?? 0) + us);
  const area = where.startsWith('server/src/') ? where.split('/').slice(0, 3).join('/') : where.startsWith('node_modules/') ? where.split('/').slice(0, 2).join('/') : where.includes('nodejieba') ? 'nodejieba' : '(runtime and GC)';
  byArea.set(area, (byArea.get(area) ?? 0) + us);
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
  }
};
console.log(`busy ${(total / 1000).toFixed(0)} ms (idle ${(idle / 1000).toFixed(0)} ms not counted)`);
print('self time by function', byFunction);
print('self time by file', byFile);
print('self time by area', byArea);
