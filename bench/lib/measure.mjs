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

/** CPU time (user + system) of one thread of a process, in ms, from /proc; the main thread by default. */
export function threadCpuMs(pid, tid = pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Runs one command to completion with its output in files. Peak RSS comes from GNU time
 * (wait4 rusage) where installed, else from polling VmHWM of the child every few ms.
 * GNU time also gives the CPU time (user + system), which a loaded machine distorts less than wall time.
 * Resolves with { ms, cpuMs, status, peakKB, stdout, stderr, timedOut }.
 */
export function runProcess(command, args, { cwd, timeoutMs = 300_000, scratch }) {
  const out = join(scratch, `out-${process.pid}.txt`);
  const err = join(scratch, `err-${process.pid}.txt`);
  const rusage = join(scratch, `rusage-${process.pid}.txt`);
  const outFd = openSync(out, 'w');
  const errFd = openSync(err, 'w');
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rusage, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    // A group of its own, so a timeout kills the tool and not only GNU time above it.
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', outFd, errFd], detached: true });
    let peakKB;
    let cpuMs;
    let timedOut = false;
    const poll = hasGnuTime ? undefined : setInterval(() => (peakKB = procStatusKB(child.pid, 'VmHWM') ?? peakKB), 3);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      closeSync(outFd);
      closeSync(errFd);
      if (hasGnuTime && !timedOut && existsSync(rusage)) {
        const [kb, user, system] = readFileSync(rusage, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        if (Number.isFinite(kb) && kb > 0) peakKB = kb;
        // GNU time prints seconds to two decimals; rounding drops float noise ((0.2 + 0.04) × 1000 is 240.00000000000003).
        if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = Math.round((user + system) * 1000);
        rmSync(rusage, { force: true });
      }
      resolve({ ms, cpuMs, status: code ?? signal, peakKB, stdout: out, stderr: err, timedOut });
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
  const cpu = results.map((r) => r.cpuMs).filter((v) => v !== undefined);
  return { ...last, ms: median(results.map((r) => r.ms)), cpuMs: cpu.length ? median(cpu) : undefined, peakKB: Math.max(...results.map((r) => r.peakKB ?? 0)) || undefined, runs: count, warm: true };
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
