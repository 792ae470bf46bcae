import type { XmlPosition, XmlTag } from '../../stream/xml-stream.js';
import type { TestSink, TestStatus } from '../../../model/tests.js';
import type { TestFormat } from '../../format.js';
import { attr, classOfMethod, MAX_DETAILS, messageAndStack, TimeReader, toCase, xmlTestFormat } from './xml-report.js';
import { checkSeconds } from '../../seconds.js';
import type { Warnings } from '../../warnings.js';
import type { CaseLocator } from '../../test-location.js';
import { BoundedText } from '../../stream/text.js';
import { XmlContentError } from '../../stream/xml-stream.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Visual Studio / VSTest TRX (`dotnet test --logger trx`, MSTest, vstest.console). A result names
 * its test by `testId`; the class lives in TestDefinitions, which VSTest writes after Results (old
 * MSTest wrote it before). So results wait for their definitions, at most MAX_HELD of them; past
 * that, or when a definition is missing, the class is taken from a qualified testName if it has one.
 */
export const trxFormat: TestFormat = xmlTestFormat({
  id: 'trx',
  description: 'Visual Studio TRX (<TestRun>) from dotnet test, MSTest, VSTest',
  roots: ['TestRun'],
  reader: (file, sink, locator, warnings) => new TrxReader(file, sink, locator, warnings)
});

const MAX_HELD = 100_000;

/**
 * Every TRX outcome (the TestOutcome enum). As publish-unit-test-result-action reads them where
 * two readings are defensible: Passed and PassedButRunAborted passed; Failed failed; Error (or no
 * outcome) an error; NotExecuted, Inconclusive, Pending, NotRunnable and Completed (ran, no
 * verdict) skipped. Where its reading would hide a broken test we differ on purpose: Timeout,
 * Aborted, Disconnected (a lost test host) and InProgress (the run stopped under it) are errors,
 * not skips; Warning passed, as NUnit's Warning does. An unknown outcome is an error naming it.
 */
const OUTCOMES = new Map<string, TestStatus>([
  ['Passed', 'passed'],
  ['PassedButRunAborted', 'passed'],
  ['Warning', 'passed'],
  ['Failed', 'failed'],
  ['Error', 'error'],
  ['', 'error'],
  ['Timeout', 'error'],
  ['Aborted', 'error'],
  ['Disconnected', 'error'],
  ['InProgress', 'error'],
  ['NotExecuted', 'skipped'],
  ['Inconclusive', 'skipped'],
  ['Pending', 'skipped'],
  ['NotRunnable', 'skipped'],
  ['Completed', 'skipped']
]);

interface ResultDraft {
  readonly testId: string;
  readonly name: string;
  readonly status: TestStatus;
  readonly outcome: string;
  readonly seconds?: number;
  message?: BoundedText;
  stack?: BoundedText;
  /** Data-driven parent: its rows (InnerResults) are the tests. */
  hasRows: boolean;
  brokenRow: boolean;
}

/** What a result keeps while it waits for its class. */
interface Held {
  readonly testId: string;
  readonly name: string;
  readonly status: TestStatus;
  readonly seconds?: number;
  readonly message?: string;
  readonly body?: string;
}

class TrxReader {
  private readonly results: ResultDraft[] = [];
  private field?: BoundedText;
  private inErrorInfo = false;
  private rootSeen = false;
  private resultsSeen = false;
  private definitionsDone = false;
  private unitTestId?: string;
  /** testId → class, kept only when definitions come before the results. */
  private readonly classes = new Map<string, string>();
  private readonly held = new Map<string, Held[]>();
  private heldCount = 0;
  private readonly times: TimeReader;

  constructor(
    private readonly file: string,
    private readonly sink: TestSink,
    private readonly locator: CaseLocator,
    warnings: Warnings
  ) {
    this.times = new TimeReader(warnings);
  }

