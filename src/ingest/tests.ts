import type { Problem } from '../model/problems.js';
import type { TestCase, TestSuite } from '../model/tests.js';
import { parseJUnit, type TestReportPart } from './junit.js';

/** One test-result format: recognised from the head of the file, parsed as a stream. */
export interface TestFormat {
  readonly id: string;
  sniff(head: string): boolean;
  parse(file: string, chunks: AsyncIterable<string | Uint8Array>): Promise<TestReportPart>;
}

/** The registry: adding a format is one file and one line here, never a switch elsewhere. */
export const TEST_FORMATS: readonly TestFormat[] = [
  { id: 'junit', sniff: (head) => /<testsuites?[\s>/]/.test(head), parse: parseJUnit }
];

export interface TestReport {
  readonly cases: TestCase[];
  readonly suites: TestSuite[];
  readonly problems: Problem[];
}

/** Reads every file; a file that cannot be read or parsed becomes a problem, the rest still count. */
export async function readTestReport(
  files: readonly string[],
  open: (file: string) => AsyncIterable<Uint8Array>
): Promise<TestReport> {
  const out: TestReport = { cases: [], suites: [], problems: [] };
  for (const file of files) {
    const part = await readOne(file, open);
    out.cases.push(...part.cases);
    out.suites.push(...part.suites);
    out.problems.push(...part.problems);
  }
  return out;
}

async function readOne(file: string, open: (file: string) => AsyncIterable<Uint8Array>): Promise<TestReportPart> {
  try {
    const { head, chunks } = await peek(open(file));
    const format = TEST_FORMATS.find((f) => f.sniff(head)) ?? TEST_FORMATS[0];
    if (!format) throw new Error('no test formats registered');
    return await format.parse(file, chunks);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    return { cases: [], suites: [], problems: [{ file, message: `could not be read: ${reason}` }] };
  }
}

/** Reads the first chunk for sniffing and hands back a stream that still starts at byte 0. */
async function peek(source: AsyncIterable<Uint8Array>): Promise<{ head: string; chunks: AsyncIterable<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? '' : new TextDecoder().decode(first.value.subarray(0, 4096));
  async function* chunks(): AsyncIterable<Uint8Array> {
    if (!first.done) yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head, chunks: chunks() };
}
