#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { run } from './run';
import { pipeWriter } from './streams';

// V8 optimises a function once it has run through a budget of bytecodes sized for programs that
// run for minutes. A check is over in well under a second: at that budget a 1 MB check compiled 68
// functions with the optimising compiler, most of them when their work was nearly done, and the
// compiling cost more CPU time than the faster code saved. With eight times the budget it compiles
// 9 and takes a third less CPU time, and 10 MB is no slower.
setFlagsFromString('--interrupt-budget=1048576');

const stdout = pipeWriter(process.stdout);
const stderr = pipeWriter(process.stderr);
void run(process.argv.slice(2), {
  out: (line) => stdout(`${line}\n`),
  err: (line) => stderr(`${line}\n`),
  progress: process.stderr.isTTY ? stderr : undefined,
  stdoutIsTTY: process.stdout.isTTY === true,
  columns: process.stderr.columns,
  env: process.env,
}).then((status) => {
  process.exitCode = status;
});
