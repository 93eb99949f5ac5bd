// Timing and peak memory of child processes.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A field of /proc/<pid>/status in KB (VmRSS, VmHWM), or undefined where /proc is missing. */
export function procStatusKB(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs one command to completion with its output in files. Peak RSS comes from GNU time
 * (wait4 rusage) where installed, else from polling VmHWM of the child every few ms.
 * Resolves with { ms, status, peakKB, stdout, stderr, timedOut }.
 */
export function runProcess(command, args, { cwd, timeoutMs = 300_000, scratch }) {
  const out = join(scratch, `out-${process.pid}.txt`);
  const err = join(scratch, `err-${process.pid}.txt`);
  const rusage = join(scratch, `rusage-${process.pid}.txt`);
  const outFd = openSync(out, 'w');
  const errFd = openSync(err, 'w');
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', rusage, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', outFd, errFd] });
    let peakKB;
    let timedOut = false;
    const poll = hasGnuTime ? undefined : setInterval(() => (peakKB = procStatusKB(child.pid, 'VmHWM') ?? peakKB), 3);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      closeSync(outFd);
      closeSync(errFd);
      if (hasGnuTime && existsSync(rusage)) {
        const kb = Number(readFileSync(rusage, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) peakKB = kb;
        rmSync(rusage, { force: true });
      }
      resolve({ ms, status: code ?? signal, peakKB, stdout: out, stderr: err, timedOut });
    });
  });
}

/**
 * Times a command: one warm-up run (file cache, lazy installs), then the median of up to
 * `runs` more; a slow command (over `slowMs`) is run fewer times, a very slow one once.
 */
export async function timeProcess(command, args, options) {
  const { runs = 5, slowMs = 3_000 } = options;
  const first = await runProcess(command, args, options);
  if (first.timedOut || first.ms > 4 * slowMs) return { ...first, runs: 1, warm: false };
  const count = first.ms > slowMs ? 1 : runs;
  const results = [];
  for (let i = 0; i < count; i++) {
    const r = await runProcess(command, args, options);
    results.push(r);
    if (r.timedOut) return { ...r, runs: i + 1, warm: true };
  }
  const last = results.at(-1);
  return { ...last, ms: median(results.map((r) => r.ms)), peakKB: Math.max(...results.map((r) => r.peakKB ?? 0)) || undefined, runs: count, warm: true };
}

export function formatMs(ms) {
  if (ms === undefined) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatKB(kb) {
  return kb === undefined ? '—' : `${Math.round(kb / 1024)} MB`;
}
