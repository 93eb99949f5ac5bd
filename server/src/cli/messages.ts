import { defineMessages } from '../engine/messages';

/** What the `tifa` command says on stderr and in its summary line. */
export const cliMessages = defineMessages({
  unknownCommand: { zh: '未知命令“{command}”；请运行 "tifa --help"', en: 'unknown command "{command}"; try "tifa --help"' },
  unknownOption: { zh: '未知选项“{option}”；请运行 "tifa {command} --help"', en: 'unknown option "{option}"; try "tifa {command} --help"' },
  needsValue: { zh: '{option} 需要一个值', en: '{option} needs a value' },
  badChoice: { zh: '{option} 只能是 {choices} 之一，而不是“{value}”', en: '{option} must be one of {choices}, not "{value}"' },
  badCount: { zh: '{option} 需要一个非负整数，而不是“{value}”', en: '{option} needs a whole number of 0 or more, not "{value}"' },
  noPaths: {
    zh: '没有给出文件；用法：tifa {command} [选项] <文件、文件夹或通配符>',
    en: 'no files given; usage: tifa {command} [options] <files, folders or globs>',
  },
  noMatch: {
    zh: '{pattern}：没有这个文件，或没有匹配的文件（已跳过 .gitignore 和 tifa.json 的 ignore 中的文件）',
    en: '{pattern}: no such file or no match (files in .gitignore and the tifa.json "ignore" list are skipped)',
  },
  unreadable: { zh: '{file}：无法读取：{reason}', en: '{file}: cannot read: {reason}' },
  configUnreadable: { zh: '无法读取配置文件 {file}', en: 'cannot read config file {file}' },
  configProblem: { zh: '{file}：{message}', en: '{file}: {message}' },
  corpusMissing: { zh: 'tifa.json 中的语料模式“{pattern}”没有匹配任何文件', en: 'corpus pattern "{pattern}" in tifa.json matches no file' },
  glossaryMissing: { zh: 'tifa.json 中的词表模式“{pattern}”没有匹配任何文件', en: 'glossary pattern "{pattern}" in tifa.json matches no file' },
  glossarySkipped: { zh: '跳过词表文件 {file}：{reason}', en: 'glossary file {file} skipped: {reason}' },
  glossaryProblem: { zh: '{file}：{path}：{message}', en: '{file}: {path}: {message}' },
  corpusSkipped: { zh: '跳过语料文件 {file}：{reason}', en: 'corpus file {file} skipped: {reason}' },
  docxNoFix: {
    zh: '--fix 不会改写 Word 文档（改写会丢失格式）：{files}。请去掉 --fix 再检查，并在 Word 中修改；没有改动任何文件。',
    en: '--fix never writes Word documents back (formatting would be lost): {files}. Check them without --fix and make the changes in Word; no file was changed.',
  },
  fixed: { zh: '{file}：已应用 {count} 处修复（{codes}）', en: '{file}: applied {count} fix(es) ({codes})' },
  summary: {
    zh: '共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示',
    en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} note(s)',
  },
  tooManyWarnings: {
    zh: '警告数 {warnings} 超过了 --max-warnings {max}',
    en: '{warnings} warning(s) exceed --max-warnings {max}',
  },
  progress: { zh: '检查中 {done}/{total}：{file}', en: 'checking {done}/{total}: {file}' },
  loadingCorpus: { zh: '载入语料 {done}/{total}：{file}', en: 'loading the corpus {done}/{total}: {file}' },
  spellingUnavailable: {
    zh: '错别字模型无法载入，不检查错别字：{reason}',
    en: 'the wrong-character model cannot be loaded, wrong characters are not checked: {reason}',
  },
  reportWritten: { zh: '审读报告已写入 {file}', en: 'review report written to {file}' },
  reportUnwritable: { zh: '无法写入报告 {file}：{reason}', en: 'cannot write the report {file}: {reason}' },
});

export type CliTranslate = ReturnType<typeof cliMessages>;
