import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ROOT } from '../helpers/corpus';

/**
 * The published SARIF 2.1.0 schema is draft-04; Ajv speaks draft-07, which differs here only in
 * `id`. One of its patterns has a stray `]` that only non-Unicode regular expressions accept.
 */
export function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'cli', 'schema', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/[\s\u0080-\uffff]/u.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: id, ...rest });
}
