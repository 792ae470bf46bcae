import { clipMiddleBytes } from '../ingest/stream/text.js';
import type { TestCase } from '../model/tests.js';
import type { GateResult } from '../model/verdict.js';
import { hideExcerpts } from '../model/excerpt.js';
import { type GateOutcome } from '../model/outcome.js';

/** A check-run annotation as GitHub's API takes it. */
export interface Annotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'failure' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
  readonly raw_details?: string;
}

/** GitHub's limits: 255 characters of title, 64 KB of message and raw details. */
const TITLE_MAX = 255;
const MESSAGE_MAX = 64 * 1024 - 1024;

/**
 * One annotation per failed or errored test, a warning per flaky test, then one per unreadable report. `toPath` turns a
 * path from a report into a repo-relative one; a test without a known source file is annotated on
 * its report file so it is still listed.
 */
export function buildAnnotations(outcome: GateOutcome, toPath: (file: string) => string): Annotation[] {
  const out: Annotation[] = [];
  for (const c of outcome.tests.failures) out.push(testAnnotation(c, toPath));
  for (const c of outcome.tests.flaky) out.push(flakyAnnotation(c, toPath));
  for (const g of outcome.verdict.gates) out.push(...gateAnnotations(g, toPath));
  for (const p of outcome.problems) {
    const line = p.line ?? 1;
    out.push({ path: toPath(p.file), start_line: line, end_line: line, annotation_level: 'failure', title: 'Unreadable test report', message: clip(hideExcerpts(p.message)) });
  }
  return out;
}

function testAnnotation(c: TestCase, toPath: (file: string) => string): Annotation {
  const line = c.file && c.line ? c.line : 1;
  const title = `${c.status === 'error' ? 'Error' : 'Failed'}: ${[c.suite, c.name].filter(Boolean).join(' › ')}`;
  const message = c.details ?? c.message ?? `${c.name} ${c.status === 'error' ? 'errored' : 'failed'}`;
  return {
    path: toPath(c.file ?? c.reportFile),
    start_line: line,
    end_line: line,
    annotation_level: 'failure',
    title: clipTitle(title),
    message: clip(message)
  };
}

/** The API counts bytes, so the cut is made in bytes, keeping both ends of a stack trace. */
function flakyAnnotation(c: TestCase, toPath: (file: string) => string): Annotation {
  const line = c.file && c.line ? c.line : 1;
  const title = `Flaky: ${[c.suite, c.name].filter(Boolean).join(' › ')}`;
  const failed = c.attempts?.find((a) => a.status === 'failed' || a.status === 'error');
  return {
    path: toPath(c.file ?? c.reportFile),
    start_line: line,
    end_line: line,
    annotation_level: 'warning',
    title: clipTitle(title),
    message: clip(`Passed after ${c.attempts?.length ?? 2} attempts. The failed attempt said:\n${failed?.details ?? failed?.message ?? '(no message)'}`)
  };
}

/** Gate items that point at a place (a finding, uncovered changed lines) as annotations there. */
function gateAnnotations(g: GateResult, toPath: (file: string) => string): Annotation[] {
  if ((g.status !== 'failed' && g.status !== 'warning') || g.gate === 'tests' || g.gate === 'tests.flaky') return [];
  return (g.items ?? []).flatMap((item) => {
    if (!item.location) return [];
    const start = item.location.line ?? 1;
    const title = `${g.gate}: ${g.status === 'failed' ? 'failed' : 'warning'}`;
    return [{
      path: toPath(item.location.file),
      start_line: start,
      end_line: Math.max(start, item.location.endLine ?? start),
      annotation_level: g.status === 'failed' ? 'failure' : 'warning',
      title: clipTitle(title),
      message: clip(item.text)
    } satisfies Annotation];
  });
}

function clipTitle(title: string): string {
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

function clip(text: string): string {
  return clipMiddleBytes(text, MESSAGE_MAX);
}

const LEVEL_ORDER: Record<Annotation['annotation_level'], number> = { failure: 0, warning: 1, notice: 2 };

export interface AnnotationSelection {
  readonly kept: readonly Annotation[];
  /** Left out by the cap, per level. */
  readonly omitted: { readonly failure: number; readonly warning: number; readonly notice: number };
}

/**
 * Failures first, then warnings, then notices (each in report order), at most `max` of them: the
 * cap keeps a run with thousands of findings from spending the rate limit, and the most important
 * ones are never the ones dropped.
 */
export function selectAnnotations(all: readonly Annotation[], max: number): AnnotationSelection {
  const ordered = byImportance(all);
  const kept = ordered.slice(0, Math.max(0, max));
  const omitted = { failure: 0, warning: 0, notice: 0 };
  for (const a of ordered.slice(kept.length)) omitted[a.annotation_level]++;
  return { kept, omitted };
}

/** Failures, then warnings, then notices; report order within a level (the sort is stable). */
function byImportance(all: readonly Annotation[]): Annotation[] {
  return [...all].sort((x, y) => LEVEL_ORDER[x.annotation_level] - LEVEL_ORDER[y.annotation_level]);
}

/** Workflow-command annotations show at most this many per level and step. */
export const WORKFLOW_COMMAND_LIMIT = 10;

/** The most important annotations per level that a step can show without the Checks API. */
export function workflowCommandAnnotations(all: readonly Annotation[]): Annotation[] {
  const ordered = byImportance(all);
  return (['failure', 'warning', 'notice'] as const).flatMap((level) => ordered.filter((a) => a.annotation_level === level).slice(0, WORKFLOW_COMMAND_LIMIT));
}

/** "12 failures, 3 warnings" for what a cap left out; '' when nothing was. */
export function describeOmitted(o: AnnotationSelection['omitted']): string {
  const parts = ([['failure', 'failures'], ['warning', 'warnings'], ['notice', 'notices']] as const).filter(([k]) => o[k] > 0).map(([k, word]) => `${o[k]} ${o[k] === 1 ? k : word}`);
  return parts.join(', ');
}
