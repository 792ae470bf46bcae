import type { XmlPosition, XmlTag } from '../../stream/xml-stream.js';
import { excerpt } from '../../../model/excerpt.js';
import type { Warnings } from '../../warnings.js';
import type { TestSink, TestStatus } from '../../../model/tests.js';
import type { TestFormat } from '../../format.js';
import { attr, baseName, classOfMethod, MAX_DETAILS, messageAndStack, suiteFrame, SuiteStack, TimeReader, type SuiteFrame, xmlTestFormat } from './xml-report.js';
import type { CaseLocator } from '../../test-location.js';
import { BoundedText } from '../../stream/text.js';
import { XmlContentError } from '../../stream/xml-stream.js';

/**
 * NUnit result XML: NUnit 3 (`<test-run>`, `duration`, `label`), NUnit 2 (`<test-results>`,
 * `time`, `success`/`executed`), and a bare `<test-suite>` root (one assembly's results). Cases sit
 * in nested `<test-suite>`s (assembly, namespace, fixture, parameterized method); a case's suite is
 * the innermost one.
 */
export const nunitFormat: TestFormat = xmlTestFormat({
  id: 'nunit',
  description: 'NUnit 3 (<test-run>), NUnit 2 (<test-results>) and bare <test-suite> result XML',
  roots: ['test-run', 'test-results', 'test-suite'],
  reader: (file, sink, locator, warnings) => new NUnitReader(file, sink, locator, warnings)
});

/**
 * Results as publish-unit-test-result-action reads them (its nunit3-to-junit mapping, for NUnit 2
 * and 3 alike), so a switching user sees the same counts: a <failure> decides (an error when the
 * result is Error, else a failure, whatever the label); without one, not executed, Skipped,
 * Ignored, NotRunnable and Inconclusive results (or runstates) are skipped; Warning passed. Our
 * additions: a Failed or Error result without a <failure> still fails, and a result we do not know
 * is an error naming it, never a pass.
 */
const SKIP_RESULTS = new Set(['Skipped', 'Ignored', 'NotRunnable', 'Inconclusive']);
const SKIP_RUNSTATES = new Set(['Skipped', 'Ignored', 'NotRunnable']);
const RESULTS = new Map<string, TestStatus>([
  ['Passed', 'passed'],
  ['Success', 'passed'],
  ['Warning', 'passed'],
  ['Failed', 'failed'],
  ['Failure', 'failed'],
  ['Cancelled', 'failed'],
  ['Error', 'error']
]);

function statusOf(tag: XmlTag, hasFailure: boolean): TestStatus | undefined {
  const result = attr(tag, 'result');
  if (hasFailure) return result === 'Error' ? 'error' : 'failed';
  if (tag.attributes.executed === 'False' || SKIP_RESULTS.has(result ?? '') || SKIP_RUNSTATES.has(tag.attributes.runstate ?? '')) return 'skipped';
  if (result === undefined) return tag.attributes.success === 'False' ? 'failed' : 'passed';
  return RESULTS.get(result);
}

interface CaseDraft {
  readonly tag: XmlTag;
  readonly name: string;
  readonly classname?: string;
  readonly seconds?: number;
  hasFailure: boolean;
  message?: BoundedText;
  stack?: BoundedText;
}

class NUnitReader {
  private readonly suites: SuiteStack;
  private readonly times: TimeReader;
  private draft?: CaseDraft;
  /** Depth of the open element below the current test-case (0: the test-case itself). */
  private depth = 0;
  /** Inside a test-case's own <failure> or <reason> (not its <assertions> or <output>). */
  private inOutcome = false;
  private field?: BoundedText;
  private version?: 2 | 3;

  constructor(file: string, sink: TestSink, locator: CaseLocator, warnings: Warnings) {
    this.suites = new SuiteStack(file, sink, locator);
    this.times = new TimeReader(warnings);
  }

  open(tag: XmlTag, position: () => XmlPosition): void {
    const name = tag.name;
    this.version ??= versionOf(tag);
    const draft = this.draft;
    if (draft) {
      this.depth++;
      if (this.depth === 1) {
        this.inOutcome = name === 'failure' || name === 'reason';
        if (name === 'failure') draft.hasFailure = true;
      } else if (this.depth === 2 && this.inOutcome) {
        if (name === 'message') this.field = draft.message ??= new BoundedText(MAX_DETAILS);
        else if (name === 'stack-trace') this.field = draft.stack ??= new BoundedText(MAX_DETAILS);
      }
    } else if (name === 'test-case') {
      this.draft = this.openCase(tag, this.version, position);
      this.depth = 0;
    } else if (name === 'test-suite') this.suites.open(this.openSuite(tag, position));
  }

  close(tag: XmlTag): void {
    const draft = this.draft;
    if (!draft) {
      if (tag.name === 'test-suite') this.suites.close();
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
    const status = statusOf(d.tag, d.hasFailure);
    const unknown = status ? undefined : `unknown NUnit result ${excerpt(attr(d.tag, 'result') ?? '')}`;
    const timing = d.seconds === undefined ? { seconds: 0, timeUnknown: true } : { seconds: d.seconds };
    this.suites.testCase({ name: d.name, classname: d.classname, status: status ?? 'error', ...timing, message: message || unknown }, body);
  }

  /**
   * Assemblies by file name (NUnit 2 gives the build machine's full path); fixtures and namespaces
   * by their full name, so two classes of the same name never share a suite.
   */
  private openSuite(tag: XmlTag, position: () => XmlPosition): SuiteFrame {
    const name = attr(tag, 'name') ?? '';
    const raw = attr(tag, 'duration') ?? attr(tag, 'time');
    const seconds = raw === undefined ? undefined : this.times.read(raw, 'suite', name, position);
    if (attr(tag, 'type') === 'Assembly') return suiteFrame(baseName(name), seconds);
    return suiteFrame(attr(tag, 'fullname') ?? name, seconds);
  }

  private openCase(tag: XmlTag, version: 2 | 3, position: () => XmlPosition): CaseDraft {
    const full = attr(tag, version === 3 ? 'fullname' : 'name') ?? '';
    const classname = (version === 3 ? attr(tag, 'classname') : undefined) ?? classOfMethod(full);
    // NUnit 2 names are fully qualified; NUnit 3 keeps the method (and arguments) in `name`.
    const name = version === 3 ? (attr(tag, 'name') ?? full) : classname ? full.slice(classname.length + 1) : full;
    const seconds = this.times.read(attr(tag, 'duration') ?? attr(tag, 'time'), 'test', name, position);
    return { tag, name, classname, seconds, hasFailure: false };
  }
}

/** NUnit 3 writes `<test-run>`, or a bare `<test-suite>` with NUnit 3's `fullname`/`id`; else NUnit 2. */
function versionOf(root: XmlTag): 2 | 3 {
  if (root.name === 'test-run') return 3;
  if (root.name === 'test-results') return 2;
  if (root.name === 'test-suite') return root.attributes.fullname !== undefined || root.attributes.id !== undefined ? 3 : 2;
  throw new XmlContentError(`expected an NUnit <test-run>, <test-results> or <test-suite> root element, found <${root.name}>`);
}
