import * as vscode from 'vscode';
import type { TifaContext } from '../context';
import { insertText, revealSource } from '../glossary/actions';
import type { GlossaryNode } from '../glossary/tree';

/** The commands of the glossary view's rows and title bar. */
export function registerGlossaryView(ctx: TifaContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('tifa.glossary.refresh', () => ctx.glossary.invalidate()),
    vscode.commands.registerCommand('tifa.glossary.insert', (node: GlossaryNode) => {
      if (node.kind === 'term') return insertText(node.entry.term);
      if (node.kind === 'item') return insertText(node.text);
      return undefined;
    }),
    vscode.commands.registerCommand('tifa.glossary.revealSource', (node: GlossaryNode) => {
      if (node.kind === 'term') return revealSource(node.source ?? node.entry.sources[0]);
      if (node.kind === 'source') return revealSource(node.ref);
      return undefined;
    }),
  );
}
