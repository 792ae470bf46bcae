import { BENCHMARK_FORMATS } from './formats/benchmarks/index.js';
import { COVERAGE_FORMATS } from './formats/coverage/index.js';
import type { FormatKind, ReportFormat } from './format.js';
import { junitFormat } from './formats/tests/junit.js';
import { metricsFormat } from './formats/metrics/metrics.js';
import { nunitFormat } from './formats/tests/nunit.js';
import { pipelineGatesBenchFormat } from './formats/benchmarks/pipeline-gates-bench.js';
import { sarifFormat } from './formats/findings/sarif.js';
import { trxFormat } from './formats/tests/trx.js';
import { xunitFormat } from './formats/tests/xunit.js';
import { goTestFormat } from './formats/tests/go-test.js';
import { tapFormat } from './formats/tests/tap.js';
import { mochaJsonFormat } from './formats/tests/mocha-json.js';
import { mochawesomeFormat } from './formats/tests/mochawesome.js';
import { ctrfFormat } from './formats/tests/ctrf.js';
import { rspecJsonFormat } from './formats/tests/rspec-json.js';
import { dartJsonFormat } from './formats/tests/dart-json.js';

/**
 * Every format, in sniffing order: specific shapes first, the generic metrics JSON last. Adding a
 * format is one file and one line here; nothing else switches on format ids.
 */
export const FORMATS: readonly ReportFormat[] = [
  junitFormat,
  trxFormat,
  nunitFormat,
  xunitFormat,
  goTestFormat,
  tapFormat,
  mochawesomeFormat,
  mochaJsonFormat,
  ctrfFormat,
  rspecJsonFormat,
  dartJsonFormat,
  ...COVERAGE_FORMATS,
  sarifFormat,
  pipelineGatesBenchFormat,
  ...BENCHMARK_FORMATS,
  metricsFormat
];

import { FORMAT_IDS } from './format-ids.js';

export { FORMAT_IDS };

export type Detection = { ok: true; format: ReportFormat } | { ok: false; message: string };

/**
 * Picks the format from the file's first bytes, or takes the user's explicit `format` (which must
 * be a known id, and of the expected kind when the caller expects one).
 */
export function detectFormat(head: string, fileName: string, options: { override?: string; kind?: FormatKind } = {}): Detection {
  const candidates = options.kind ? FORMATS.filter((f) => f.kind === options.kind) : FORMATS;
  if (options.override) {
    const chosen = FORMATS.find((f) => f.id === options.override);
    if (!chosen) return { ok: false, message: `unknown format "${options.override}"; known formats: ${FORMAT_IDS.join(', ')}` };
    if (options.kind && chosen.kind !== options.kind) return { ok: false, message: `format "${chosen.id}" is a ${chosen.kind} format, but ${options.kind} reports were expected here` };
    return { ok: true, format: chosen };
  }
  const text = head.replace(/^\uFEFF/, '');
  const format = candidates.find((f) => f.sniff(text, fileName));
  if (format) return { ok: true, format };
  const ids = candidates.map((f) => f.id).join(', ');
  return { ok: false, message: `not a report format we recognise (${ids}); if it is one of them, name it with --format (or format: in the config)` };
}
