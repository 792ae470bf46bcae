import { describe, expect, it } from '@jest/globals';
import { aggregateToFiles, fileOf, folderOf, normalizeTestPath, parseTestList } from '../../../src/planner/index.js';

const ROOT = '/home/runner/work/shop/shop';

describe('normalizeTestPath', () => {
  it.each([
    ['a repo-relative path stays', 'tests/test_cart.py', 'tests/test_cart.py'],
    ['a ./ prefix is stripped', './tests/test_cart.py', 'tests/test_cart.py'],
    ['an absolute path in the workspace becomes relative', `${ROOT}/src/cart.test.ts`, 'src/cart.test.ts'],
    ['Windows separators', 'tests\\unit\\test_cart.py', 'tests/unit/test_cart.py'],
    ['a file:// URI', `file://${ROOT}/spec/models/user_spec.rb`, 'spec/models/user_spec.rb'],
    ['a pytest node id keeps its case part', `${ROOT}/tests/test_cart.py::TestCart::test_total`, 'tests/test_cart.py::TestCart::test_total'],
    ['a case id with slashes is not touched', './tests/test_http.py::test_get[http://a//b\\c]', 'tests/test_http.py::test_get[http://a//b\\c]'],
    ['an absolute path elsewhere stays absolute', '/opt/other/test_x.py', '/opt/other/test_x.py']
  ])('%s', (_label, raw, expected) => {
    expect(normalizeTestPath(raw, ROOT)).toEqual(expected);
  });
  it('a root given with a trailing slash', () => {
    expect(normalizeTestPath(`${ROOT}/src/cart.test.ts`, `${ROOT}/`)).toEqual('src/cart.test.ts');
  });
  it('a Windows workspace', () => {
    expect(normalizeTestPath('D:\\a\\shop\\shop\\tests\\test_cart.py::test_total', 'D:\\a\\shop\\shop')).toEqual('tests/test_cart.py::test_total');
  });
});

describe('fileOf and folderOf', () => {
  it.each([
    ['tests/test_cart.py::TestCart::test_total', 'tests/test_cart.py', 'tests'],
    ['tests/test_cart.py::test_total[a::b]', 'tests/test_cart.py', 'tests'],
    ['spec/models/user_spec.rb', 'spec/models/user_spec.rb', 'spec/models'],
    ['test_root.py::test_x', 'test_root.py', '']
  ])('%s', (key, file, folder) => {
    expect([fileOf(key), folderOf(key)]).toEqual([file, folder]);
  });
});

describe('aggregateToFiles', () => {
  const snapshot = new Map([
    ['tests/a.py::test_1', 1.5],
    ['tests/a.py::test_2', 2.5],
    ['tests/b.py::T::test_1', 3],
    ['spec/c_spec.rb', 7]
  ]);
  it('sums the cases of each file', () => {
    expect(aggregateToFiles(snapshot)).toEqual(new Map([['tests/a.py', 4], ['tests/b.py', 3], ['spec/c_spec.rb', 7]]));
  });
  it('a suite time counts when it exceeds the sum of its cases (set-up outside the cases)', () => {
    const suites = new Map([['tests/a.py', 10], ['tests/b.py', 1], ['tests/only_suite.py', 2]]);
    expect(aggregateToFiles(snapshot, suites)).toEqual(
      new Map([['tests/a.py', 10], ['tests/b.py', 3], ['spec/c_spec.rb', 7], ['tests/only_suite.py', 2]])
    );
  });
});

describe('parseTestList', () => {
  it('a list file: one per line, blank lines and # comments skipped, duplicates dropped', () => {
    expect(parseTestList('# slow ones first\ntests/b.py\n\n  tests/a.py  \r\ntests/b.py\n# end\n')).toEqual(['tests/b.py', 'tests/a.py']);
  });
  it('pytest --collect-only -q: node ids, then the trailer', () => {
    const out = 'tests/test_a.py::test_one\ntests/test_a.py::TestB::test_two[x-1]\n\n2 tests collected in 0.03s\n';
    expect(parseTestList(out)).toEqual(['tests/test_a.py::test_one', 'tests/test_a.py::TestB::test_two[x-1]']);
  });
  it('pytest with errors and a warnings section: the report after the list is not tests', () => {
    const out = [
      'tests/test_a.py::test_one',
      '',
      '=============================== warnings summary ===============================',
      'tests/test_a.py:3',
      '  DeprecationWarning: x',
      '1 test collected, 1 error in 0.20s'
    ].join('\n');
    expect(parseTestList(out)).toEqual(['tests/test_a.py::test_one']);
  });
  it.each([
    ['no tests ran', 'no tests ran in 0.01s\n'],
    ['no tests collected', '\nno tests collected in 0.02s\n'],
    ['a blank output', '\n\n']
  ])('pytest that found nothing (%s) is an empty list', (_label, out) => {
    expect(parseTestList(out)).toEqual([]);
  });
  it('pytest --collect-only -qq: one file per line with its count', () => {
    expect(parseTestList('tests/test_a.py: 12\ntests/sub/test_b.py: 3\n')).toEqual(['tests/test_a.py', 'tests/sub/test_b.py']);
  });
  it('jest --listTests: absolute paths, made repo-relative with the root', () => {
    const out = `${ROOT}/src/cart.test.ts\n${ROOT}/src/deep/tax.test.ts\n`;
    expect(parseTestList(out, ROOT)).toEqual(['src/cart.test.ts', 'src/deep/tax.test.ts']);
  });
  it('jest --listTests --json: a JSON array of paths', () => {
    expect(parseTestList(JSON.stringify([`${ROOT}/src/a.test.ts`, `${ROOT}/src/b.test.ts`]), ROOT)).toEqual(['src/a.test.ts', 'src/b.test.ts']);
  });
  it('colour codes from a forced-colour terminal are dropped', () => {
    expect(parseTestList('\u001b[32mtests/test_a.py::test_one\u001b[0m\n')).toEqual(['tests/test_a.py::test_one']);
  });
});
