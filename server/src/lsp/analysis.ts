import type { Engine, Finding } from '../engine';

/** Findings for one version of one document. */
export interface Analysis {
  readonly version: number;
  readonly text: string;
  readonly findings: readonly Finding[];
}

/**
 * Runs the engine per document version and keeps the latest result, so diagnostics,
 * code actions and fix-all agree on one analysis. If the engine throws on a document,
 * that document gets a single finding saying so and every other document keeps working.
 */
export class AnalysisCache {
  private readonly results = new Map<string, Analysis>();

  constructor(
    private readonly engine: () => Engine,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  get(uri: string, version: number, text: string): Analysis {
    const cached = this.results.get(uri);
    if (cached && cached.version === version && cached.text.length === text.length) return cached;
    let findings: readonly Finding[];
    try {
      findings = this.engine().analyze(text);
    } catch (error) {
      this.onError(uri, error);
      const message = error instanceof Error ? error.message : String(error);
      findings = [
        {
          code: 'engine-error',
          severity: 'error',
          span: { start: 0, end: 0 },
          message: `Tifa: ${message}`,
        },
      ];
    }
    const analysis = { version, text, findings };
    this.results.set(uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
