import { describe, expect, it } from '@jest/globals';
import { buildAnnotations } from '../../../src/report/annotations.js';
import { failedCase, outcome, testCase } from '../builders.js';

const identity = (f: string) => f;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('one annotation per failed or errored test', () => {
  it('passed and skipped tests get none; failures and errors get one each, at their file and line', () => {
    const o = outcome([
      testCase(),
      testCase({ status: 'skipped', name: 'later' }),
      failedCase('adds', { file: 'src/math.test.ts', line: 12, details: 'expected 3, got 4' }),
      testCase({ status: 'error', name: 'boots', file: 'src/app.test.ts', line: 3, message: 'ECONNREFUSED' })
    ]);
    expect(buildAnnotations(o, identity)).toEqual([
      { path: 'src/math.test.ts', start_line: 12, end_line: 12, annotation_level: 'failure', title: 'Failed: unit › adds', message: 'expected 3, got 4' },
      { path: 'src/app.test.ts', start_line: 3, end_line: 3, annotation_level: 'failure', title: 'Error: unit › boots', message: 'ECONNREFUSED' }
    ]);
  });
  it('a test without a source file is annotated on its report file at line 1, whatever line it claims', () => {
    const o = outcome([failedCase('orphan', { reportFile: 'reports/unit.xml', line: 40, details: undefined, message: undefined })]);
    expect(buildAnnotations(o, identity)).toEqual([
      { path: 'reports/unit.xml', start_line: 1, end_line: 1, annotation_level: 'failure', title: 'Failed: unit › orphan', message: 'orphan failed' }
    ]);
  });
  it('a file without a line is annotated at line 1', () => {
    const [a] = buildAnnotations(outcome([failedCase('t', { file: 'src/a.ts' })]), identity);
    expect([a?.path, a?.start_line]).toEqual(['src/a.ts', 1]);
  });
  it('paths go through toPath (e.g. absolute runner paths made repo-relative)', () => {
    const o = outcome([failedCase('t', { file: '/home/runner/work/r/r/src/a.ts', line: 2 })]);
    const toPath = (f: string) => f.replace('/home/runner/work/r/r/', '');
    expect(buildAnnotations(o, toPath).map((a) => a.path)).toEqual(['src/a.ts']);
  });
  it('a test with no suite is titled by its name alone', () => {
    expect(buildAnnotations(outcome([failedCase('t', { suite: '' })]), identity).map((a) => a.title)).toEqual(['Failed: t']);
  });
});

describe('GitHub limits', () => {
  it('a title longer than 255 characters is cut to 255 with an ellipsis', () => {
    const [a] = buildAnnotations(outcome([failedCase('n'.repeat(1000))]), identity);
    expect([a?.title.length, a?.title.startsWith('Failed: unit › nnn'), a?.title.endsWith('n…')]).toEqual([255, true, true]);
  });
  it('a 255-character title is kept whole', () => {
    const name = 'n'.repeat(255 - 'Failed: unit › '.length);
    const [a] = buildAnnotations(outcome([failedCase(name)]), identity);
    expect(a?.title).toEqual(`Failed: unit › ${name}`);
  });
  it('a 2 MB message is cut to at most 64 KiB of UTF-8, keeping its head and tail', () => {
    const details = `AssertionError: head\n${'x'.repeat(2 * 1024 * 1024)}\n    at tail (a.ts:1:1)`;
    const [a] = buildAnnotations(outcome([failedCase('t', { details })]), identity);
    const m = a?.message ?? '';
    expect([bytes(m) <= 64 * 1024, m.startsWith('AssertionError: head'), m.endsWith('at tail (a.ts:1:1)'), /… \d+ characters cut …/.test(m)]).toEqual([true, true, true, true]);
  });
  it('a long message of 4-byte characters also stays within 64 KiB', () => {
    const [a] = buildAnnotations(outcome([failedCase('t', { details: '😀'.repeat(100_000) })]), identity);
    expect(bytes(a?.message ?? '') <= 64 * 1024).toEqual(true);
  });
  it('a message within the limit is left whole', () => {
    const details = 'é'.repeat(30_000);
    expect(buildAnnotations(outcome([failedCase('t', { details })]), identity).map((a) => a.message)).toEqual([details]);
  });
});

describe('unreadable reports', () => {
  it('become failure annotations at their line (line 1 when unknown)', () => {
    const o = outcome([], {
      problems: [
        { file: 'reports/broken.xml', line: 4, column: 12, message: 'unexpected close tag.' },
        { file: 'reports/missing.xml', message: 'could not be read: the file does not exist' }
      ]
    });
    expect(buildAnnotations(o, identity)).toEqual([
      { path: 'reports/broken.xml', start_line: 4, end_line: 4, annotation_level: 'failure', title: 'Unreadable test report', message: 'unexpected close tag.' },
      { path: 'reports/missing.xml', start_line: 1, end_line: 1, annotation_level: 'failure', title: 'Unreadable test report', message: 'could not be read: the file does not exist' }
    ]);
  });
});
