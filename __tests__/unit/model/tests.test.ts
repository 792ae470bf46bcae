import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { countTests, ranCount, testId, type TestCase, type TestStatus } from '../../../src/model/tests.js';
import { formatProblem } from '../../../src/model/problems.js';
import { testCase } from '../builders.js';

const STATUSES: readonly TestStatus[] = ['passed', 'failed', 'error', 'skipped'];

describe('countTests', () => {
  it('counts a mixed run by status', () => {
    const cases = (['passed', 'passed', 'failed', 'error', 'skipped'] as const).map((status) => testCase({ status }));
    expect(countTests(cases)).toEqual({ total: 5, passed: 2, failed: 1, errors: 1, skipped: 1 });
  });
  it('an empty run is all zeros and nothing ran', () => {
    const c = countTests([]);
    expect([c, ranCount(c)]).toEqual([{ total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 }, 0]);
  });
  it('for any run the parts add up to the total, which is the number of cases', () => {
    const cases = fc.array(
      fc.record({ status: fc.constantFrom(...STATUSES), name: fc.string() }).map((r): TestCase => testCase(r)),
      { maxLength: 200 }
    );
    fc.assert(
      fc.property(cases, (cs) => {
        const c = countTests(cs);
        expect([c.total, c.passed + c.failed + c.errors + c.skipped, ranCount(c)]).toEqual([
          cs.length,
          cs.length,
          cs.filter((x) => x.status !== 'skipped').length
        ]);
      })
    );
  });
});

describe('testId', () => {
  it.each([
    ['file wins over classname and suite', { file: 'src/a.test.ts', classname: 'A', suite: 's', name: 'n' }, 'src/a.test.ts::n'],
    ['classname when there is no file', { classname: 'com.acme.ATest', suite: 's', name: 'n' }, 'com.acme.ATest::n'],
    ['suite when there is neither', { suite: 'math', name: 'adds' }, 'math::adds'],
    ['the bare name when nothing owns it', { suite: '', name: 'lonely' }, 'lonely']
  ])('%s', (_label, c, id) => {
    expect(testId(c)).toEqual(id);
  });
});

describe('formatProblem', () => {
  it.each([
    [{ file: 'a.xml', message: 'could not be read' }, 'a.xml: could not be read'],
    [{ file: 'a.xml', line: 3, message: 'bad' }, 'a.xml:3: bad'],
    [{ file: 'a.xml', line: 3, column: 9, message: 'bad' }, 'a.xml:3:9: bad']
  ])('%j → %p', (p, text) => {
    expect(formatProblem(p)).toEqual(text);
  });
});
