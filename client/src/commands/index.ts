import type * as vscode from 'vscode';
import type { TifaContext } from '../context';
import { registerAddToGlossary } from './add-to-glossary';
import { registerCheckWorkspace } from './check-workspace';
import { registerGlossaryView } from './glossary-view';
import { registerOpenSample } from './open-sample';
import { registerReindexCorpus } from './reindex-corpus';
import { registerRestartServer } from './restart-server';
import { registerShowGlossary } from './show-glossary';
import { registerShowOverlap } from './show-overlap';

export function registerCommands(ctx: TifaContext): vscode.Disposable[] {
  return [
    registerRestartServer(ctx),
    registerReindexCorpus(ctx),
    registerShowGlossary(ctx),
    registerAddToGlossary(ctx),
    registerCheckWorkspace(ctx),
    registerShowOverlap(ctx),
    registerOpenSample(ctx),
    registerGlossaryView(ctx),
  ];
}
