// readReport turns a file the system cannot read into a located problem, and lets anything else
// through: a parser bug must fail loudly, not reach the user as "your report is unreadable".
import { describe, expect, it } from '@jest/globals';
import { RepoPaths } from '../../../src/ingest/paths.js';
import { readReport } from '../../../src/ingest/read.js';
import { TestCollector } from '../../../src/model/test-summary.js';

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
