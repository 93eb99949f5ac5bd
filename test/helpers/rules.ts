import { createEngine, type Engine, type Finding, type Locale, type SeveritySetting } from '../../server/src/engine';

/** An engine that runs only the rule `code`, and its findings on a text. */
export function onlyRule(code: string, locale: Locale = 'zh'): { engine: Engine; findings(text: string): Finding[]; fixAll(text: string): string } {
  const rules: Record<string, SeveritySetting> = {};
  for (const rule of createEngine().rules()) if (rule.code !== code) rules[rule.code] = 'off';
  const engine = createEngine({ config: { locale, rules } });
  return {
    engine,
    findings: (text) => engine.analyze(text).filter((f) => f.code === code),
    fixAll: (text) => engine.fixAll(text).text,
  };
}

/** The text each finding covers. */
export function covered(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.span.start, f.span.end));
}
