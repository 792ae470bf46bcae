import type { XmlTag } from '../../stream/xml-stream.js';
import type { TestSink, TestStatus } from '../../../model/tests.js';
import type { TestFormat } from '../../format.js';
import { attr, baseName, classOfMethod, MAX_DETAILS, messageAndStack, parseSeconds, suiteFrame, SuiteStack, type SuiteFrame, xmlTestFormat } from './xml-report.js';
import type { CaseLocator } from '../../test-location.js';
import { BoundedText } from '../../stream/text.js';
import { XmlContentError } from '../../stream/xml-stream.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * NUnit result XML: NUnit 3 (`<test-run>`, `duration`, `label`) and NUnit 2 (`<test-results>`,
 * `time`, `success`/`executed`). Cases sit in nested `<test-suite>`s (assembly, namespace,
 * fixture, parameterized method); a case's suite is the innermost one.
 */
export const nunitFormat: TestFormat = xmlTestFormat({
  id: 'nunit',
  description: 'NUnit 3 (<test-run>) and NUnit 2 (<test-results>) result XML',
  roots: ['test-run', 'test-results'],
  reader: (file, sink, locator) => new NUnitReader(file, sink, locator)
});

/**
 * Both versions' `result` values. Warning passed (NUnit does not fail a run for it); Inconclusive
 * did not decide anything, so it counts as skipped; NotRunnable (a malformed test) is an error.
 */
const RESULTS = new Map<string, TestStatus>([
  ['Passed', 'passed'],
  ['Success', 'passed'],
  ['Warning', 'passed'],
  ['Failed', 'failed'],
  ['Failure', 'failed'],
  ['Error', 'error'],
  ['Cancelled', 'error'],
  ['NotRunnable', 'error'],
  ['Skipped', 'skipped'],
  ['Ignored', 'skipped'],
  ['Inconclusive', 'skipped']
]);
/** NUnit 3 labels a Failed result that was an exception, a cancellation or an invalid test. */
const ERROR_LABELS = new Set(['Error', 'Cancelled', 'Invalid']);

interface CaseDraft {
  readonly name: string;
  readonly classname?: string;
  readonly status: TestStatus;
  readonly unknown?: string;
  readonly seconds: number;
  message?: BoundedText;
  stack?: BoundedText;
}

class NUnitReader {
  private readonly suites: SuiteStack;
  private draft?: CaseDraft;
  /** Depth of the open element below the current test-case (0: the test-case itself). */
  private depth = 0;
  /** Inside a test-case's own <failure> or <reason> (not its <assertions> or <output>). */
  private inOutcome = false;
  private field?: BoundedText;
  private version?: 2 | 3;

  constructor(file: string, sink: TestSink, locator: CaseLocator) {
    this.suites = new SuiteStack(file, sink, locator);
  }

  open(tag: XmlTag): void {
    const name = tag.name;
    if (this.version === undefined) {
      if (name !== 'test-run' && name !== 'test-results') {
        throw new XmlContentError(`expected an NUnit <test-run> or <test-results> root element, found <${name}>`);
      }
      this.version = name === 'test-run' ? 3 : 2;
    }
    const draft = this.draft;
    if (draft) {
      this.depth++;
      if (this.depth === 1) this.inOutcome = name === 'failure' || name === 'reason';
      else if (this.depth === 2 && this.inOutcome) {
        if (name === 'message') this.field = draft.message ??= new BoundedText(MAX_DETAILS);
        else if (name === 'stack-trace') this.field = draft.stack ??= new BoundedText(MAX_DETAILS);
      }
    } else if (name === 'test-case') {
      this.draft = openCase(tag, this.version);
      this.depth = 0;
    } else if (name === 'test-suite') this.suites.open(openSuite(tag));
  }

  close(tag: XmlTag): void {
    const draft = this.draft;
    if (!draft) {
      if (tag.name === 'test-suite') this.endSuite();
      return;
    }
    if (this.depth === 0) {
      this.draft = undefined;
      this.endCase(draft);
      return;
    }
    if (this.depth === 2) this.field = undefined;
    if (this.depth === 1) this.inOutcome = false;
    this.depth--;
  }

  text(text: string): void {
    this.field?.append(text);
  }

  private endCase(d: CaseDraft): void {
    const message = d.message?.toString().trim();
    const body = messageAndStack(message, d.stack?.toString().trim());
    this.suites.testCase({ name: d.name, classname: d.classname, status: d.status, seconds: d.seconds, message: message || d.unknown }, body);
  }

  private endSuite(): void {
    this.suites.close();
  }

}

/**
 * Assemblies by file name (NUnit 2 gives the build machine's full path); fixtures and namespaces
 * by their full name, so two classes of the same name never share a suite.
 */
function openSuite(tag: XmlTag): SuiteFrame {
  const name = attr(tag, 'name') ?? '';
  const time = attr(tag, 'duration') ?? attr(tag, 'time');
  if (attr(tag, 'type') === 'Assembly') return suiteFrame(baseName(name), time);
  return suiteFrame(attr(tag, 'fullname') ?? name, time);
}

function openCase(tag: XmlTag, version: 2 | 3): CaseDraft {
  const result = attr(tag, 'result');
  const known = result === undefined ? fallbackStatus(tag) : RESULTS.get(result);
  let status = known ?? 'error';
  if (status === 'failed' && ERROR_LABELS.has(attr(tag, 'label') ?? '')) status = 'error';
  const seconds = parseSeconds(attr(tag, 'duration') ?? attr(tag, 'time'));
  const unknown = known ? undefined : `unknown NUnit result ${excerpt(result ?? '')}`;
  const full = attr(tag, version === 3 ? 'fullname' : 'name') ?? '';
  const classname = (version === 3 ? attr(tag, 'classname') : undefined) ?? classOfMethod(full);
  // NUnit 2 names are fully qualified; NUnit 3 keeps the method (and arguments) in `name`.
  const name = version === 3 ? (attr(tag, 'name') ?? full) : classname ? full.slice(classname.length + 1) : full;
  return { name, classname, status, seconds, unknown };
}

/** NUnit 2 files without `result`: `executed` and `success` say it. */
function fallbackStatus(tag: XmlTag): TestStatus {
  if (tag.attributes.executed === 'False') return 'skipped';
  return tag.attributes.success === 'False' ? 'failed' : 'passed';
}
