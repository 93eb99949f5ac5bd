import * as fs from 'node:fs';
import * as v8 from 'node:v8';

/**
 * With TIFA_MEMORY_TRACE=FILE the server appends a line of JSON to FILE every second: its
 * resident memory (anonymous and file-backed, from /proc), what V8 and Node account for on the
 * main thread, each V8 heap space's size and use, and the CPU time spent so far. The resident
 * memory less the main thread's heap is the word segmenter, its worker thread and Node itself.
 * A file, not stderr: an editor shows the server's stderr to the drafter. Nothing is traced
 * without the variable.
 */
export function startMemoryTrace(file = process.env.TIFA_MEMORY_TRACE, everyMs = 1000): void {
  if (!file) return;
  const started = Date.now();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const statusMB = (status: string, key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'mu').exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  };
  const timer = setInterval(() => {
    let status = '';
    try {
      status = fs.readFileSync('/proc/self/status', 'utf8');
    } catch {
      // Not Linux: the figures from Node alone.
    }
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    const spaces: Record<string, [number, number]> = {};
    for (const space of v8.getHeapSpaceStatistics()) {
      if (space.space_size > 0) spaces[space.space_name.replace(/_space$/u, '')] = [mb(space.space_size), mb(space.space_used_size)];
    }
    const line = {
      seconds: Math.round((Date.now() - started) / 1000),
      cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
      rss: mb(memory.rss),
      rssAnon: statusMB(status, 'RssAnon'),
      rssFile: statusMB(status, 'RssFile'),
      heapTotal: mb(memory.heapTotal),
      heapUsed: mb(memory.heapUsed),
      external: mb(memory.external),
      arrayBuffers: mb(memory.arrayBuffers),
      spaces,
    };
    try {
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      clearInterval(timer);
    }
  }, everyMs);
  timer.unref();
}
