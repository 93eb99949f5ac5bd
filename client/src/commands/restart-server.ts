import * as vscode from 'vscode';
import type { TifaContext } from '../context';

export function registerRestartServer(ctx: TifaContext): vscode.Disposable {
  return vscode.commands.registerCommand('tifa.restartServer', async () => {
    await ctx.client.restart();
    ctx.glossary.invalidate();
  });
}
