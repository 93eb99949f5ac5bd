import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeArgument, parseArgs, UsageError } from '../../server/src/cli/args';
import { helpText } from '../../server/src/cli/help';

test('check takes formats, --quiet, --max-warnings, --fix and paths in any order', () => {
  assert.deepEqual(parseArgs(['check', 'a.txt', '-f', 'sarif', '--quiet', '--max-warnings=3', 'docs/']), {
    kind: 'check',
    options: { config: undefined, locale: undefined, color: undefined, format: 'sarif', fix: false, quiet: true, all: false, maxWarnings: 3, paths: ['a.txt', 'docs/'] },
  });
  const fix = parseArgs(['check', '--fix', '--no-color', '-c', 'x/tifa.json', '--', '--odd-name.txt']);
  assert.equal(fix.kind, 'check');
  if (fix.kind === 'check') {
    assert.equal(fix.options.fix, true);
    assert.equal(fix.options.color, false);
    assert.equal(fix.options.config, 'x/tifa.json');
    assert.deepEqual(fix.options.paths, ['--odd-name.txt']);
  }
});

test('report defaults to tifa-report.html; glossary defaults to Markdown', () => {
  const report = parseArgs(['report', 'drafts']);
  assert.equal(report.kind === 'report' && report.options.output, 'tifa-report.html');
  const toStdout = parseArgs(['report', '-o', '-', 'drafts']);
  assert.equal(toStdout.kind === 'report' && toStdout.options.output, '-');
  const glossary = parseArgs(['glossary']);
  assert.equal(glossary.kind === 'glossary' && glossary.options.format, 'md');
  const json = parseArgs(['glossary', '--format', 'json']);
  assert.equal(json.kind === 'glossary' && json.options.format, 'json');
});

test('every subcommand has --help, and "tifa help <command>" too', () => {
  for (const command of ['check', 'report', 'glossary'] as const) {
    assert.deepEqual(parseArgs([command, '--help']), { kind: 'help', topic: command });
    assert.deepEqual(parseArgs([command, 'x', '-h']), { kind: 'help', topic: command });
    assert.deepEqual(parseArgs(['help', command]), { kind: 'help', topic: command });
    for (const locale of ['zh', 'en'] as const) assert.match(helpText(locale, command), new RegExp(`tifa ${command}`));
  }
  assert.deepEqual(parseArgs([]), { kind: 'help' });
  assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
});

test('usage errors name the problem, in the asked language', () => {
  const usage = (argv: string[], pattern: RegExp, locale: 'zh' | 'en' = 'en') =>
    assert.throws(() => parseArgs(argv, locale), (error: unknown) => error instanceof UsageError && pattern.test(error.message));
  usage(['lint'], /unknown command "lint"/u);
  usage(['check'], /no files given/u);
  usage(['check', '--format', 'xml', 'a'], /--format must be one of text, json, sarif, not "xml"/u);
  usage(['check', '--max-warnings', 'many', 'a'], /--max-warnings needs a whole number/u);
  usage(['check', '--max-warnings'], /--max-warnings needs a value/u);
  usage(['report', '--fix', 'a'], /unknown option "--fix"/u);
  usage(['glossary', 'extra'], /unknown option "extra"/u);
  usage(['check', '--bogus', 'a'], /未知选项/u, 'zh');
  assert.equal(localeArgument(['check', '--locale', 'zh', 'a']), 'zh');
  assert.equal(localeArgument(['check', '--locale=en']), 'en');
});
