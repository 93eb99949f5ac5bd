import * as vscode from 'vscode';
import type { GlossaryEntry } from '../../../server/src/lsp/protocol';
import type { TifaContext } from '../context';
import { insertText, revealSource } from '../glossary/actions';
import { groupBySource } from '../glossary/group';

interface TermPick extends vscode.QuickPickItem {
  readonly entry?: GlossaryEntry;
  readonly ref?: GlossaryEntry['sources'][number];
}

/** A searchable list of every slogan, grouped by source: Enter inserts, the button opens the source. */
export function registerShowGlossary(ctx: TifaContext): vscode.Disposable {
  return vscode.commands.registerCommand('tifa.showGlossary', async () => {
    const goToSource: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Go to Source') };
    const pick = vscode.window.createQuickPick<TermPick>();
    pick.placeholder = vscode.l10n.t('Search slogans by wording, items or source');
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.busy = true;
    pick.show();
    try {
      const groups = groupBySource(await ctx.glossary.get(), vscode.l10n.t('Glossary'));
      // A search should find each slogan once: under the first article that cites it.
      const seen = new Set<string>();
      pick.items = groups.flatMap((group): TermPick[] => {
        const members = group.members.filter(({ entry }) => !seen.has(entry.term) && seen.add(entry.term));
        if (members.length === 0) return [];
        return [
          { label: group.label, kind: vscode.QuickPickItemKind.Separator },
          ...members.map(({ entry, ref }) => ({
            label: entry.term,
            description: entry.items?.join('、'),
            detail: entry.definition ?? ref?.sentence,
            entry,
            ref,
            buttons: ref?.uri ? [goToSource] : [],
          })),
        ];
      });
    } catch (error) {
      pick.hide();
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the glossary: {0}', String(error)));
      return;
    }
    pick.busy = false;
    pick.onDidTriggerItemButton(({ item }) => {
      pick.hide();
      void revealSource(item.ref);
    });
    pick.onDidAccept(() => {
      const [item] = pick.selectedItems;
      pick.hide();
      if (item?.entry) void insertText(item.entry.term);
    });
    pick.onDidHide(() => pick.dispose());
  });
}
