import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedSettings } from '../config/settings.js';
import type { RunContext } from '../github/run-context.js';
import { isBlocking } from '../model/verdict.js';
import { buildJsonReport } from '../report/json-report.js';
import { renderMarkdownBytes, type ReportContext } from '../report/summary.js';
import { workDir } from '../shell/work-dir.js';
import type { Runner } from './runner.js';
import { type GateOutcome } from '../model/outcome.js';

/**
 * What a gate outcome leaves on the runner, for the gate step and the publish step alike: the
 * report files, the job summary, the step outputs, and the step's failure when delivery failed.
 */

/** The job summary may hold 1 MiB per step; keep a margin for what other steps append. */
const SUMMARY_BYTES = 1000 * 1024;

/** Where this config's report files go: under RUNNER_TEMP on a runner. */
export function reportDir(configId: string): string {
  return workDir(configId);
}

/** report.json and report.md (the summary as rendered); returns report.json's path. */
export async function writeReport(outcome: GateOutcome, settings: ResolvedSettings, run: RunContext, report: ReportContext): Promise<string> {
  const dir = reportDir(settings.configId);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'report.json');
  const json = buildJsonReport(outcome, settings.configId, { sha: run.sha, event: run.eventName, runUrl: run.runUrl });
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(path.join(dir, 'report.md'), renderMarkdownBytes(outcome, report, SUMMARY_BYTES));
  return file;
}

/**
 * The job summary (with the artifact link, when there is one) and the outputs; returns the context
 * the check run and comment render with.
 */
export async function finishReport(outcome: GateOutcome, reportPath: string, report: ReportContext, io: Runner): Promise<ReportContext> {
  await io.summary(renderMarkdownBytes(outcome, report, SUMMARY_BYTES));
  io.output('passed', String(outcome.verdict.passed));
  io.output('conclusion', outcome.verdict.conclusion);
  io.output('report', reportPath);
  io.output('summary', summaryLine(outcome));
  io.output('failed-gates', JSON.stringify(outcome.verdict.gates.filter(isBlocking).map((g) => g.gate)));
  io.output('regressions', JSON.stringify(regressionsOf(outcome)));
  for (const w of outcome.warnings) io.warning(w);
  return report;
}

/** The outputs' one-line summary: what a notification or a later step can show. */
export function summaryLine(outcome: GateOutcome): string {
  const c = outcome.tests.counts;
  const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
  const failed = outcome.verdict.gates.filter(isBlocking).map((g) => g.gate);
  const warned = outcome.verdict.gates.filter((g) => g.status === 'warning').map((g) => g.gate);
  return [tests, failed.length ? `failed: ${failed.join(', ')}` : 'passed', ...(warned.length ? [`warnings: ${warned.join(', ')}`] : [])].join('; ');
}

function regressionsOf(outcome: GateOutcome): Array<Record<string, unknown>> {
  return (outcome.performance?.comparisons ?? []).filter((c) => c.verdict === 'regression').map((c) => ({ name: c.name, ratio: c.ratio, ci: c.ci, qValue: c.qValue }));
}

export function reportContext(settings: ResolvedSettings, run: RunContext, historyStore: string | undefined): ReportContext {
  const repoUrl = `${run.serverUrl}/${run.owner}/${run.repo}`;
  return { title: settings.checkName, sha: run.sha, repoUrl, runUrl: run.runUrl, ...(historyStore ? { historyStore } : {}) };
}

/** With fail-on-report-error, anything not delivered fails the step too. */
export function failOnReportErrors(errors: readonly string[], io: Runner): void {
  if (errors.length) io.fail(errors.map((e) => `${e} (fail-on-report-error is on)`).join('\n'));
}
