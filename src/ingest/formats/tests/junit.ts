import type { XmlTag } from '../../stream/xml-stream.js';
import type { TestCase, TestSink } from '../../../model/tests.js';
import type { TestFormat } from '../../format.js';
import type { CaseLocator } from '../../test-location.js';
import { BoundedText } from '../../stream/text.js';
import { XmlContentError } from '../../stream/xml-stream.js';
import { excerpt } from '../../../model/excerpt.js';
import { asAttempt, endOutcome, mergeRuns, openCapture, OUTCOMES, type Capture, type CaseDraft } from './junit-runs.js';
import { addTally, cleanJestName, declaredCounts, declaredMessage, emptyTally, isRetry, tally, unlisted, type Tally } from './junit-suite.js';
import { attr, closeSuite, countCase, roundSeconds, suiteFrame, TimeReader, toCase, type SuiteFrame, xmlTestFormat } from './xml-report.js';
import type { XmlPosition } from '../../stream/xml-stream.js';
import type { Warnings } from '../../warnings.js';

/**
 * JUnit XML in all its dialects (Surefire, Gradle, jest-junit, vitest, mocha, pytest, Go, nextest,
 * Catch2, Bazel, PHPUnit…), read as a stream. The helpers exported after the format are shared
 * by the other test formats (TRX, NUnit, xUnit), which build the same TestCase.
 */

export const junitFormat: TestFormat = xmlTestFormat({
  id: 'junit',
  description: 'JUnit XML: <testsuites>/<testsuite> with <testcase>',
  roots: ['testsuites', 'testsuite'],
  reader: (file, sink, locator, warnings) => new JUnitReader(file, sink, locator, warnings)
});

/** A failing case's own output, used when its <failure> has no text. */
const MAX_OUTPUT = 16 * 1024;
/** Failed cases a suite holds while waiting for a rerun of the same id; then the oldest goes out. */
const MAX_PENDING = 256;

/** testcase status/result values meaning "did not run" (gtest, Bazel, Catch2, Ant). */
const NOT_RUN = new Set(['notrun', 'skipped', 'disabled', 'ignored', 'suppressed']);

interface JUnitSuite extends SuiteFrame {
  /** pytest writes 0-based `line` attributes. */
  readonly pytest: boolean;
  pending?: Map<string, TestCase>;
  /** What the suite's attributes declare, for a suite that lists no cases. */
  readonly declared?: ReturnType<typeof declaredCounts>;
  /** Runs it holds (listed cases, and runs its child suites declared), by status. */
  readonly seen: Tally;
}

class JUnitReader {
  private readonly stack: JUnitSuite[] = [];
  private draft?: CaseDraft;
  private capture?: Capture;
  private rootSeen = false;
  private readonly times: TimeReader;
  private output?: BoundedText;

  constructor(
    private readonly file: string,
    private readonly sink: TestSink,
    private readonly locator: CaseLocator,
    private readonly warnings: Warnings
  ) {
    this.times = new TimeReader(warnings);
  }

