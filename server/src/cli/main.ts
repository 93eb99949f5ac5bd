#!/usr/bin/env node
import { run } from './run';

void run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr.isTTY ? (raw) => process.stderr.write(raw) : undefined,
  stdoutIsTTY: process.stdout.isTTY === true,
  columns: process.stderr.columns,
  env: process.env,
}).then((status) => {
  process.exitCode = status;
});
