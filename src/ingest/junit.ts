import type { SaxesTagPlain } from 'saxes';
import type { TestCase, TestStatus, TestSuite } from '../model/tests.js';
import type { Problem } from '../model/problems.js';
import { streamXml, XmlContentError } from './xml-stream.js';
import { BoundedText } from './text.js';

export interface TestReportPart {
  readonly cases: TestCase[];
  readonly suites: TestSuite[];
  readonly problems: Problem[];
}

/** Keep failure bodies bounded: a 2 MB stack trace must not ride along into every renderer. */
const MAX_DETAILS = 64 * 1024;

interface SuiteFrame {
  readonly name: string;
  readonly file?: string;
  readonly durationSeconds: number;
}

interface CaseDraft {
  name: string;
  classname?: string;
  file?: string;
  line?: number;
  durationSeconds: number;
  status: TestStatus;
  message?: string;
  /** The exception type, the message of last resort. */
  type?: string;
  details: BoundedText;
  /** Element whose text we are collecting (failure/error/skipped body). */
  collecting: boolean;
}

const OUTCOME: Record<string, TestStatus> = { failure: 'failed', error: 'error', skipped: 'skipped' };

/** Reads JUnit XML (testsuites/testsuite/testcase with failure, error, skipped) as a stream. */
export async function parseJUnit(
  file: string,
  chunks: AsyncIterable<string | Uint8Array>
): Promise<TestReportPart> {
  const cases: TestCase[] = [];
  const suites: TestSuite[] = [];
  const stack: SuiteFrame[] = [];
  let current: CaseDraft | undefined;
  let rootChecked = false;

  const result = await streamXml(file, chunks, {
    open(tag) {
      if (!rootChecked) {
        rootChecked = true;
        if (tag.name !== 'testsuites' && tag.name !== 'testsuite') {
          throw new XmlContentError(`expected a JUnit <testsuites> or <testsuite> root element, found <${tag.name}>`);
        }
      }
      if (tag.name === 'testsuite') stack.push(openSuite(tag, stack));
      else if (tag.name === 'testcase') current = openCase(tag, stack);
      else if (current && Object.hasOwn(OUTCOME, tag.name)) applyOutcome(current, tag);
    },
    close(tag) {
      if (tag.name === 'testsuite') {
        const s = stack.pop();
        if (s) suites.push({ ...s, reportFile: file });
      } else if (tag.name === 'testcase' && current) {
        cases.push(finishCase(current, stack, file));
        current = undefined;
      } else if (current && Object.hasOwn(OUTCOME, tag.name)) current.collecting = false;
    },
    text(t) {
      if (current?.collecting) current.details.append(t);
    }
  });
  const problems = result.problem ? [result.problem] : [];
  return { cases, suites, problems };
}

function openSuite(tag: SaxesTagPlain, stack: readonly SuiteFrame[]): SuiteFrame {
  const parent = stack[stack.length - 1];
  return {
    name: attr(tag, 'name') ?? parent?.name ?? '',
    file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? parent?.file,
    durationSeconds: parseSeconds(attr(tag, 'time'))
  };
}

function openCase(tag: SaxesTagPlain, stack: readonly SuiteFrame[]): CaseDraft {
  const line = Number.parseInt(attr(tag, 'line') ?? '', 10);
  return {
    name: attr(tag, 'name') ?? '',
    classname: attr(tag, 'classname'),
    file: attr(tag, 'file') ?? stack[stack.length - 1]?.file,
    line: Number.isFinite(line) && line > 0 ? line : undefined,
    durationSeconds: parseSeconds(attr(tag, 'time')),
    status: 'passed',
    details: new BoundedText(MAX_DETAILS),
    collecting: false
  };
}

/** error outranks failure outranks skipped, whatever order they appear in. */
function applyOutcome(draft: CaseDraft, tag: SaxesTagPlain): void {
  const status = OUTCOME[tag.name] ?? 'passed';
  if (rank(status) < rank(draft.status)) return;
  if (rank(status) > rank(draft.status)) {
    draft.status = status;
    draft.message = firstLine(attr(tag, 'message'));
    draft.type = attr(tag, 'type');
    draft.details = new BoundedText(MAX_DETAILS);
  }
  draft.collecting = true;
}

function rank(s: TestStatus): number {
  return { passed: 0, skipped: 1, failed: 2, error: 3 }[s];
}

function finishCase(d: CaseDraft, stack: readonly SuiteFrame[], reportFile: string): TestCase {
  const details = d.details.toString().trim();
  const message = d.message ?? firstLine(details) ?? d.type;
  return {
    suite: stack[stack.length - 1]?.name ?? '',
    name: d.name,
    ...(d.classname ? { classname: d.classname } : {}),
    status: d.status,
    durationSeconds: d.durationSeconds,
    ...(d.file ? { file: d.file } : {}),
    ...(d.line ? { line: d.line } : {}),
    ...(message ? { message } : {}),
    ...(details ? { details } : {}),
    reportFile
  };
}

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const v = tag.attributes[name];
  return v === undefined || v === '' ? undefined : v;
}

/** "1,234.5" (thousands separators) reads as 1234.5; missing, negative or junk reads as 0. */
export function parseSeconds(raw: string | undefined): number {
  if (!raw) return 0;
  const n = Number(raw.replace(/,/g, '').trim());
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function firstLine(s: string | undefined): string | undefined {
  const line = s?.trim().split(/\r?\n/, 1)[0];
  return line ? line : undefined;
}
