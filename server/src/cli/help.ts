import type { Locale } from '../engine';
import { defineMessages } from '../engine/messages';
import type { Subcommand } from './args';
import { FINDINGS_SHOWN_PER_CODE } from './text-format';

const helpMessages = defineMessages({
  main: {
    zh: `tifa —— 按规范提法语料检查中文公文和理论文章

用法：
  tifa check [选项] <文件、文件夹或通配符>     报告（并修复）问题
  tifa report [选项] <文件、文件夹或通配符>    生成供审读人员阅读的 HTML 报告
  tifa glossary [--format json|md]            导出提法知识库
  tifa --help | --version

运行 "tifa <命令> --help" 查看各命令的选项。`,
    en: `tifa — checks Chinese policy documents against a corpus of canonical phrasing

Usage:
  tifa check [options] <files, folders or globs>    report (and fix) findings
  tifa report [options] <files, folders or globs>   write an HTML review report
  tifa glossary [--format json|md]                  dump the knowledge base of slogans
  tifa --help | --version

Run "tifa <command> --help" for the options of a command.`,
  },
  check: {
    zh: `用法：tifa check [选项] <文件、文件夹或通配符>

检查 .txt、.md、.markdown、.policy 和 Word（.docx）文档。文件夹和通配符会跳过
.gitignore 以及 tifa.json 的 "ignore" 中列出的文件；直接写出的文件总会被检查。
每个文件使用其所在文件夹向上最近的 tifa.json。文档的日期（superseded-phrase 据此判断
提法是否已被取代）取文末的成文日期行，否则取 tifa.json 的 "documentDate"，否则为当天。

选项：
  -f, --format text|json|sarif  输出格式（默认 text）
      --fix                     应用所有安全修复并写回文件（不会改写 .docx）
  -q, --quiet                   只显示错误级别的问题，不输出汇总行
      --all                     文本输出列出全部问题（默认每个文件每类只列前 {limit} 条）
      --max-warnings <N>        警告多于 N 个时以状态 1 退出
  -c, --config <文件>           所有文件都使用这个 tifa.json
      --locale zh|en            消息语言（默认取自环境变量）
      --color, --no-color       是否使用颜色（默认：输出到终端时使用）
  -h, --help                    显示本帮助

Word 文档中的位置写作 ¶段落:字符，并引用上下文。

退出状态：0 没有错误；1 有错误级别的问题或警告超过 --max-warnings；
2 用法错误或输入无法读取。`,
    en: `Usage: tifa check [options] <files, folders or globs>

Checks .txt, .md, .markdown, .policy and Word (.docx) documents. Folders and globs skip
files listed in .gitignore and in the "ignore" list of tifa.json; a file named outright is
always checked. Each file uses the nearest tifa.json in its folder or above. A document's
date (by which superseded-phrase judges wording official usage has replaced) is its 成文日期
line, else "documentDate" in tifa.json, else today.

Options:
  -f, --format text|json|sarif  output format (default: text)
      --fix                     apply every safe fix and write the files back (never .docx)
  -q, --quiet                   show error-severity findings only, and no summary line
      --all                     text output lists every finding (by default the first {limit} of each code per file)
      --max-warnings <N>        exit with status 1 when there are more than N warnings
  -c, --config <file>           use this tifa.json for every file
      --locale zh|en            language of the messages (default: from the environment)
      --color, --no-color       colour the text output (default: when stdout is a terminal)
  -h, --help                    show this help

In Word documents a place is written ¶paragraph:character, with the text around it quoted.

Exit status: 0 no errors; 1 an error-severity finding, or more warnings than --max-warnings;
2 usage error or unreadable input.`,
  },
  report: {
    zh: `用法：tifa report [选项] <文件、文件夹或通配符>

生成一个独立的 HTML 文件（不引用任何外部资源），供不用 VS Code 的审读人员阅读：
标出问题的全文、文中用到的提法及其释义和出处、与语料重合的情况、各规则的问题数。

选项：
  -o, --output <文件>           报告写到这里（默认 tifa-report.html；"-" 表示标准输出）
  -c, --config <文件>           所有文件都使用这个 tifa.json
      --locale zh|en            报告和消息的语言
  -h, --help                    显示本帮助

退出状态：0 报告已写出；2 用法错误、输入无法读取或报告无法写入。`,
    en: `Usage: tifa report [options] <files, folders or globs>

Writes one self-contained HTML file (no external assets) for a reviewer who does not use
VS Code: the documents with findings highlighted, the slogans they use with definitions and
sources, their overlap with the corpus, and the number of findings per rule.

Options:
  -o, --output <file>           where the report goes (default: tifa-report.html; "-" is stdout)
  -c, --config <file>           use this tifa.json for every file
      --locale zh|en            language of the report and the messages
  -h, --help                    show this help

Exit status: 0 the report was written; 2 usage error, unreadable input or unwritable report.`,
  },
  glossary: {
    zh: `用法：tifa glossary [选项]

导出 Tifa 从内置语料和 tifa.json 中的语料、词表学到的全部提法，便于团队审阅。

选项：
  -f, --format json|md          输出格式（默认 md）
  -c, --config <文件>           使用这个 tifa.json（默认：当前文件夹向上最近的一个）
      --locale zh|en            输出语言
  -h, --help                    显示本帮助`,
    en: `Usage: tifa glossary [options]

Prints every slogan Tifa knows, from the embedded corpus and the corpora and glossaries in
tifa.json, so that a team can review what it learned.

Options:
  -f, --format json|md          output format (default: md)
  -c, --config <file>           use this tifa.json (default: the nearest one above the current folder)
      --locale zh|en            language of the output
  -h, --help                    show this help`,
  },
});

export function helpText(locale: Locale, topic?: Subcommand): string {
  return helpMessages(locale)(topic ?? 'main', { limit: FINDINGS_SHOWN_PER_CODE });
}
