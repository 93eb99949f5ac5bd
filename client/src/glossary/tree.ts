import * as vscode from 'vscode';
import type { GlossaryEntry } from '../../../server/src/lsp/protocol';
import { describeEntry, type SourceRef } from './actions';
import { groupBySource, type GlossaryGroup } from './group';
import type { GlossaryStore } from './store';

export type GlossaryNode =
  | { kind: 'group'; group: GlossaryGroup }
  | { kind: 'term'; entry: GlossaryEntry; source?: SourceRef }
  | { kind: 'item'; text: string }
  | { kind: 'source'; ref: SourceRef };

/** Longest sentence shown in a tree row; the tooltip holds the whole of it. */
const MAX_LABEL = 40;

/** Every known slogan, grouped by the article it comes from, with its items and sources. */
export class GlossaryTreeProvider implements vscode.TreeDataProvider<GlossaryNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: GlossaryStore) {
    store.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: GlossaryNode): Promise<GlossaryNode[]> {
    if (!node) {
      const groups = groupBySource(await this.store.get(), vscode.l10n.t('Glossary'));
      return groups.map((group) => ({ kind: 'group', group }));
    }
    switch (node.kind) {
      case 'group':
        return node.group.members.map(({ entry, ref }) => ({ kind: 'term', entry, source: ref }));
      case 'term':
        return [
          ...(node.entry.items ?? []).map((text): GlossaryNode => ({ kind: 'item', text })),
          ...node.entry.sources.map((ref): GlossaryNode => ({ kind: 'source', ref })),
        ];
      default:
        return [];
    }
  }

  getTreeItem(node: GlossaryNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.group.members.length}`;
        item.tooltip = node.group.source;
        item.iconPath = new vscode.ThemeIcon('book');
        item.contextValue = 'group';
        return item;
      }
      case 'term': {
        const expandable = (node.entry.items?.length ?? 0) + node.entry.sources.length > 0;
        const item = new vscode.TreeItem(node.entry.term, expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = node.entry.items?.length ? node.entry.items.join('、') : undefined;
        item.tooltip = describeEntry(node.entry);
        item.iconPath = new vscode.ThemeIcon('symbol-constant');
        item.contextValue = 'term';
        item.command = { command: 'tifa.glossary.insert', title: vscode.l10n.t('Insert'), arguments: [node] };
        return item;
      }
      case 'item': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('symbol-enum-member');
        item.contextValue = 'item';
        item.command = { command: 'tifa.glossary.insert', title: vscode.l10n.t('Insert'), arguments: [node] };
        return item;
      }
      case 'source': {
        const sentence = [...node.ref.sentence];
        const label = sentence.length > MAX_LABEL ? `${sentence.slice(0, MAX_LABEL - 1).join('')}…` : node.ref.sentence;
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        item.description = node.ref.articleTitle;
        item.tooltip = node.ref.sentence;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'source';
        item.command = { command: 'tifa.glossary.revealSource', title: vscode.l10n.t('Go to Source'), arguments: [node] };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
