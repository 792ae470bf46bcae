// readReport: a file the system cannot read is a located problem and anything else is thrown on
// (a parser bug must fail loudly, not reach the user as "your report is unreadable"); detection past
// a long prolog, reports of another kind caught by a glob, bounded names, and a line too long for a
// line-based format.
import { describe, expect, it } from '@jest/globals';
import { RepoPaths } from '../../../src/ingest/paths.js';
import { readReport, type OpenReport } from '../../../src/ingest/read.js';
import { TestCollector } from '../../../src/model/test-summary.js';
import type { TestCase } from '../../../src/model/tests.js';

const options = { ctx: { repo: new RepoPaths('/repo') }, tests: new TestCollector() };

/** A stream that fails on its first read with `err`, as a file stream does. */
function failing(err: Error): () => AsyncIterable<Uint8Array> {
  return () => ({
    [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(err) })
  });
}

const fsError = (code: string, message: string) => Object.assign(new Error(message), { code, syscall: 'open' });

describe('readReport', () => {
  it.each([
    ['ENOENT', 'could not be read: the file does not exist'],
    ['EISDIR', 'could not be read: it is a directory'],
    ['EACCES', 'could not be read: permission denied'],
    ['EMFILE', 'could not be read: EMFILE: too many open files']
  ])('a file the system refuses (%s) is an unreadable report', async (code, message) => {
    const r = await readReport('out/a.xml', failing(fsError(code, code === 'EMFILE' ? 'EMFILE: too many open files' : code)), options);
    expect(r).toEqual({ kind: 'unreadable', file: 'out/a.xml', problems: [{ file: 'out/a.xml', message }] });
  });

  it('anything else thrown is thrown on, not blamed on the report', async () => {
    await expect(readReport('out/a.xml', failing(new TypeError("Cannot read properties of undefined (reading 'x')")), options)).rejects.toThrow(TypeError);
    await expect(readReport('out/a.xml', failing(Object.assign(new Error('bad argument'), { code: 'ERR_INVALID_ARG_TYPE' })), options)).rejects.toThrow('bad argument');
  });

  it('a broken report is still a located problem', async () => {
    const bytes = new TextEncoder().encode('<testsuite name="x">\n<testcase name="a">\n</testsuite>');
    const r = await readReport('out/a.xml', async function* () {
      yield bytes;
    }, options);
    expect(r.problems).toEqual([{ file: 'out/a.xml', line: 3, column: 1, message: expect.stringContaining('unexpected </testsuite>') }]);
  });
});

const ctx = { repo: new RepoPaths('/work/app') };
const files = (content: Record<string, string>): OpenReport =>
  async function* (file: string) {
    const text = content[file];
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += 1000) yield bytes.subarray(i, i + 1000);
  };
const sink = (cases: TestCase[]) => ({ testCase: (c: TestCase) => cases.push(c), testSuite: () => undefined });

const COBERTURA = '<?xml version="1.0" ?>\n<coverage line-rate="1" branch-rate="0" version="7.4" timestamp="1"><packages/></coverage>';
const JUNIT = '<testsuite name="s"><testcase name="t"/></testsuite>';

describe('detection', () => {
  it('a DOCTYPE of 10 KiB (comments, "]>" in a comment) does not hide the JUnit root', async () => {
    const doctype = `<!DOCTYPE testsuite [\n<!-- ]> ${'x'.repeat(10 * 1024)} -->\n<!ENTITY e "v">\n]>\n`;
    const cases: TestCase[] = [];
    const r = await readReport('r.xml', files({ 'r.xml': `<?xml version="1.0"?>\n${doctype}${JUNIT}` }), { ctx, tests: sink(cases) });
    expect([r.kind, 'format' in r && r.format, cases.map((c) => c.name)]).toEqual(['tests', 'junit', ['t']]);
  });
});

describe('a report of another kind in a test glob', () => {
  it('is skipped with a warning naming its kind and its input, when the caller asks for that', async () => {
    const r = await readReport('reports/coverage.xml', files({ 'reports/coverage.xml': COBERTURA }), { ctx, tests: sink([]), kind: 'tests', skipOtherKinds: true });
    expect(r).toEqual({
      kind: 'skipped',
      file: 'reports/coverage.xml',
      format: 'cobertura',
      problems: [],
      warnings: [{ file: 'reports/coverage.xml', message: 'skipped: a cobertura coverage report, not a test report; it belongs to the coverage (--coverage) input' }]
    });
  });
  it('is unreadable when named explicitly (no skipping asked for)', async () => {
    const r = await readReport('coverage.xml', files({ 'coverage.xml': COBERTURA }), { ctx, tests: sink([]), kind: 'tests' });
    expect(r.kind).toBe('unreadable');
  });
  it('a file of no known kind is still unreadable, not skipped', async () => {
    const r = await readReport('x.xml', files({ 'x.xml': '<html/>' }), { ctx, tests: sink([]), kind: 'tests', skipOtherKinds: true });
    expect(r.kind).toBe('unreadable');
  });
});

describe('bounded names', () => {
  it('a 1 MB test name is kept to its first 2,000 characters; the message to 8 KiB', async () => {
    const cases: TestCase[] = [];
    const xml = `<testsuite name="s"><testcase name="${'n'.repeat(1024 * 1024)}"><failure message="${'m'.repeat(100_000)}"/></testcase></testsuite>`;
    await readReport('big.xml', files({ 'big.xml': xml }), { ctx, tests: sink(cases) });
    expect(cases.map((c) => [c.name.length, c.name.endsWith('n…'), c.message?.length])).toEqual([[2000, true, 8192]]);
  });
});

describe('a line-based report with a line past the limit', () => {
  it('is unreadable with the line named', async () => {
    const lcov = `TN:\nSF:src/a.ts\nDA:1,1\n${'x'.repeat(17 * 1024 * 1024)}\nend_of_record\n`;
    const r = await readReport('lcov.info', files({ 'lcov.info': lcov }), { ctx, kind: 'coverage' });
    expect(r).toEqual({ kind: 'unreadable', file: 'lcov.info', problems: [{ file: 'lcov.info', line: 4, message: 'line 4 is longer than 16 MiB: a line-based report never has one this long' }] });
  });
});
