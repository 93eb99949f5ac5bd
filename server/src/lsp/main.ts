#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// After each full collection V8 lets the heap grow by up to four times what survived before it
// collects again, and keeps the pages it grew into. An editing session turns out garbage at a
// steady rate (every keystroke's analysis, cache entries that later edits replace), so the heap
// climbs toward four times the live data and stays there: 20,000 edits took the resident memory
// from 390 MB to 740 MB with 90 MB of it live. Growing by at most 30 % keeps the heap near its
// live data at the price of more frequent collections, which cost little: the soak
// benchmark's 5,000 edits took 48 s of CPU against 54 s before. Set before anything else is
// allocated; it applies to the word segmenter's worker thread too.
setFlagsFromString('--heap-growing-percent=30');

// The transport (--stdio, --node-ipc, --socket=…) comes from the command line.
const connection = createConnection(ProposedFeatures.all);
// One failed promise must not take the server, and the drafter's editor features, down.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
startServer(connection);
