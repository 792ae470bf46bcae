import type { TestCase, TestSink, TestStatus, TestSuite } from '../../../model/tests.js';
import type { TestFormat } from '../../format.js';
import { CaseLocator } from '../../test-location.js';
import { clipMiddle } from '../../stream/text.js';
import { streamXml, type XmlHandlers, type XmlPosition, type XmlTag } from '../../stream/xml-stream.js';
import { badTime, parseSeconds } from '../../seconds.js';
import { excerpt } from '../../../model/excerpt.js';
import { Warnings } from '../../warnings.js';
import { rootElement } from '../../stream/xml-prolog.js';

export { rootElement } from '../../stream/xml-prolog.js';

/**
 * What the XML test formats (JUnit, TRX, NUnit, xUnit) share: turning what a report says about a
 * case into a TestCase, reading times, and keeping track of suites.
 */

/** Keep failure bodies bounded: a 2 MB stack trace must not ride along into every renderer. */
export const MAX_DETAILS = 64 * 1024;

export type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** A format's reader: XML events in, cases into the sink; `finish` delivers what it still holds. */
export interface TestReader extends XmlHandlers {
  finish?(): void;
}

/** The one shape every XML test format has: recognised by its root element, read by a TestReader. */
export function xmlTestFormat(spec: {
  id: string;
  description: string;
  roots: readonly string[];
  reader: (file: string, sink: TestSink, locator: CaseLocator, warnings: Warnings) => TestReader;
}): TestFormat {
  return {
    id: spec.id,
    kind: 'tests',
    description: spec.description,
    sniff: (head) => spec.roots.includes(rootElement(head) ?? ''),
    async parse(file, chunks, sink, ctx) {
      const warnings = new Warnings(file);
      const reader = spec.reader(file, sink, new CaseLocator(ctx.repo), warnings);
      const result = await streamXml(file, chunks, reader, { onWarning: (message, at) => warnings.add(message, at) });
      reader.finish?.();
      return { problems: result.problem ? [result.problem] : [], warnings: warnings.list() };
    }
  };
}


/** The fields a format reads for one case, before its location is worked out. */
export interface CaseFields {
  readonly suite: string;
  readonly name: string;
  readonly classname?: string;
  readonly status: TestStatus;
  readonly seconds: number;
  /** The report's time was not a duration (warned); `seconds` is then 0. */
  readonly timeUnknown?: boolean;
  readonly file?: string;
  readonly line?: number;
  /** Message attribute or element; only its first telling line is kept. */
  readonly message?: string;
  /** Exception type: the message of last resort. */
  readonly type?: string;
}

/** `body`: the failure text or stack trace, already bounded. */
export function toCase(f: CaseFields, body: string | undefined, locator: CaseLocator, reportFile: string): Draft<TestCase> {
  const details = body ? body.trim() || undefined : undefined;
  const message = messageFrom(f.message, f.name) ?? messageFrom(details, f.name) ?? f.type;
  const where = locator.locate(f.file, f.line, f.classname, details);
  const c: Draft<TestCase> = { suite: f.suite, name: f.name, status: f.status, durationSeconds: f.seconds, reportFile };
  if (f.timeUnknown) c.timeUnknown = true;
  if (f.classname) c.classname = f.classname;
  if (where.file) c.file = where.file;
  if (where.line) c.line = where.line;
  if (message) c.message = message;
  if (details) c.details = details;
  return c;
}

export function attr(tag: XmlTag, name: string): string | undefined {
  const v = tag.attributes[name];
  return v === undefined || v === '' ? undefined : v;
}

/** Sums of reported times, to the nanosecond: 0.021 + 0.015 is 0.036, not 0.036000000000000004. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1e9) / 1e9;
}

export function rank(s: TestStatus): number {
  return s === 'error' ? 3 : s === 'failed' ? 2 : s === 'skipped' ? 1 : 0;
}

/**
 * Reads report times, warning (located) about one that is not a duration: the caller then counts
 * the test with `timeUnknown`, so the value stays out of history and shard planning.
 */
export class TimeReader {
  constructor(private readonly warnings: Warnings) {}

  /** `what` and `name` say whose time it is (`test`, `"adds"`); `parse`: the format's notation (default: decimal seconds). */
  read(raw: string | undefined, what: string, name: string, position: () => XmlPosition, parse: (raw: string | undefined) => number | undefined = parseSeconds): number | undefined {
    const seconds = parse(raw);
    if (seconds === undefined) this.warnings.add(badTime(raw, `${what} ${excerpt(name)}`), position());
    return seconds;
  }
}