  open(tag: XmlTag, position: () => XmlPosition): void {
    const name = localName(tag.name);
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'TestRun') throw new XmlContentError(`expected a TRX <TestRun> root element, found <${tag.name}>`);
    }
    const current = this.results[this.results.length - 1];
    if (name === 'UnitTestResult') this.results.push(this.openResult(tag, current, position));
    else if (name === 'ErrorInfo') this.inErrorInfo = current !== undefined;
    else if (this.inErrorInfo && current && name === 'Message') this.field = current.message ??= new BoundedText(MAX_DETAILS);
    else if (this.inErrorInfo && current && name === 'StackTrace') this.field = current.stack ??= new BoundedText(MAX_DETAILS);
    else if (name === 'UnitTest') this.unitTestId = attr(tag, 'id');
    else if (name === 'TestMethod' && this.unitTestId) this.define(this.unitTestId, attr(tag, 'className'));
  }

  close(tag: XmlTag): void {
    const name = localName(tag.name);
    if (name === 'Message' || name === 'StackTrace') this.field = undefined;
    else if (name === 'ErrorInfo') this.inErrorInfo = false;
    else if (name === 'UnitTestResult') this.endResult();
    else if (name === 'UnitTest') this.unitTestId = undefined;
    else if (name === 'TestDefinitions') {
      this.definitionsDone = true;
      this.finish();
    }
  }

  text(text: string): void {
    this.field?.append(text);
  }

  /** Results still waiting (no definitions, or none for them) go out with the class their name gives. */
  finish(): void {
    for (const list of this.held.values()) for (const h of list) this.emit(h, undefined);
    this.held.clear();
    this.heldCount = 0;
  }

  private endResult(): void {
    const r = this.results.pop();
    if (!r) return;
    const parent = this.results[this.results.length - 1];
    if (parent && broken(r.status)) parent.brokenRow = true;
    // A data-driven parent repeats what its rows say, unless it failed on its own: a failure none
    // of its rows carry (a data source that could not be read).
    if (r.hasRows && !(broken(r.status) && !r.brokenRow)) return;
    this.resultsSeen = true;
    const held = toHeld(r);
    if (this.definitionsDone) this.emit(held, this.classes.get(r.testId));
    else this.hold(held);
  }

  private hold(h: Held): void {
    const list = this.held.get(h.testId);
    if (list) list.push(h);
    else this.held.set(h.testId, [h]);
    if (++this.heldCount <= MAX_HELD) return;
    const [oldestId, oldest] = this.held.entries().next().value as [string, Held[]];
    this.held.delete(oldestId);
    this.heldCount -= oldest.length;
    for (const o of oldest) this.emit(o, undefined);
  }

  private define(testId: string, qualified: string | undefined): void {
    const className = qualified ? typeName(qualified) : undefined;
    if (!className) return;
    const waiting = this.held.get(testId);
    if (waiting) {
      this.held.delete(testId);
      this.heldCount -= waiting.length;
      for (const h of waiting) this.emit(h, className);
    } else if (!this.resultsSeen) this.classes.set(testId, className);
  }

  private emit(h: Held, className: string | undefined): void {
    const classname = className ?? classOfMethod(h.name);
    const timing = h.seconds === undefined ? { seconds: 0, timeUnknown: true } : { seconds: h.seconds };
    const fields = { suite: classname ?? '', name: h.name, classname, status: h.status, ...timing, message: h.message };
    this.sink.testCase(toCase(fields, h.body, this.locator, this.file));
  }

  private openResult(tag: XmlTag, parent: ResultDraft | undefined, position: () => XmlPosition): ResultDraft {
    if (parent) parent.hasRows = true;
    const outcome = attr(tag, 'outcome') ?? '';
    const name = attr(tag, 'testName') ?? '';
    return {
      testId: attr(tag, 'testId') ?? '',
      name,
      outcome,
      status: OUTCOMES.get(outcome) ?? 'error',
      seconds: this.times.read(attr(tag, 'duration'), 'test', name, position, parseTimeSpan),
      hasRows: false,
      brokenRow: false
    };
  }
}

/** Message first, then the stack trace: .NET messages often span lines (expected/actual). */
function toHeld(r: ResultDraft): Held {
  const message = r.message?.toString().trim();
  const stack = r.stack?.toString().trim();
  const body = messageAndStack(message, stack);
  const fallback = OUTCOMES.has(r.outcome) ? undefined : `unknown TRX outcome ${excerpt(r.outcome)}`;
  return { testId: r.testId, name: r.name, status: r.status, seconds: r.seconds, message: message || fallback, body };
}

/** A .NET TimeSpan, `[d.]hh:mm:ss[.fffffff]`, in seconds: 0 when absent, undefined when it is not one. */
export function parseTimeSpan(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return 0;
  const m = /^\s*(?:(\d+)\.)?(\d+):([0-5]?\d):([0-5]?\d(?:\.\d+)?)\s*$/.exec(raw);
  if (!m) return undefined;
  return checkSeconds(Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]));
}

/** `Ns.Class, Assembly, Version=…` (old mstest.exe) → `Ns.Class`; commas inside generic brackets stay. */
function typeName(qualified: string): string {
  let depth = 0;
  for (let i = 0; i < qualified.length; i++) {
    const ch = qualified[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === ',' && depth === 0) return qualified.slice(0, i).trim();
  }
  return qualified.trim();
}

function broken(s: TestStatus): boolean {
  return s === 'failed' || s === 'error';
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
