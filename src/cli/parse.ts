import { resolvePatterns } from '../engine/files.js';
import type { ParseContext } from '../ingest/format.js';
import { readReport, type ReadResult } from '../ingest/read.js';
import { coveragePercent, coverageTotals } from '../model/coverage.js';
import type { Finding } from '../model/findings.js';
import { formatProblem, UsageError } from '../model/problems.js';
import { TestCollector } from '../model/test-summary.js';
import type { TestCase, TestSink, TestSuite } from '../model/tests.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import type { ParsedCommand } from './args.js';
import type { PARSE } from './commands.js';
import type { CliStreams } from './streams.js';
import { benchmarkValue, plural } from '../model/format.js';


/**
 * `pipeline-gates parse FILE...`: detect each file's format and print what it holds. With --json
 * the test cases are written as they are read, so a 1 GB report never sits in memory. One file
 * prints one object; several print an array of them.
 */
export async function parseCommand({ values, positionals }: ParsedCommand<typeof PARSE>, io: CliStreams): Promise<number> {
  if (positionals.length === 0) throw new UsageError('parse needs at least one FILE. Run pipeline-gates parse --help for the options.');
  const options = { format: values.format, json: !!values.json };
  const root = process.cwd();
  const ctx: ParseContext = { repo: await loadRepoPaths(root) };
  const files = reportFiles(root);
  // A glob names the files it matches; a name that matches nothing is read as given, so a
  // missing file is reported as missing.
  const { matched, unmatched } = await resolvePatterns(positionals, files);
  const paths = [...matched, ...unmatched];
  let failed = false;
  const many = paths.length > 1;
  if (options.json && many) io.out('[');
  for (const [i, file] of paths.entries()) {
    if (options.json && i > 0) io.out(',');
    const collector = new TestCollector({ maxCaseTimings: 0 });
    const sink = options.json ? streamingSink(collector, io, file) : collector;
    const result = await readReport(file, files.open, { ctx, tests: sink, ...(options.format ? { format: options.format } : {}) });
    const problems = 'problems' in result ? result.problems : [];
    failed ||= problems.length > 0;
    if (options.json) io.out(`${jsonTail(result, collector, !!(sink as StreamingSink).started)}`);
    else io.out(human(result, collector));
    for (const p of problems) io.err(`error: ${formatProblem(p)}\n`);
    for (const w of 'warnings' in result ? result.warnings : []) io.err(`warning: ${formatProblem(w)}\n`);
  }
  if (options.json) io.out(many ? ']\n' : '\n');
  return failed ? 2 : 0;
}

interface StreamingSink extends TestSink {
  started: boolean;
}

/** Writes `{"path":…,"cases":[` on the first case, then each case as it comes. */
function streamingSink(collector: TestCollector, io: CliStreams, file: string): StreamingSink {
  const sink: StreamingSink = {
    started: false,
    testCase(c: TestCase) {
      collector.testCase(c);
      io.out(`${sink.started ? ',' : `{"path":${JSON.stringify(file)},"cases":[`}${JSON.stringify(c)}`);
      sink.started = true;
    },
    testSuite(s: TestSuite) {
      collector.testSuite(s);
    },
    declared(d) {
      collector.declared(d);
    }
  };
  return sink;
}

function jsonTail(result: ReadResult, collector: TestCollector, started: boolean): string {
  const body = describe(result, collector);
  if (result.kind === 'tests') {
    const rest = JSON.stringify(body).slice(1, -1);
    return started ? `],${rest}}` : `{"path":${JSON.stringify(result.file)},"cases":[],${rest}}`;
  }
  return JSON.stringify({ path: result.file, ...body });
}

function describe(result: ReadResult, collector: TestCollector): Record<string, unknown> {
  switch (result.kind) {
    case 'tests': {
      const s = collector.summary();
      return { format: result.format, tests: s.counts, suites: s.suites, problems: result.problems, warnings: result.warnings };
    }
    case 'coverage': {
      const totals = coverageTotals(result.report.files);
      const files = result.report.files.map((f) => ({ path: f.path, ...coverageTotals([f]) }));
      return { format: result.format, coverage: { ...totals, files, unplaced: result.report.unplaced, declared: result.report.declared ?? null }, problems: result.problems, warnings: result.warnings };
    }
    case 'findings':
      return { format: result.format, findings: findingsSummary(result.findings, result.suppressed), problems: result.problems, warnings: result.warnings };
    case 'metrics':
      return { format: result.format, metrics: Object.fromEntries(result.metrics.map((m) => [m.path, m.samples ? { value: m.value, samples: m.samples } : m.value])), problems: result.problems };
    case 'benchmarks':
      return { format: result.format, benchmarks: result.benchmarks, problems: result.problems, warnings: result.warnings };
    case 'unreadable':
      return { format: null, problems: result.problems };
    case 'skipped':
      return { format: result.format, skipped: true, problems: [], warnings: result.warnings };
  }
}

function findingsSummary(findings: readonly Finding[], suppressed: number): Record<string, unknown> {
  const byLevel: Record<string, number> = {};
  const bySeverity: Record<string, number> = {};
  for (const f of findings) {
    byLevel[f.level] = (byLevel[f.level] ?? 0) + 1;
    if (f.severity) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  }
  return { total: findings.length, byLevel, bySeverity, suppressed, items: findings };
}

function human(result: ReadResult, collector: TestCollector): string {
  const head = `${result.file}: ${result.kind === 'unreadable' ? 'unreadable' : result.format}`;
  switch (result.kind) {
    case 'tests': {
      const c = collector.summary().counts;
      return `${head} — ${plural(c.total, 'test')}: ${c.passed} passed, ${c.failed} failed, ${c.errors} errors, ${c.skipped} skipped${c.flaky ? `, ${c.flaky} flaky` : ''}\n`;
    }
    case 'coverage': {
      const { files, declared, unplaced } = result.report;
      // A totals-only report (istanbul json-summary) has no line records: show what it declares.
      const t = files.length === 0 && declared ? { lines: declared.lines ?? NONE, branches: declared.branches ?? NONE } : coverageTotals(files);
      const where = unplaced.length ? `; ${plural(unplaced.length, 'path')} not found in the repository` : '';
      const source = files.length === 0 && declared ? ' (declared totals; no line records)' : '';
      return `${head} — ${plural(files.length, 'file')}, lines ${pct(t.lines)}, branches ${pct(t.branches)}${source}${where}\n`;
    }
    case 'findings': {
      const s = findingsSummary(result.findings, result.suppressed);
      return `${head} — ${plural(result.findings.length, 'finding')} ${JSON.stringify(s.byLevel)}${result.suppressed ? `, ${result.suppressed} suppressed` : ''}\n`;
    }
    case 'metrics':
      return `${head} — ${result.metrics.map((m) => `${m.path}=${m.value}${m.unit ?? ''}`).join(', ')}\n`;
    case 'benchmarks':
      return `${head} — ${plural(result.benchmarks.length, 'benchmark')}: ${result.benchmarks.slice(0, 5).map((b) => `${b.name} ${benchmarkValue(b.value, b.unit)}${b.samples ? ` (${plural(b.samples.length, 'sample')})` : ''}`).join('; ')}${result.benchmarks.length > 5 ? '; …' : ''}\n`;
    case 'unreadable':
    case 'skipped':
      return `${head}\n`;
  }
}

const NONE = { covered: 0, total: 0 };

function pct(t: { covered: number; total: number }): string {
  return t.total ? `${coveragePercent(t)}% (${t.covered}/${t.total})` : 'n/a (0/0)';
}
