/**
 * The `tifa.*` settings, declared once. `contributes.configuration` in package.json must equal
 * `configurationContribution()` (test/unit/settings.test.ts), so the manifest cannot drift.
 */

const SEVERITY_SETTINGS = ['off', 'hint', 'info', 'warning', 'error'] as const;

type JsonSchema = {
  type: 'string' | 'array' | 'object' | 'boolean' | 'integer';
  minimum?: number;
  enum?: readonly string[];
  pattern?: string;
  items?: JsonSchema;
  additionalProperties?: JsonSchema;
};

export interface SettingSpec extends JsonSchema {
  /** `resource` when a folder may differ from the next; `window` when it belongs to the editor. */
  scope: 'application' | 'window' | 'resource';
  default: unknown;
  /** A key of package.nls.json. */
  description: string;
  /** True when the value names workspace files to load: ignored in Restricted Mode. */
  restricted?: boolean;
}

export const SETTINGS = {
  'tifa.rules': {
    type: 'object',
    scope: 'resource',
    default: {},
    additionalProperties: { type: 'string', enum: SEVERITY_SETTINGS },
    description: 'config.rules',
  },
  'tifa.gongwen': {
    type: 'string',
    scope: 'resource',
    enum: ['auto', 'on', 'off'],
    default: 'auto',
    description: 'config.gongwen',
  },
  'tifa.corpus': {
    type: 'array',
    scope: 'resource',
    default: [],
    items: { type: 'string' },
    description: 'config.corpus',
    restricted: true,
  },
  'tifa.glossary': {
    type: 'array',
    scope: 'resource',
    default: [],
    items: { type: 'string' },
    description: 'config.glossary',
    restricted: true,
  },
  'tifa.userGlossary': {
    type: 'string',
    scope: 'resource',
    default: '.tifa/glossary.json',
    description: 'config.userGlossary',
    restricted: true,
  },
  'tifa.documentDate': {
    type: 'string',
    scope: 'resource',
    default: '',
    pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
    description: 'config.documentDate',
  },
  'tifa.maxNumberOfProblems': {
    type: 'integer',
    scope: 'resource',
    default: 300,
    minimum: 1,
    description: 'config.maxNumberOfProblems',
  },
  'tifa.trace.server': {
    type: 'string',
    scope: 'window',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    description: 'config.trace.server',
  },
} as const satisfies Record<string, SettingSpec>;

/** The `contributes.configuration` object of package.json. */
export function configurationContribution(): { title: string; properties: Record<string, Record<string, unknown>> } {
  const properties: Record<string, Record<string, unknown>> = {};
  for (const [key, spec] of Object.entries(SETTINGS) as [string, SettingSpec][]) {
    const { description, restricted: _restricted, ...schema } = spec;
    properties[key] = { ...schema, markdownDescription: `%${description}%` };
  }
  return { title: 'Tifa', properties };
}

/** The settings Restricted Mode ignores: `capabilities.untrustedWorkspaces.restrictedConfigurations`. */
export function restrictedSettings(): string[] {
  return (Object.entries(SETTINGS) as [string, SettingSpec][]).filter(([, spec]) => spec.restricted).map(([key]) => key);
}
