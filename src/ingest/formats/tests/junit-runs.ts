import type { TestAttempt, TestCase, TestStatus } from '../../../model/tests.js';
import type { XmlTag } from '../../stream/xml-stream.js';
import { BoundedText, clipMiddle } from '../../stream/text.js';
import { attr, MAX_DETAILS, messageFrom, rank, roundSeconds, type CaseFields, type Draft } from './xml-report.js';

/**
 * A JUnit testcase's outcomes: <failure>, <error>, <skipped> decide it; Surefire's flaky and rerun
 * elements (and retried testcases) are its attempts, oldest first, the last one deciding.
 */

/** An earlier attempt keeps less: enough to tell attempts apart, not a copy of every trace. */
export const MAX_ATTEMPT_DETAILS = 8 * 1024;

export interface Outcome {
  readonly status: TestStatus;
  /** main: the case's own result; flaky: a failed run before the final one; rerun: a failed rerun after it. */
  readonly kind: 'main' | 'flaky' | 'rerun';
}

// A Map, not an object literal: element names such as "constructor" must not look like outcomes.
export const OUTCOMES = new Map<string, Outcome>([
  ['failure', { status: 'failed', kind: 'main' }],
  ['error', { status: 'error', kind: 'main' }],
  ['skipped', { status: 'skipped', kind: 'main' }],
  ['flakyFailure', { status: 'failed', kind: 'flaky' }],
  ['flakyError', { status: 'error', kind: 'flaky' }],
  ['rerunFailure', { status: 'failed', kind: 'rerun' }],
  ['rerunError', { status: 'error', kind: 'rerun' }]
]);

export interface CaseDraft extends CaseFields {
  status: TestStatus;
  message?: string;
  type?: string;
  body?: BoundedText;
  flaky?: TestAttempt[];
  reruns?: TestAttempt[];
  /** A retry attribute says this repeats the test before it. */
  readonly retry: boolean;
  /** The case's own <system-out>/<system-err>: cargo's libtest puts the panic there, not in <failure>. */
  output?: BoundedText;
}

/** The outcome element whose text is being read; nested system-out/err are muted, stackTrace is not. */
export interface Capture {
  readonly tag: string;
  readonly outcome: Outcome;
  readonly message?: string;
  readonly type?: string;
  readonly seconds: number;
  readonly text: BoundedText;
  muted: number;
}

export function openCapture(tag: XmlTag, outcome: Outcome, seconds: number | undefined): Capture {
  return {
    tag: tag.name,
    outcome,
    message: attr(tag, 'message'),
    type: attr(tag, 'type'),
    seconds: seconds ?? 0,
    text: new BoundedText(outcome.kind === 'main' ? MAX_DETAILS : MAX_ATTEMPT_DETAILS),
    muted: 0
  };
}

/** error outranks failure outranks skipped; a second outcome of the same rank joins the first. */
export function endOutcome(d: CaseDraft, cap: Capture): void {
  const status = cap.outcome.status;
  if (cap.outcome.kind !== 'main') {
    const details = cap.text.toString().trim() || undefined;
    const attempt: Draft<TestAttempt> = { status, durationSeconds: cap.seconds };
    const message = messageFrom(cap.message) ?? messageFrom(details) ?? cap.type;
    if (message) attempt.message = message;
    if (details) attempt.details = details;
    (cap.outcome.kind === 'flaky' ? (d.flaky ??= []) : (d.reruns ??= [])).push(attempt);
    return;
  }
  const have = rank(d.status);
  if (rank(status) > have || (rank(status) === have && !d.body)) {
    d.status = status;
    d.message = cap.message;
    d.type = cap.type;
    d.body = cap.text;
  } else if (rank(status) === have && d.body) {
    // Several <failure>s (vitest soft assertions, Catch2 CHECKs): one failure, details joined.
    const more = cap.text.toString().trim() || cap.message;
    if (more) d.body.append(`\n\n${more}`);
  }
}

export function asAttempt(c: TestCase): TestAttempt {
  const a: Draft<TestAttempt> = { status: c.status, durationSeconds: c.durationSeconds };
  if (c.message) a.message = c.message;
  if (c.details) a.details = clipMiddle(c.details, MAX_ATTEMPT_DETAILS);
  return a;
}

/** A later run of the same test: attempts oldest first, the last one decides. */
export function mergeRuns(earlier: TestCase, later: TestCase): TestCase {
  const attempts = [...(earlier.attempts ?? [asAttempt(earlier)]), ...(later.attempts ?? [asAttempt(later)])];
  const merged: Draft<TestCase> = { ...later, durationSeconds: roundSeconds(earlier.durationSeconds + later.durationSeconds), attempts };
  if (earlier.timeUnknown) merged.timeUnknown = true;
  if (!merged.file && earlier.file) {
    merged.file = earlier.file;
    if (earlier.line) merged.line = earlier.line;
  }
  if (later.status === 'passed' && attempts.some((a) => a.status === 'failed' || a.status === 'error')) merged.flaky = true;
  return merged;
}

