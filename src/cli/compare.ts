import { flagName } from '../config/values.js';
import { compareSettings, runCompareJob } from '../engine/compare-job.js';
import type { BenchmarkComparison } from '../gates/performance-gate.js';
import { formatProblem } from '../model/problems.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import type { COMPARE, OptionValues } from './commands.js';
import { EXIT, type CliStreams } from './streams.js';
import { sig3 } from '../model/format.js';

/**
 * `pipeline-gates compare --base GLOB... --head GLOB...`: the compare job on local benchmark files.
 * Exit 1 when a benchmark regressed, 0 otherwise, 2 when a file cannot be read.
 */
export async function compareCommand(values: OptionValues<typeof COMPARE>, io: CliStreams): Promise<number> {
  const settings = compareSettings(values, flagName);
  const root = process.cwd();
  const result = await runCompareJob(settings, { files: reportFiles(root), repo: await loadRepoPaths(root) });
  for (const w of result.warnings) io.err(`warning: ${formatProblem(w)}\n`);
  const { comparisons, gate, onlyInBase } = result;
  if (values.json) {
    io.out(`${JSON.stringify({ q: settings.q, minEffect: settings.minEffect, benchmarks: comparisons.map(jsonOf), onlyInBase }, null, 2)}\n`);
  } else {
    io.out(table(comparisons));
    if (onlyInBase.length) io.out(`\nOnly in the base (removed?): ${onlyInBase.join(', ')}\n`);
    io.out(`\n${gate.message}\n`);
  }
  return comparisons.some((c) => c.verdict === 'regression') ? EXIT.failed : EXIT.passed;
}

function jsonOf(c: BenchmarkComparison): Record<string, unknown> {
  return {
    name: c.name,
    verdict: c.verdict,
    ratio: c.ratio,
    ci: c.ci,
    pValue: c.pValue,
    qValue: c.qValue,
    samples: c.samples,
    strong: c.strong,
    unit: c.unit,
    direction: c.direction,
    reason: c.reason
  };
}

function table(rows: readonly BenchmarkComparison[]): string {
  const head = ['benchmark', 'verdict', 'ratio', '95% CI', 'q', 'samples (base/head)'];
  const body = rows.map((c) => [
    c.name,
    c.verdict + (c.strong ? ' (strong)' : ''),
    c.ratio === null ? '—' : `×${sig3(c.ratio)}`,
    c.ci ? `×${sig3(c.ci[0])} – ×${sig3(c.ci[1])}` : '—',
    c.qValue === null ? '—' : c.qValue.toPrecision(2),
    `${c.samples.base}/${c.samples.head}`
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const reasons = rows.filter((c) => c.verdict === 'insufficient').map((c) => `  ${c.name}: ${c.reason}`);
  return `${[line(head), ...body.map(line)].join('\n')}\n${reasons.length ? `\nNot judged:\n${reasons.join('\n')}\n` : ''}`;
}
