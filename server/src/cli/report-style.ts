/** The report's stylesheet, inlined so the HTML file stands alone (no external assets). */
export const REPORT_CSS = `
:root { color-scheme: light; --error: #c62828; --warning: #b26a00; --info: #1565c0; --line: #e0e0e0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 16px/1.8 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; color: #212121; background: #fff; }
h1, h2, h3 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.3; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 2px solid #424242; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
.meta { color: #616161; margin: 0; }
nav ul { padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.zero { color: #9e9e9e; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
.sev { display: inline-block; min-width: 3em; padding: 0 .35em; border-radius: 3px; color: #fff; font-size: .8em; text-align: center; }
.sev.error { background: var(--error); }
.sev.warning { background: var(--warning); }
.sev.info, .sev.hint { background: var(--info); }
ol.findings { padding-left: 2.2rem; }
ol.findings li { margin: .35rem 0; }
ol.findings q { color: #424242; quotes: "「" "」"; }
ol.findings q b { background: #fff3cd; font-weight: normal; }
.text { border: 1px solid var(--line); border-radius: 4px; padding: .5rem 0; }
.line { display: flex; }
.line .no { flex: 0 0 3.5rem; padding-right: .75rem; text-align: right; color: #9e9e9e; user-select: none; font-size: .8em; line-height: 2.25; }
.line .tx { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; padding-right: .75rem; }
mark { background: #fff3cd; color: inherit; border-bottom: 2px solid var(--warning); }
mark.error { background: #fde0e0; border-bottom-color: var(--error); }
mark.info, mark.hint { background: #e3f0fd; border-bottom-color: var(--info); }
mark:target { outline: 2px solid #212121; }
.point { color: var(--error); font-weight: bold; }
ins.suggest { text-decoration: none; color: #2e7d32; font-size: .8em; vertical-align: super; margin-left: .1em; }
ins.suggest::before { content: "→"; }
sup.fn { font-size: .65em; color: #616161; font-family: sans-serif; }
a.term { color: inherit; text-decoration: underline dotted #1565c0; text-underline-offset: .2em; }
dl.slogans dt { font-weight: bold; margin-top: 1rem; }
dl.slogans dt small { font-weight: normal; color: #616161; }
dl.slogans dd { margin-left: 1.5rem; }
dl.slogans blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 3px solid var(--line); color: #424242; }
.none { color: #616161; }
footer { margin-top: 3rem; color: #9e9e9e; font-size: .8em; }
@media print { nav { display: none; } .text { border: none; } a { text-decoration: none; } }
`;
