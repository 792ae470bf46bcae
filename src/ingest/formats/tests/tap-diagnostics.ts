import { parse } from 'yaml';
import { obj, positiveInt, str } from './json-report.js';

/**
 * A TAP test's diagnostics: the YAML block between `---` and `...` (node:test, node-tap, TAP 14)
 * and the `#` comment lines bats writes after a failure. Only what a report needs is taken: the
 * message, where it failed, and node:test's duration.
 */
export interface Diagnostics {
  readonly message?: string;
  readonly file?: string;
  readonly line?: number;
  readonly durationMs?: unknown;
}

/** A YAML block this long is kept as text, not parsed. */
const MAX_YAML = 64 * 1024;

export function readYaml(text: string): Diagnostics {
  if (text.length > MAX_YAML) return {};
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 10, prettyErrors: false });
  } catch {
    return {};
  }
  const y = obj(doc);
  if (!y) return {};
  const at = obj(y.at);
  const location = /^(.*):(\d+):\d+$/.exec(str(y.location) ?? '');
  const message = str(y.message) ?? str(y.error) ?? str(obj(y.error)?.message);
  return {
    ...(message && { message }),
    ...(location ? { file: location[1], line: Number(location[2]) } : at && str(at.file) ? { file: str(at.file), line: positiveInt(at.line) } : {}),
    ...('duration_ms' in y && { durationMs: y.duration_ms })
  };
}

/** bats: `# (in test file test/calc.bats, line 10)` and the failed command after it. */
export function readComments(lines: readonly string[]): Diagnostics {
  const where = lines.map((l) => /\(in test file (.+), line (\d+)\)/.exec(l)).find((m) => m);
  const said = lines.find((l) => l.trim() && !/^\(in (?:test )?file /.test(l.trim()));
  return { ...(said && { message: said.trim() }), ...(where && { file: where[1], line: Number(where[2]) }) };
}
