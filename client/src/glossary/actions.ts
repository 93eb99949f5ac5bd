import * as vscode from 'vscode';
import type { GlossaryEntry } from '../../../server/src/lsp/protocol';
import { isTifaDocument } from '../language-client';

/** Replaces each selection of the active editor with `text`. */
export async function insertText(text: string): Promise<void> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => isTifaDocument(e.document));
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to insert “{0}” into.', text));
    return;
  }
  await editor.edit((builder) => {
    for (const selection of editor.selections) builder.replace(selection, text);
  });
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
}

export type SourceRef = GlossaryEntry['sources'][number];

/** Opens the corpus source at the line where the term was found. */
export async function revealSource(source: SourceRef | undefined): Promise<void> {
  if (!source?.uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The source of this slogan is not a file that can be opened.'));
    return;
  }
  const position = new vscode.Position(source.line, 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(source.uri), {
    selection: new vscode.Range(position, position),
    preview: true,
  });
}

/** Markdown for a tooltip: the definition, the items and where the term was found. */
export function describeEntry(entry: GlossaryEntry): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`**${entry.term}**\n\n`);
  if (entry.definition) markdown.appendText(entry.definition).appendMarkdown('\n\n');
  if (entry.items?.length) markdown.appendText(entry.items.join('、')).appendMarkdown('\n\n');
  const first = entry.sources[0];
  if (first) {
    markdown.appendMarkdown('> ').appendText(first.sentence).appendMarkdown('\n\n');
    markdown.appendText(`— ${[first.author, first.articleTitle && `《${first.articleTitle}》`].filter(Boolean).join(' ')}`);
  }
  return markdown;
}