/**
 * The first telling line of a failure body. Skipped: `=== RUN` (go test -v), PHPUnit's opening
 * `Class::method` line, which only repeat the test's name, and Rust's `thread 't' panicked at
 * src/lib.rs:11:29:` (the location; the panic message is on the next line).
 */
export function messageFrom(details: string | undefined, name?: string): string | undefined {
  if (!details) return undefined;
  const method = name ? `::${name.replace(/ with data set .*$/, '')}` : undefined;
  let start = 0;
  for (let n = 0; n < 20 && start < details.length; n++) {
    let end = details.indexOf('\n', start);
    if (end < 0) end = details.length;
    const line = details.slice(start, end).trim();
    start = end + 1;
    if (!line || line.startsWith('=== ') || (method && line.endsWith(method)) || RUST_PANIC.test(line)) continue;
    return line;
  }
  return undefined;
}

const RUST_PANIC = /^thread '.*'(?: \(\d+\))? panicked at .+:\d+:\d+:$/;

/** .NET formats: the whole message (expected/actual often span lines), then the stack trace. */
export function messageAndStack(message: string | undefined, stack: string | undefined): string | undefined {
  if (stack) return clipMiddle(message ? `${message}\n${stack}` : stack, MAX_DETAILS);
  return message?.includes('\n') ? message : undefined;
}

/** The file name of a path with either separator: assemblies are named by file, not by build folder. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** `Ns.Class.Method(1.5, "a.b")` → `Ns.Class`: dots inside the arguments do not count. */
export function classOfMethod(qualified: string): string | undefined {
  const paren = qualified.indexOf('(');
  const head = paren < 0 ? qualified : qualified.slice(0, paren);
  const dot = head.lastIndexOf('.');
  return dot > 0 ? head.slice(0, dot) : undefined;
}

/** An open suite: it learns its cases' time and file, and becomes a TestSuite when it closes. */
export interface SuiteFrame {
  readonly name: string;
  /** The suite's own time attribute; undefined when it has none. */
  readonly seconds?: number;
  /** A file the report gives the suite itself. */
  readonly file?: string;
  caseSeconds: number;
  readonly files: SuiteFiles;
}

/** `seconds`: the suite's own time, undefined when it has none (or none that is a duration). */
export function suiteFrame(name: string, seconds: number | undefined, file?: string): SuiteFrame {
  return { name, seconds, file, caseSeconds: 0, files: new SuiteFiles() };
}

export function countCase(frame: SuiteFrame | undefined, c: TestCase): void {
  if (!frame) return;
  if (!c.timeUnknown) frame.caseSeconds += c.durationSeconds;
  frame.files.see(c.file);
}

/** A suite's own time includes setup and teardown; without one, its cases (and child suites) add up. */
export function closeSuite(frame: SuiteFrame, parent: SuiteFrame | undefined, reportFile: string): TestSuite {
  const file = frame.file ?? frame.files.common();
  // A suite without a name (jest-junit without a describe block) is known by its file.
  const suite: Draft<TestSuite> = { name: frame.name || (file ?? ''), durationSeconds: frame.seconds ?? roundSeconds(frame.caseSeconds), reportFile };
  if (file) suite.file = file;
  if (parent) {
    parent.caseSeconds += suite.durationSeconds;
    parent.files.see(file);
  }
  return suite;
}

/**
 * The open suites of a report whose suites nest (NUnit, xUnit.net): a case lands in the innermost
 * suite, and a closed suite rolls its time and file up into its parent.
 */
export class SuiteStack {
  private readonly frames: SuiteFrame[] = [];

  constructor(
    private readonly reportFile: string,
    private readonly sink: TestSink,
    private readonly locator: CaseLocator
  ) {}

  open(frame: SuiteFrame): void {
    this.frames.push(frame);
  }

  /** Builds the case in the innermost suite, counts it there and hands it to the sink. */
  testCase(fields: Omit<CaseFields, 'suite'>, body: string | undefined): void {
    const frame = this.frames[this.frames.length - 1];
    const c = toCase({ suite: frame?.name ?? '', ...fields }, body, this.locator, this.reportFile);
    countCase(frame, c);
    this.sink.testCase(c);
  }

  close(): void {
    const frame = this.frames.pop();
    if (frame) this.sink.testSuite(closeSuite(frame, this.frames[this.frames.length - 1], this.reportFile));
  }
}

/** Tracks whether every case (or child suite) of a suite names the same file. */
export class SuiteFiles {
  private file?: string;
  private mixed = false;
  see(file: string | undefined): void {
    if (!file || this.mixed) return;
    if (this.file === undefined) this.file = file;
    else if (this.file !== file) this.mixed = true;
  }
  common(): string | undefined {
    return this.mixed ? undefined : this.file;
  }
}
