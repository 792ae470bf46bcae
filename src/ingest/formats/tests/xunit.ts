import type { XmlPosition, XmlTag } from '../../stream/xml-stream.js';
import type { TestSink, TestStatus } from '../../../model/tests.js';
import type { TestFormat } from '../../format.js';
import { attr, baseName, MAX_DETAILS, messageAndStack, suiteFrame, SuiteStack, TimeReader, type SuiteFrame, xmlTestFormat } from './xml-report.js';
import { excerpt } from '../../../model/excerpt.js';
import type { Warnings } from '../../warnings.js';
import type { CaseLocator } from '../../test-location.js';
import { BoundedText } from '../../stream/text.js';
import { XmlContentError } from '../../stream/xml-stream.js';

/**
 * xUnit.net XML (`dotnet test --logger xunit`, `xunit.console -xml`): v2 `<assemblies>` of
 * `<assembly>`/`<collection>`/`<test>`, and the v1 shape (`<assembly>`/`<class>`/`<test>`).
 * Assembly-level `<errors>` (a fixture or class cleanup that threw) become error cases: no test
 * carries them, yet the run is broken.
 */
export const xunitFormat: TestFormat = xmlTestFormat({
  id: 'xunit',
  description: 'xUnit.net v2 XML (<assemblies>)',
  roots: ['assemblies', 'assembly'],
  reader: (file, sink, locator, warnings) => new XUnitReader(file, sink, locator, warnings)
});

/** xUnit v3 adds NotRun (an explicit test that was not asked for). */
const RESULTS = new Map<string, TestStatus>([
  ['Pass', 'passed'],
  ['Fail', 'failed'],
  ['Skip', 'skipped'],
  ['NotRun', 'skipped']
]);
const SUITES = new Set(['assembly', 'collection', 'class']);

interface CaseDraft {
  readonly name: string;
  readonly classname?: string;
  readonly status: TestStatus;
  readonly seconds: number;
  readonly timeUnknown?: boolean;
  /** The exception type, the message of last resort. */
  type?: string;
  unknown?: string;
  message?: BoundedText;
  stack?: BoundedText;
}

class XUnitReader {
  private readonly suites: SuiteStack;
  private draft?: CaseDraft;
  /** Depth of the open element below the current test (0: the test itself). */
  private depth = 0;
  private inFailure = false;
  private field?: BoundedText;
  private rootSeen = false;
  private readonly times: TimeReader;

  constructor(file: string, sink: TestSink, locator: CaseLocator, warnings: Warnings) {
    this.suites = new SuiteStack(file, sink, locator);
    this.times = new TimeReader(warnings);
  }

  open(tag: XmlTag, position: () => XmlPosition): void {
    const name = tag.name;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'assemblies' && name !== 'assembly') {
        throw new XmlContentError(`expected an xUnit <assemblies> root element, found <${name}>`);
      }
    }
    const draft = this.draft;
    if (draft) this.openInside(draft, tag);
    else if (name === 'test') this.begin(this.openTest(tag, position));
    else if (name === 'error') this.begin(openError(tag));
    else if (SUITES.has(name)) this.suites.open(this.openSuite(tag, position));
  }

  close(tag: XmlTag): void {
    const draft = this.draft;
    if (!draft) {
      if (SUITES.has(tag.name)) this.endSuite();
    } else if (this.depth === 0) {
      this.draft = undefined;
      this.endCase(draft);
    } else {
      if (this.depth === 1) this.inFailure = false;
      this.field = undefined;
      this.depth--;
    }
  }

  text(text: string): void {
    this.field?.append(text);
  }

  private begin(draft: CaseDraft): void {
    this.draft = draft;
    this.depth = 0;
  }

  /** `<failure>` holds `<message>` and `<stack-trace>`; a skip's `<reason>` is text itself. */
  private openInside(draft: CaseDraft, tag: XmlTag): void {
    this.depth++;
    if (this.depth === 1) {
      this.inFailure = tag.name === 'failure';
      if (this.inFailure) draft.type ??= attr(tag, 'exception-type');
      if (tag.name === 'reason') this.field = draft.message ??= new BoundedText(MAX_DETAILS);
    } else if (this.depth === 2 && this.inFailure) {
      if (tag.name === 'message') this.field = draft.message ??= new BoundedText(MAX_DETAILS);
      else if (tag.name === 'stack-trace') this.field = draft.stack ??= new BoundedText(MAX_DETAILS);
    }
  }

  private endCase(d: CaseDraft): void {
    const message = d.message?.toString().trim();
    const body = messageAndStack(message, d.stack?.toString().trim());
    this.suites.testCase({ name: d.name, classname: d.classname, status: d.status, seconds: d.seconds, ...(d.timeUnknown && { timeUnknown: true }), message: message || d.unknown, type: d.type }, body);
  }

  /** An assembly is named by its file, not the build machine's folder, so names stay stable. */
  private openSuite(tag: XmlTag, position: () => XmlPosition): SuiteFrame {
    const name = attr(tag, 'name') ?? '';
    const time = attr(tag, 'time');
    const seconds = time === undefined ? undefined : this.times.read(time, tag.name, name, position);
    return suiteFrame(tag.name === 'assembly' ? baseName(name) : name, seconds);
  }

  private openTest(tag: XmlTag, position: () => XmlPosition): CaseDraft {
    const result = attr(tag, 'result') ?? '';
    const status = RESULTS.get(result);
    const name = attr(tag, 'name') ?? '';
    const seconds = this.times.read(attr(tag, 'time'), 'test', name, position);
    return {
      name,
      classname: attr(tag, 'type'),
      status: status ?? 'error',
      seconds: seconds ?? 0,
      ...(seconds === undefined && { timeUnknown: true }),
      unknown: status ? undefined : `unknown xUnit result ${excerpt(result)}`
    };
  }

  private endSuite(): void {
    this.suites.close();
  }

}

/** `<error type="test-class-cleanup" name="Ns.Class">`: named after what failed and where. */
function openError(tag: XmlTag): CaseDraft {
  const type = attr(tag, 'type') ?? 'error';
  const where = attr(tag, 'name');
  return { name: where ? `[${type}] ${where}` : `[${type}]`, classname: where, status: 'error', seconds: 0 };
}
