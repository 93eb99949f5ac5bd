import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

// Runs in the page. Kept as source text because the project type-checks without the DOM library.
const POINT_OF_TEXT = `(needle) => {
  const lines = document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line');
  for (const line of lines) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      const middle = at + Math.floor(needle.length / 2);
      range.setStart(node, middle);
      range.setEnd(node, middle + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return undefined;
}`;

/** Numbered screenshots of every step, kept outside the clone; some also refresh the README's images. */
export class Screenshots {
  private count = 0;
  constructor(
    readonly dir: string,
    private readonly readmeDir?: string,
  ) {}

  async take(page: Page, name: string, readmeName?: string): Promise<void> {
    this.count += 1;
    fs.mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `${String(this.count).padStart(2, '0')}-${name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`);
    await page.screenshot({ path: file });
    if (this.readmeDir && readmeName) fs.copyFileSync(file, path.join(this.readmeDir, readmeName));
  }
}

/** Drives one code-server window. Every wait is on a visible condition with a timeout, never a fixed delay. */
export class Workbench {
  constructor(
    readonly page: Page,
    readonly timeoutMs: number,
  ) {}

  /** Opens `folder` and waits until the Explorer lists `file`. */
  async open(url: string, folder: string, file: string): Promise<void> {
    await this.page.goto(`${url}?folder=${encodeURIComponent(folder)}`, { timeout: this.timeoutMs });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: this.timeoutMs });
    await this.explorerRow(file).waitFor({ timeout: this.timeoutMs });
  }

  private explorerRow(name: string): Locator {
    return this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  }

  /** Opens a file from the Explorer and waits until its editor shows `visibleText`. */
  async openFile(name: string, visibleText: string): Promise<void> {
    await this.explorerRow(name).dblclick({ timeout: this.timeoutMs });
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: this.timeoutMs });
    await this.editorLines().filter({ hasText: visibleText }).first().waitFor({ timeout: this.timeoutMs });
  }

  editorLines(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
  }

  /** The screen point at the middle of the first rendered occurrence of `text` in the active editor. */
  async pointAt(text: string): Promise<{ x: number; y: number }> {
    const point = (await this.page.evaluate(`(${POINT_OF_TEXT})(${JSON.stringify(text)})`)) as { x: number; y: number } | undefined;
    if (!point) throw new Error(`"${text}" is not rendered in the active editor`);
    return point;
  }

  /** Hovers `text` and returns the hover widget once it shows `expected`. */
  async hover(text: string, expected: string): Promise<Locator> {
    const { x, y } = await this.pointAt(text);
    await this.page.mouse.move(x, y);
    const hover = this.page.locator('.monaco-hover:visible', { hasText: expected });
    await hover.first().waitFor({ timeout: this.timeoutMs });
    return hover.first();
  }

  async clickText(text: string): Promise<void> {
    const { x, y } = await this.pointAt(text);
    await this.page.mouse.click(x, y);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: this.timeoutMs });
  }

  async openProblems(): Promise<Locator> {
    await this.page.locator('[id="status.problems"]').click({ timeout: this.timeoutMs });
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor({ timeout: this.timeoutMs });
    return panel;
  }

  /** Expands the view titled `title` in the side bar (Outline, a contributed view) and returns its body. */
  async expandView(title: string): Promise<Locator> {
    const header = this.page.locator('.pane-header', { hasText: title }).first();
    await header.waitFor({ timeout: this.timeoutMs });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return this.page.locator('.pane', { has: header }).locator('.pane-body');
  }

  statusItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text }).first();
  }
}
