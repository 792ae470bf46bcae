import { describe, expect, it } from '@jest/globals';
import { readTestReport } from '../../../src/ingest/tests.js';
import { byteChunks } from '../builders.js';

function failing(code: string): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => Promise.reject(Object.assign(new Error(`${code}: open failed`), { code }))
    })
  };
}
const FILES: Record<string, () => AsyncIterable<Uint8Array>> = {
  'reports/a.xml': () => byteChunks('<testsuite name="a"><testcase name="one"/></testsuite>', 5),
  'reports/broken.xml': () => byteChunks('<testsuite name="b"><testcase name="two"/><testcase name="three">', 5),
  'reports/c.xml': () => byteChunks('<testsuites><testsuite name="c"><testcase name="four"><failure message="m"/></testcase></testsuite></testsuites>'),
  'reports/empty.xml': () => byteChunks(''),
  'reports/missing.xml': () => failing('ENOENT'),
  'reports/dir.xml': () => failing('EISDIR'),
  'reports/locked.xml': () => failing('EACCES')
};
const open = (f: string) => (FILES[f] ?? (() => failing('ENOENT')))();

describe('readTestReport', () => {
  it('reads every file in order and merges cases and suites', async () => {
    const r = await readTestReport(['reports/a.xml', 'reports/c.xml'], open);
    expect([r.cases.map((c) => [c.reportFile, c.name, c.status]), r.suites.map((s) => s.name), r.problems]).toEqual([
      [['reports/a.xml', 'one', 'passed'], ['reports/c.xml', 'four', 'failed']],
      ['a', 'c'],
      []
    ]);
  });
  it('a broken file becomes a problem while the files around it still count', async () => {
    const r = await readTestReport(['reports/a.xml', 'reports/broken.xml', 'reports/c.xml'], open);
    expect([r.cases.map((c) => c.name), r.problems.map((p) => [p.file, p.message])]).toEqual([
      ['one', 'two', 'four'],
      [['reports/broken.xml', 'unclosed tag: testcase']]
    ]);
  });
  it.each([
    ['reports/missing.xml', 'could not be read: the file does not exist'],
    ['reports/dir.xml', 'could not be read: it is a directory'],
    ['reports/locked.xml', 'could not be read: EACCES: open failed']
  ])('%s that cannot be opened is the problem %p', async (file, message) => {
    expect(await readTestReport([file], open)).toEqual({ cases: [], suites: [], problems: [{ file, message }] });
  });
  it('an empty file is a problem, not zero tests passing silently', async () => {
    const r = await readTestReport(['reports/empty.xml'], open);
    expect([r.cases, r.problems.map((p) => p.file)]).toEqual([[], ['reports/empty.xml']]);
  });
});