  open(tag: XmlTag, position: () => XmlPosition): void {
    const capture = this.capture;
    if (capture) {
      if (tag.name !== 'stackTrace') capture.muted++;
      return;
    }
    const name = tag.name;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        throw new XmlContentError(`expected a JUnit <testsuites> or <testsuite> root element, found <${name}>`);
      }
    }
    if (name === 'testcase') this.draft = this.openCase(tag, position);
    else if (name === 'testsuite') this.stack.push(this.openSuite(tag, position));
    else if (this.draft) {
      const outcome = OUTCOMES.get(name);
      const draft = this.draft;
      if (outcome) this.capture = openCapture(tag, outcome, this.times.read(attr(tag, 'time'), 'a run of test', draft.name, position));
      else if (name === 'system-out' || name === 'system-err') this.output = draft.output ??= new BoundedText(MAX_OUTPUT);
    }
  }

  close(tag: XmlTag): void {
    const capture = this.capture;
    if (capture) {
      if (capture.muted === 0 && tag.name === capture.tag) {
        this.capture = undefined;
        if (this.draft) endOutcome(this.draft, capture);
      } else if (tag.name !== 'stackTrace') capture.muted--;
    } else if (tag.name === 'testcase') {
      if (this.draft) this.deliver(this.endCase(this.draft), this.draft.retry);
      this.draft = undefined;
      this.output = undefined;
    } else if (tag.name === 'testsuite') this.endSuite();
    else if (tag.name === 'system-out' || tag.name === 'system-err') this.output = undefined;
  }

  text(text: string): void {
    const capture = this.capture;
    if (capture) {
      if (capture.muted === 0) capture.text.append(text);
    } else this.output?.append(text);
  }

  /** After the stream ends: failed cases read before an error still count; unclosed suites do not. */
  finish(): void {
    for (const frame of this.stack) this.flush(frame);
  }

  private openSuite(tag: XmlTag, position: () => XmlPosition): JUnitSuite {
    const parent = this.stack[this.stack.length - 1];
    const given = attr(tag, 'name');
    const raw = attr(tag, 'file') ?? attr(tag, 'filepath');
    // jest-junit names a suite by its test file path (suiteName "{filepath}") without a file attribute.
    const file = raw ? this.locator.placeFile(raw) : (this.locator.pathFile(given) ?? parent?.file);
    // A missing describe title comes out as "undefined": the suite is its file.
    const name = given === 'undefined' ? (file ?? '') : given === undefined ? (parent?.name ?? '') : cleanJestName(given);
    const time = attr(tag, 'time');
    const seconds = time === undefined ? undefined : this.times.read(time, 'suite', name, position);
    const frame = suiteFrame(name, seconds, file);
    return { ...frame, pytest: given === 'pytest' || (parent?.pytest ?? false), declared: declaredCounts(tag), seen: emptyTally() };
  }

  private openCase(tag: XmlTag, position: () => XmlPosition): CaseDraft {
    const frame = this.stack[this.stack.length - 1];
    const skipped = NOT_RUN.has(tag.attributes.status ?? '') || NOT_RUN.has(tag.attributes.result ?? '') || tag.attributes.disabled === 'true';
    const name = cleanJestName(attr(tag, 'name') ?? '');
    const classname = attr(tag, 'classname');
    const seconds = this.times.read(attr(tag, 'time'), 'test', name, position);
    return {
      suite: frame?.name ?? '',
      name,
      classname: classname === undefined ? undefined : cleanJestName(classname) || undefined,
      retry: isRetry(tag),
      file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? frame?.file,
      line: parseLine(attr(tag, 'line'), frame?.pytest ? 1 : 0),
      seconds: seconds ?? 0,
      ...(seconds === undefined && { timeUnknown: true }),
      status: skipped ? 'skipped' : 'passed'
    };
  }

  private endCase(d: CaseDraft): TestCase {
    const frame = this.stack[this.stack.length - 1];
    const body = d.body?.toString();
    // A failure with no text of its own (cargo's libtest): its output says what and where.
    const broken = d.status === 'failed' || d.status === 'error';
    const c = toCase(d, broken && !body?.trim() && d.output ? d.output.toString() : body, this.locator, this.file);
    if (d.flaky || d.reruns) {
      const attempts = [...(d.flaky ?? []), asAttempt(c), ...(d.reruns ?? [])];
      c.attempts = attempts;
      c.durationSeconds = roundSeconds(attempts.reduce((sum, a) => sum + a.durationSeconds, 0));
      if (d.flaky && c.status === 'passed') c.flaky = true;
    }
    countCase(frame, c);
    if (frame) tally(frame.seen, c.status, 1);
    return c;
  }

  /**
   * A repeated classname+name in one suite is another run (a parameterized test without distinct
   * names, one test in two configurations) unless the later case says it is a retry (a retry,
   * rerun or attempt attribute): then the two are attempts of one test. So a failed case waits in
   * its suite for a possible retry. Keyed by name alone, so a passing case costs one lookup.
   */
  private deliver(c: TestCase, retry: boolean): void {
    const frame = this.stack[this.stack.length - 1];
    const broken = c.status === 'failed' || c.status === 'error';
    const pending = frame?.pending;
    let earlier = pending?.get(c.name);
    if (earlier && (earlier.classname !== c.classname || !retry)) {
      // Another class, or no retry evidence: another run, not a rerun. The older one goes out.
      this.release(frame, earlier);
      earlier = undefined;
    }
    if (!frame || (!broken && !earlier)) {
      this.sink.testCase(c);
      return;
    }
    if (earlier) pending?.delete(c.name);
    const merged = earlier ? mergeRuns(earlier, c) : c;
    if (merged.status !== 'failed' && merged.status !== 'error') this.sink.testCase(merged);
    else this.hold(frame, merged);
  }

  private hold(frame: JUnitSuite, c: TestCase): void {
    const pending = (frame.pending ??= new Map());
    pending.set(c.name, c);
    if (pending.size > MAX_PENDING) this.release(frame, pending.values().next().value as TestCase);
  }

  private release(frame: JUnitSuite | undefined, c: TestCase): void {
    frame?.pending?.delete(c.name);
    this.sink.testCase(c);
  }

  private endSuite(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    this.flush(frame);
    if (frame.declared) this.declare(frame, frame.declared);
    const parent = this.stack[this.stack.length - 1];
    if (parent) addTally(parent.seen, frame.seen);
    this.sink.testSuite(closeSuite(frame, parent, this.file));
  }

  /**
   * A suite that declares more runs than it lists (none at all in summary-only reports; cargo's
   * libtest leaves out ignored tests): the runs it does not list are counted from its attributes,
   * and a warning says so. Declarations that do not add up are ignored.
   */
  private declare(frame: JUnitSuite, declared: NonNullable<JUnitSuite['declared']>): void {
    const missing = 'invalid' in declared ? undefined : unlisted(declared, frame.seen);
    if (!missing) {
      if ('invalid' in declared && frame.seen.total === 0) this.warnings.add(`suite ${excerpt(frame.name)} lists no <testcase> and ${declared.invalid}: no tests counted from it`);
      return;
    }
    this.sink.declared?.({ suite: frame.name, reportFile: this.file, counts: missing });
    addTally(frame.seen, missing);
    this.warnings.add(declaredMessage(frame.name, missing, frame.seen.total - missing.total));
  }

  private flush(frame: JUnitSuite): void {
    for (const c of frame.pending?.values() ?? []) this.sink.testCase(c);
    frame.pending = undefined;
  }
}

function parseLine(raw: string | undefined, offset: number): number | undefined {
  const n = raw === undefined ? NaN : Number.parseInt(raw, 10) + offset;
  return n > 0 ? n : undefined;
}
